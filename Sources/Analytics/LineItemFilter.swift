import LedgerKit

/// Which line items a query looks at. Every condition is optional; all given conditions must hold.
///
/// Hierarchy conditions name a node and take its whole subtree ("Public Works" includes its
/// programs). The default looks at spending: payments, refunds and adjustments, not obligations.
public struct LineItemFilter: Sendable, Hashable {
    /// Organisation subtree.
    public var organisation: Int32?
    /// Economic category subtree.
    public var category: Int32?
    /// Fund subtree.
    public var fund: Int32?
    /// Function subtree.
    public var function: Int32?
    /// Region subtree.
    public var region: Int32?
    /// One vendor.
    public var vendor: Int32?
    /// Vendor kinds to keep; `nil` keeps all.
    public var vendorKinds: Set<VendorKind>?
    /// Line-item kinds to keep.
    public var kinds: Set<LineItemKind>
    /// Dates to keep (inclusive).
    public var dates: ClosedRange<CivilDate>?
    /// Amounts to keep, in minor units (inclusive).
    public var amounts: ClosedRange<Int64>?
    /// Text that must occur (ASCII case-insensitively) in the vendor name, description, reference or id.
    public var text: String?

    /// Spending: payments, refunds and adjustments.
    public static let spendingKinds: Set<LineItemKind> = [.payment, .refund, .adjustment]

    /// A filter with the given conditions; by default all spending line items.
    public init(
        organisation: Int32? = nil, category: Int32? = nil, fund: Int32? = nil, function: Int32? = nil,
        region: Int32? = nil, vendor: Int32? = nil, vendorKinds: Set<VendorKind>? = nil,
        kinds: Set<LineItemKind> = LineItemFilter.spendingKinds, dates: ClosedRange<CivilDate>? = nil,
        amounts: ClosedRange<Int64>? = nil, text: String? = nil
    ) {
        self.organisation = organisation
        self.category = category
        self.fund = fund
        self.function = function
        self.region = region
        self.vendor = vendor
        self.vendorKinds = vendorKinds
        self.kinds = kinds
        self.dates = dates
        self.amounts = amounts
        self.text = text
    }

    /// The same filter restricted to `kinds`.
    public func with(kinds: Set<LineItemKind>) -> LineItemFilter {
        var copy = self
        copy.kinds = kinds
        return copy
    }

    /// The same filter restricted to `dates`.
    public func with(dates: ClosedRange<CivilDate>?) -> LineItemFilter {
        var copy = self
        copy.dates = dates
        return copy
    }
}
