import Foundation
import LedgerKit

/// Vendor concentration per organisation and per category, and outliers per category.
enum GroupRules {
    /// The concentration of every organisation and category with payments to businesses, and a
    /// finding for each with at least `concentrationMinimumVendors` businesses and an HHI at or
    /// above `concentrationHHI`; its rows are the payments to its five largest vendors.
    static func concentration(
        byOrganisation: RowBuckets, byCategory: RowBuckets, ledger: Ledger, parameters: AuditParameters, money: AuditMoney
    ) -> (measures: [VendorConcentration], findings: FindingList) {
        let items = ledger.lineItems
        let isBusiness = ledger.vendors.kinds.map { $0 == .business }
        var paid = [Int64](repeating: 0, count: ledger.vendors.count)
        var measures: [VendorConcentration] = []
        var list = FindingList(.vendorConcentration)
        for (buckets, subject) in [(byOrganisation, AuditSubject.organisation), (byCategory, AuditSubject.category)] {
            for code in 0..<buckets.codeCount {
                let rows = buckets.rows[buckets.range(of: code)]
                guard let measure = VendorConcentration.measure(
                    subject(Int32(code)), rows: rows, items: items, isBusiness: isBusiness, paid: &paid)
                else { continue }
                measures.append(measure)
                guard measure.vendorCount >= parameters.concentrationMinimumVendors, measure.hhi >= parameters.concentrationHHI else { continue }
                let topRows = rows.filter { measure.topVendors.contains(items.vendors[Int($0)]) }
                list.add(
                    measure.subject, amount: topRows.reduce(Int64(0)) { $0 &+ items.amounts[Int($1)] },
                    severity: measure.hhi >= 5000 ? .high : .medium,
                    detail: "HHI \(Int(measure.hhi.rounded())) ≥ \(Int(parameters.concentrationHHI.rounded())) over \(measure.vendorCount) businesses; "
                        + "top five \(AmountPatternRules.percent(measure.topFiveShare)) of \(money.text(measure.amount))",
                    rows: topRows)
            }
        }
        return (measures, list)
    }

    /// Payments beyond the Tukey fences of their category, on a logarithmic scale: with quartiles
    /// Q1 and Q3 of the category's positive payments (linear interpolation between order
    /// statistics), above Q3 × (Q3 / Q1)^k or below Q1 × (Q1 / Q3)^k. Categories with fewer than
    /// `outlierMinimumCount` payments are skipped. Categories are shared by the cores.
    static func outliers(byCategory: RowBuckets, items: LineItemColumns, parameters: AuditParameters, money: AuditMoney, parts: Int) -> FindingList {
        let codes = byCategory.codeCount
        let lists = UnsafeMutableBufferPointer<FindingList>.allocate(capacity: parts)
        defer { lists.deallocate() }
        forEachPart(parts) { part in
            var list = FindingList(.outlier)
            var amounts: [Int64] = []
            for code in stride(from: part, to: codes, by: parts) {
                let rows = byCategory.rows[byCategory.range(of: code)]
                guard rows.count >= parameters.outlierMinimumCount else { continue }
                amounts.removeAll(keepingCapacity: true)
                for row in rows { amounts.append(items.amounts[Int(row)]) }
                let q1 = quantile(&amounts, 0.25), q3 = quantile(&amounts, 0.75)
                guard q1 > 0 else { continue }
                let spread = q3 / q1
                let upper = q3 * pow(spread, parameters.outlierFence), lower = q1 / pow(spread, parameters.outlierFence)
                let flagged = rows.filter { Double(items.amounts[Int($0)]) > upper || Double(items.amounts[Int($0)]) < lower }
                guard !flagged.isEmpty else { continue }
                let amount = flagged.reduce(Int64(0)) { $0 &+ items.amounts[Int($1)] }
                list.add(
                    .category(Int32(code)), amount: amount, severity: .medium,
                    detail: "\(flagged.count) of \(rows.count) payments beyond \(money.text(Int64(lower.rounded(.up))))–\(money.text(Int64(upper.rounded(.down)))) "
                        + "(quartiles \(money.text(Int64(q1.rounded()))) and \(money.text(Int64(q3.rounded()))), k = \(AmountPatternRules.fixed(parameters.outlierFence, 1)))",
                    rows: flagged)
            }
            (lists.baseAddress! + part).initialize(to: list)
        }
        var merged = FindingList(.outlier)
        for part in 0..<parts { merged.append(lists[part]) }
        lists.baseAddress!.deinitialize(count: parts)
        return merged
    }

    /// The `q` quantile of `values`, interpolating linearly between order statistics; reorders
    /// `values` (a selection, not a sort: O(n) expected).
    static func quantile(_ values: inout [Int64], _ q: Double) -> Double {
        let position = q * Double(values.count - 1)
        let below = Int(position.rounded(.down))
        let fraction = position - Double(below)
        let low = select(&values, below)
        guard fraction > 0, below + 1 < values.count else { return Double(low) }
        let high = values[(below + 1)...].min()!
        return Double(low) + (Double(high) - Double(low)) * fraction
    }

    /// The `k`-th smallest of `values` (from 0), moving it to index `k`, smaller values before it
    /// and larger after (Hoare's selection with a median-of-three pivot).
    static func select(_ values: inout [Int64], _ k: Int) -> Int64 {
        var low = 0, high = values.count - 1
        while low < high {
            let middle = low + (high - low) / 2
            let pivot = max(min(values[low], values[middle]), min(max(values[low], values[middle]), values[high]))
            var i = low, j = high
            while i <= j {
                while values[i] < pivot { i += 1 }
                while values[j] > pivot { j -= 1 }
                if i <= j {
                    values.swapAt(i, j)
                    i += 1
                    j -= 1
                }
            }
            if k <= j { high = j } else if k >= i { low = i } else { return values[k] }
        }
        return values[k]
    }
}
