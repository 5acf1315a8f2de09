import LedgerKit

/// The rules about how amounts look: round amounts per vendor and Benford's law per organisation.
enum AmountPatternRules {
    /// Vendors with at least `roundMinimumCount` round payments whose share of round payments is
    /// at least `roundShareFactor` times the ledger's and at least `roundMinimumShare`.
    static func roundAmounts(_ tally: AuditTally, buckets: RowBuckets, items: LineItemColumns, parameters: AuditParameters, money: AuditMoney) -> FindingList {
        var list = FindingList(.roundAmounts)
        let payments = tally.payments.reduce(0) { $0 + Int($1) }
        let round = tally.roundPayments.reduce(0) { $0 + Int($1) }
        let norm = payments > 0 ? Double(round) / Double(payments) : 0
        for vendor in tally.payments.indices where Int(tally.roundPayments[vendor]) >= parameters.roundMinimumCount {
            let share = Double(tally.roundPayments[vendor]) / Double(tally.payments[vendor])
            guard share >= parameters.roundShareFactor * norm, share >= parameters.roundMinimumShare else { continue }
            let rows = buckets.rows[buckets.range(of: vendor)].filter {
                items.kinds[Int($0)] == .payment && items.amounts[Int($0)] > 0 && items.amounts[Int($0)] % parameters.roundUnit == 0
            }
            let amount = rows.reduce(Int64(0)) { $0 &+ items.amounts[Int($1)] }
            list.add(
                .vendor(Int32(vendor)), amount: amount, severity: share >= 0.9 ? .high : .medium,
                detail: "\(rows.count) of \(tally.payments[vendor]) payments round (\(percent(share))), ledger \(percent(norm))",
                rows: rows)
        }
        return list
    }

    /// The Benford tests of the whole ledger and of every organisation subtree with enough
    /// payments, and a finding for each in nonconformity on a test it has enough payments for.
    static func benford(
        _ tally: AuditTally, store: LedgerStore, parameters: AuditParameters
    ) -> (tests: [BenfordTest], findings: FindingList) {
        let hierarchy = store.hierarchy(.organisation)
        var counts = tally.leadingDigits
        for node in hierarchy.preorder.reversed() {
            let parent = Int(hierarchy.classification.parents[Int(node)])
            guard parent >= 0 else { continue }
            for digit in 0..<90 { counts[parent * 90 + digit] &+= counts[Int(node) * 90 + digit] }
        }
        var overall = [Int](repeating: 0, count: 90)
        for root in hierarchy.roots {
            for digit in 0..<90 { overall[digit] += Int(counts[Int(root) * 90 + digit]) }
        }
        var tests = [BenfordTest(organisation: nil, firstTwoCounts: overall)]
        for node in hierarchy.preorder {
            let test = BenfordTest(organisation: node, firstTwoCounts: counts[(Int(node) * 90)..<(Int(node) * 90 + 90)].map(Int.init))
            if test.count >= parameters.benfordMinimumCount { tests.append(test) }
        }
        var list = FindingList(.benford)
        let floor = 10 * parameters.minorUnitsPerMajor
        for test in tests {
            let firstDigit = test.count >= parameters.benfordMinimumCount && test.conformity(.first) == .nonconformity
            let firstTwo = test.count >= parameters.benfordTwoDigitMinimumCount && test.conformity(.firstTwo) == .nonconformity
            guard firstDigit || firstTwo else { continue }
            var isSpike = [Bool](repeating: false, count: 100)
            for digits in test.spikes { isSpike[digits] = true }
            let selection = store.select(LineItemFilter(organisation: test.organisation, kinds: [.payment], amounts: floor...Int64.max))
            let amounts = store.ledger.lineItems.amounts
            let rows = selection.rows.filter { isSpike[AuditTally.firstTwoDigits(amounts[Int($0)])] }
            let amount = rows.reduce(Int64(0)) { $0 &+ store.ledger.lineItems.amounts[Int($1)] }
            let mad = firstTwo ? "first two digits MAD \(fixed(test.mad(.firstTwo), 4)) > 0.0022" : "first digit MAD \(fixed(test.mad(.first), 4)) > 0.015"
            let spikeText = test.spikes.prefix(5).map(String.init).joined(separator: ", ")
            list.add(
                test.organisation.map(AuditSubject.organisation) ?? .ledger, amount: amount, severity: firstDigit && firstTwo ? .high : .medium,
                detail: "\(test.count) payments, \(mad) (nonconformity); most excess leading digits \(spikeText.isEmpty ? "none" : spikeText)",
                rows: rows)
        }
        return (tests, list)
    }

    static func percent(_ share: Double) -> String { "\(fixed(share * 100, 1)) %" }

    /// `value` with `decimals` decimals, rounded half away from zero.
    static func fixed(_ value: Double, _ decimals: Int) -> String {
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        let scaled = Int64((abs(value) * scale).rounded())
        var digits = String(scaled)
        if decimals > 0 {
            if digits.count <= decimals { digits = String(repeating: "0", count: decimals - digits.count + 1) + digits }
            digits.insert(".", at: digits.index(digits.endIndex, offsetBy: -decimals))
        }
        return (value < 0 && scaled != 0 ? "-" : "") + digits
    }
}
