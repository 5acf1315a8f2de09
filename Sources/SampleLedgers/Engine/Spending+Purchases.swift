extension SpendingSimulator {
    /// Direct payments on invoice, without an order; a few are later partly refunded.
    ///
    /// For `assistance` (payments to individuals) most money goes in monthly batches, the other
    /// payments have narrow amounts, and some payees are one-off people written as inline vendor
    /// objects. For ordinary purchases of a ledger with a `splitThreshold`, a few anomalies an
    /// auditor should find are mixed in: an invoice paid twice, and a purchase split into two
    /// payments just under the approval threshold.
    mutating func purchases(assistance: Bool) {
        let items = line.quota
        let refunds = items >= 30 ? items / (assistance ? 80 : 50) : (items >= 8 && random.chance(perMille: 300) ? 1 : 0)
        var payments = items - refunds
        let phrases = tables.categoryPhrases[line.category]
        let prefix = tables.categoryReference[line.category]
        let anomalies = !assistance && blueprint.splitThreshold != nil
        let start = records.count
        var budget = line.amount
        if assistance && payments >= 2 * activeMonths.count {
            budget -= batchPayments(prefix: prefix)
            payments -= activeMonths.count
        }
        if anomalies, let threshold = blueprint.splitThreshold, payments >= 12, budget >= threshold * 6, random.chance(perMille: 150) {
            budget -= splitPurchase(threshold: threshold, description: random.pick(phrases), prefix: prefix)
            payments -= 2
        }
        let weights = (0..<payments).map { _ in assistance ? Int64(random.int(in: 500...2000)) : random.heavyTailedWeight() }
        let amounts = SpendingSimulator.split(budget, weights: weights)
        var index = 0
        while index < payments {
            let month = drawMonth()
            let estimated = random.chance(perMille: 3)
            let day = estimated ? window.days(ofMonth: month)!.lowerBound : drawDay(inMonth: month, weekendPerMille: 15)
            let vendor = assistance && random.chance(perMille: 80) ? nextInlinePayee() : drawVendor(skippingFirst: assistance)
            let description = random.pick(phrases)
            let number = nextReference(prefix)
            emit(day: day, kind: .payment, amount: amounts[index], vendor: vendor, description: description, reference: prefix, number: number, linked: false, estimated: estimated)
            index += 1
            if anomalies && index < payments && random.chance(perMille: 4) {
                let again = min(day + random.int(in: 0...3), window.lastDay)
                emit(day: again, kind: .payment, amount: amounts[index - 1], vendor: vendor, description: description, reference: prefix, number: number, linked: false)
                index += 1
            }
        }
        refundSome(refunds, of: start..<records.count)
    }

    /// Monthly batch payments to the pool's first vendor (recipients paid by bank transfer in
    /// bulk, names withheld), carrying 95 % of the line; returns their total.
    private mutating func batchPayments(prefix: Int16) -> Int64 {
        let total = line.amount * 95 / 100
        let months = activeMonths
        let amounts = SpendingSimulator.split(total, weights: months.map { Int64(line.monthWeights[$0]) * Int64(1000 + random.int(in: -40...40)) })
        let pool = tables.categoryPool[line.category]
        for (slot, month) in months.enumerated() {
            let range = window.days(ofMonth: month)!
            let day = SpendingSimulator.weekday(min(range.lowerBound + 24, range.upperBound), within: range)
            emit(
                day: day, kind: .payment, amount: amounts[slot], vendor: vendor(pool: pool, rank: 0),
                description: tables.monthlyPhrases[line.category][0][yearIndex * 12 + month],
                reference: prefix, number: nextReference(prefix), linked: false
            )
        }
        return total
    }

    /// Two payments to one vendor on one day, each just under `threshold`; returns their total.
    private mutating func splitPurchase(threshold: Int64, description: Int32, prefix: Int16) -> Int64 {
        var unit: Int64 = 1
        for _ in 0..<blueprint.publisher.decimals { unit *= 10 }
        let day = drawDay(inMonth: drawMonth())
        let vendor = drawVendor()
        var total: Int64 = 0
        for _ in 0..<2 {
            let amount = threshold - unit * Int64(random.int(in: 10...990))
            emit(day: day, kind: .payment, amount: amount, vendor: vendor, description: description, reference: prefix, number: nextReference(prefix), linked: false)
            total += amount
        }
        return total
    }

    /// Refunds part of `count` earlier payments (never of inline payees, which are defined once).
    private mutating func refundSome(_ count: Int, of paid: Range<Int>) {
        let candidates = paid.filter { records[$0].vendor >= 0 }
        for _ in 0..<count {
            guard !candidates.isEmpty else {
                let day = drawDay(inMonth: drawMonth())
                emit(day: day, kind: .payment, amount: 1, vendor: drawVendor(), description: random.pick(tables.categoryPhrases[line.category]), linked: false)
                continue
            }
            let original = records[candidates[random.below(candidates.count)]]
            let amount = max(1, original.amount * Int64(random.int(in: 50...1000)) / 1000)
            let day = min(Int(original.day) + random.int(in: 5...45), window.lastDay)
            emit(
                day: day, kind: .refund, amount: -amount, vendor: original.vendor, description: tables.refundPhrase,
                reference: original.referencePrefix, number: original.referenceNumber, linked: false
            )
        }
    }
}
