import LedgerKit

/// How concentrated an organisation's or a category's payments to businesses are.
public struct VendorConcentration: Sendable, Hashable {
    /// The organisation or category (as coded on line items).
    public let subject: AuditSubject
    /// Businesses paid.
    public let vendorCount: Int
    /// Positive payments to businesses, in minor units.
    public let amount: Int64
    /// The five largest vendors' share of `amount` (all of it with five or fewer).
    public let topFiveShare: Double
    /// The Herfindahl–Hirschman index: the sum of the squared percentage shares, 0–10,000.
    public let hhi: Double
    /// The largest vendors, at most five, largest first.
    public let topVendors: [Int32]

    /// The concentration of `rows`' positive payments to businesses (rows already limited to one
    /// subject), with `paid` a scratch array of zeros by vendor that is left as zeros.
    static func measure(
        _ subject: AuditSubject, rows: ArraySlice<Int32>, items: LineItemColumns, isBusiness: [Bool], paid: inout [Int64]
    ) -> VendorConcentration? {
        var vendors: [Int32] = []
        var total: Int64 = 0
        for row in rows {
            let vendor = items.vendors[Int(row)]
            guard isBusiness[Int(vendor)] else { continue }
            if paid[Int(vendor)] == 0 { vendors.append(vendor) }
            paid[Int(vendor)] &+= items.amounts[Int(row)]
            total &+= items.amounts[Int(row)]
        }
        defer { for vendor in vendors { paid[Int(vendor)] = 0 } }
        guard total > 0 else { return nil }
        let ranked = vendors.sorted { (paid[Int($0)], $1) > (paid[Int($1)], $0) }
        var hhi = 0.0
        for vendor in vendors {
            let share = Double(paid[Int(vendor)]) / Double(total) * 100
            hhi += share * share
        }
        let top = Array(ranked.prefix(5))
        let topAmount = top.reduce(Int64(0)) { $0 &+ paid[Int($1)] }
        return VendorConcentration(
            subject: subject, vendorCount: vendors.count, amount: total, topFiveShare: Double(topAmount) / Double(total),
            hhi: hhi, topVendors: top)
    }
}
