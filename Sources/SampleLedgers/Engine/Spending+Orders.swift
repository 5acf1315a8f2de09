extension SpendingSimulator {
    /// Obligations followed by payments with the same reference.
    ///
    /// A line with one item is a single payment on invoice. Otherwise about one item in
    /// `paymentsPerOrder + 1` is an order (obligation); the rest are its instalments, paid
    /// within `spanDays` (or until year end when nil, as grant agreements are). In the current
    /// year, instalments falling after the as-of date are not paid yet, so obligations run ahead
    /// of payments; in completed years a few orders close with a negative obligation for the
    /// unused balance.
    mutating func orders(paymentsPerOrder: Int, spanDays: Int?) {
        let items = line.quota
        let phrases = tables.categoryPhrases[line.category]
        let prefix = tables.categoryReference[line.category]
        if items == 1 {
            let day = drawDay(inMonth: drawMonth())
            emit(
                day: day, kind: .payment, amount: line.amount, vendor: drawVendor(), description: random.pick(phrases),
                reference: prefix, number: nextReference(prefix), linked: true, region: drawRegion()
            )
            return
        }
        let orderCount = max(1, min(items / 2, items / (paymentsPerOrder + 1)))
        let weights = (0..<orderCount).map { _ in random.heavyTailedWeight() }
        let amounts = SpendingSimulator.split(line.amount, weights: weights)
        var instalments = Array(repeating: 1, count: orderCount)
        let byAmount = WeightedChoice(weights: weights)
        for _ in 0..<(items - 2 * orderCount) {
            instalments[random.chance(perMille: 500) ? byAmount.sample(&random) : random.below(orderCount)] += 1
        }
        for order in 0..<orderCount {
            placeOrder(
                amount: roundedContract(amounts[order]), instalments: instalments[order], spanDays: spanDays,
                description: random.pick(phrases), prefix: prefix
            )
        }
    }

    private mutating func placeOrder(amount: Int64, instalments: Int, spanDays: Int?, description: Int32, prefix: Int16) {
        let day = drawDay(inMonth: drawMonth(), weekendPerMille: 3)
        let vendor = drawVendor()
        let region = drawRegion()
        let number = nextReference(prefix)
        emit(day: day, kind: .obligation, amount: amount, vendor: vendor, description: description, reference: prefix, number: number, linked: true, region: region)

        let scheduleEnd = min(day + max(1, spanDays ?? (window.yearEnd - day)), window.yearEnd)
        var paidPerMille = scheduleEnd <= window.lastDay ? 1000 : max(50, (window.lastDay - day) * 1000 / max(1, scheduleEnd - day))
        var payments = instalments
        let closesWithBalance = window.isComplete && instalments >= 2 && random.chance(perMille: 80)
        if closesWithBalance {
            payments -= 1
            paidPerMille = random.int(in: 850...970)
        }
        let paid = amount * Int64(paidPerMille) / 1000
        let last = min(scheduleEnd, window.lastDay)
        let parts = SpendingSimulator.split(paid, weights: (0..<payments).map { _ in Int64(random.int(in: 800...1200)) })
        var previous = day
        for index in 0..<payments {
            let planned = day + (index + 1) * (last - day) / payments + random.int(in: -3...3)
            let payDay = SpendingSimulator.weekday(min(max(planned, previous), last), within: previous...last)
            previous = payDay
            emit(day: payDay, kind: .payment, amount: parts[index], vendor: vendor, description: description, reference: prefix, number: number, linked: true, region: region)
        }
        if closesWithBalance {
            let closing = SpendingSimulator.weekday(window.yearEnd, within: previous...window.yearEnd)
            emit(
                day: closing, kind: .obligation, amount: paid - amount, vendor: vendor, description: tables.deobligationPhrase,
                reference: prefix, number: number, linked: true, region: region
            )
        }
    }

    /// Contract amounts are whole currency units, often round hundreds or thousands.
    private mutating func roundedContract(_ amount: Int64) -> Int64 {
        var unit: Int64 = 1
        for _ in 0..<blueprint.publisher.decimals { unit *= 10 }
        let draw = random.below(100)
        let step = draw < 60 ? unit : draw < 85 ? unit * 100 : unit * 1000
        let rounded = (amount + step / 2) / step * step
        return rounded >= step * 5 ? rounded : max(unit, (amount + unit / 2) / unit * unit)
    }

    /// A region for regional categories, else -1.
    mutating func drawRegion() -> Int16 {
        spec.regional && !tables.regionCodes.isEmpty ? Int16(random.below(tables.regionCodes.count)) : -1
    }
}
