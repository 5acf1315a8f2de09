import Analytics
import LedgerKit

/// The conditions the user adds with `f` (and `govlens export --filter`) on top of the
/// drill path: amount and date ranges, vendor kinds and a text search.
///
/// Written and read as space-separated terms, the same on screen, on the command line and in
/// an export's provenance:
///
/// ```text
/// amount>=1000 amount<=25000.50 date>=2024-07-01 date<=2024-09-30 vendor=individual,non-profit text=paving
/// ```
///
/// Amounts are in the currency's major units (dollars, yen), exact to its minor unit.
/// ``init(parsing:currency:)`` reports the first term it cannot read.
public struct ViewFilter: Hashable, Sendable {
    /// Smallest amount kept, in minor units.
    public var minimumAmount: Int64?
    /// Largest amount kept, in minor units.
    public var maximumAmount: Int64?
    /// First day kept.
    public var firstDate: CivilDate?
    /// Last day kept.
    public var lastDate: CivilDate?
    /// Vendor kinds kept; `nil` keeps every kind.
    public var vendorKinds: Set<VendorKind>?
    /// Text that must occur in the vendor name, description, reference or id.
    public var text: String?

    /// No conditions.
    public init() {}

    /// Whether no condition is set.
    public var isEmpty: Bool { self == ViewFilter() }

    /// `filter` narrowed by these conditions. Ranges intersect: a date range here keeps only
    /// the days that are also in `filter`'s range (an empty intersection keeps nothing).
    public func applied(to filter: LineItemFilter) -> LineItemFilter {
        var result = filter
        if minimumAmount != nil || maximumAmount != nil {
            let low = max(minimumAmount ?? .min, filter.amounts?.lowerBound ?? .min)
            let high = min(maximumAmount ?? .max, filter.amounts?.upperBound ?? .max)
            result.amounts = low <= high ? low...high : Self.nothingAmounts
        }
        if firstDate != nil || lastDate != nil {
            let first = max(firstDate ?? CivilDate(dayNumber: .min), filter.dates?.lowerBound ?? CivilDate(dayNumber: .min))
            let last = min(lastDate ?? CivilDate(dayNumber: .max), filter.dates?.upperBound ?? CivilDate(dayNumber: .max))
            result.dates = first <= last ? first...last : Self.nothingDates
        }
        if let vendorKinds {
            result.vendorKinds = filter.vendorKinds.map { $0.intersection(vendorKinds) } ?? vendorKinds
        }
        if let text { result.text = text }
        return result
    }

    /// An amount range no line item has (no amount reaches Int64.min: the loader bounds the
    /// sum of absolute amounts).
    private static let nothingAmounts: ClosedRange<Int64> = Int64.min...Int64.min
    /// A date range no line item has.
    private static let nothingDates: ClosedRange<CivilDate> = CivilDate(dayNumber: .min)...CivilDate(dayNumber: .min)
}
