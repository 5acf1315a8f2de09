extension SpendingSimulator {
    /// Pay runs: each active month gets its share of the line's items, dated evenly through the
    /// month (one run at month end, two at mid-month and month end, …) on weekdays.
    ///
    /// With `rotatingVendors` (benefits) the runs of a month go to the pool's providers in rank
    /// order, the first taking most; otherwise everything goes to the pool's first vendor (payroll).
    mutating func payRuns(rotatingVendors: Bool) {
        let months = activeMonths
        let counts = SpendingSimulator.spread(line.quota, over: months.count)
        let monthAmounts = SpendingSimulator.split(line.amount, weights: months.map {
            Int64(line.monthWeights[$0]) * Int64(1000 + random.int(in: -15...15))
        })
        let phrases = tables.monthlyPhrases[line.category]
        let prefix = tables.categoryReference[line.category]
        let pool = tables.categoryPool[line.category]
        let providers = tables.pools[pool].members.count
        for (slot, month) in months.enumerated() {
            let runs = counts[slot]
            let weights: [Int64] = (0..<runs).map { run in
                let rank = Int64(run % providers + 1)
                return rotatingVendors ? 1_000_000 / (rank * rank) : Int64(random.int(in: 970...1030))
            }
            let amounts = SpendingSimulator.split(monthAmounts[slot], weights: weights)
            let range = window.days(ofMonth: month)!
            let length = window.monthStarts[month + 1] - window.monthStarts[month]
            for run in 0..<runs {
                let target = min(window.monthStarts[month] + (run + 1) * length / runs - 1, range.upperBound)
                let day = SpendingSimulator.weekday(target, within: range)
                let phrase = phrases[rotatingVendors ? run % phrases.count : 0][yearIndex * 12 + month]
                emit(
                    day: day, kind: .payment, amount: amounts[run], vendor: vendor(pool: pool, rank: rotatingVendors ? run : 0),
                    description: phrase, reference: prefix, number: SpendingSimulator.dateNumber(day), linked: true
                )
            }
        }
    }

    /// Monthly bills from a few vendors of the pool, each billing on its own day of the month.
    mutating func recurringBills() {
        let months = activeMonths
        let counts = SpendingSimulator.spread(line.quota, over: months.count)
        let pool = tables.categoryPool[line.category]
        let poolSize = tables.pools[pool].members.count
        let wanted = min(counts.max() ?? 1, poolSize)
        var billers: [Int32] = []
        for _ in 0..<64 where billers.count < wanted {
            let candidate = drawVendor()
            if !billers.contains(candidate) { billers.append(candidate) }
        }
        for rank in 0..<poolSize where billers.count < wanted {
            let candidate = vendor(pool: pool, rank: rank)
            if !billers.contains(candidate) { billers.append(candidate) }
        }
        let billingDay = billers.map { _ in random.int(in: 2...24) }
        let billerWeight = billers.map { _ in Int64(random.int(in: 400...1600)) }
        let monthAmounts = SpendingSimulator.split(line.amount, weights: months.map {
            Int64(line.monthWeights[$0]) * Int64(1000 + random.int(in: -60...60))
        })
        let phrases = tables.monthlyPhrases[line.category]
        let prefix = tables.categoryReference[line.category]
        for (slot, month) in months.enumerated() {
            let bills = counts[slot]
            let amounts = SpendingSimulator.split(monthAmounts[slot], weights: (0..<bills).map { billerWeight[$0 % billers.count] })
            let range = window.days(ofMonth: month)!
            for bill in 0..<bills {
                let biller = bill % billers.count
                let day = SpendingSimulator.weekday(min(range.lowerBound + billingDay[biller], range.upperBound), within: range)
                emit(
                    day: day, kind: .payment, amount: amounts[bill], vendor: billers[biller],
                    description: phrases[biller % phrases.count][yearIndex * 12 + month],
                    reference: prefix, number: nextReference(prefix), linked: false
                )
            }
        }
    }

    /// Debt service on the first weekday of each payment month, one item per bond series.
    mutating func debtService() {
        let months = activeMonths
        let counts = SpendingSimulator.spread(line.quota, over: months.count)
        let perDate = SpendingSimulator.split(line.amount, weights: months.map { Int64(line.monthWeights[$0]) })
        let phrases = tables.categoryPhrases[line.category]
        let prefix = tables.categoryReference[line.category]
        let pool = tables.categoryPool[line.category]
        for (slot, month) in months.enumerated() {
            let range = window.days(ofMonth: month)!
            let day = SpendingSimulator.weekday(range.lowerBound, within: range)
            let series = counts[slot]
            let amounts = SpendingSimulator.split(perDate[slot], weights: (0..<series).map { Int64(1_000_000 / ($0 % phrases.count + 1)) })
            for index in 0..<series {
                emit(
                    day: day, kind: .payment, amount: amounts[index], vendor: vendor(pool: pool, rank: index % 2),
                    description: phrases[index % phrases.count], reference: prefix,
                    number: SpendingSimulator.dateNumber(day), linked: true
                )
            }
        }
    }
}
