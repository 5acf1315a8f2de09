import LedgerKit

/// How a query groups line items.
public enum Grouping: Sendable, Hashable {
    /// By the node at `depth` (0 = roots) of a classification; shallower nodes stand for themselves.
    case classification(ClassificationKind, depth: Int)
    /// By the children of `node` in a classification (rows directly on `node` form their own group).
    case children(of: Int32, in: ClassificationKind)
    /// By vendor.
    case vendor
    /// By vendor kind.
    case vendorKind
    /// By line-item kind.
    case lineItemKind
    /// By period on the ledger's fiscal calendar.
    case time(TimeBucket)
}

/// What a report row is about.
public enum ReportKey: Sendable, Hashable {
    /// A classification node.
    case node(ClassificationKind, Int32)
    /// A vendor.
    case vendor(Int32)
    /// A vendor kind.
    case vendorKind(VendorKind)
    /// A line-item kind.
    case lineItemKind(LineItemKind)
    /// A period.
    case period(Period)
    /// Line items with no value for the grouped dimension (no function, no region).
    case none
}

/// The measures of one group: sum, count, smallest and largest amount (minor units).
public struct Measures: Sendable, Hashable {
    /// Sum of amounts.
    public internal(set) var sum: Int64 = 0
    /// Number of line items.
    public internal(set) var count: Int = 0
    /// Smallest amount, or 0 when empty.
    public internal(set) var minimum: Int64 = 0
    /// Largest amount, or 0 when empty.
    public internal(set) var maximum: Int64 = 0

    /// Empty measures.
    public init() {}

    /// Measures with the given values.
    init(sum: Int64, count: Int, minimum: Int64, maximum: Int64) {
        self.sum = sum
        self.count = count
        self.minimum = minimum
        self.maximum = maximum
    }

    @inline(__always)
    mutating func add(_ amount: Int64) {
        if count == 0 {
            minimum = amount
            maximum = amount
        } else {
            minimum = Swift.min(minimum, amount)
            maximum = Swift.max(maximum, amount)
        }
        sum &+= amount
        count += 1
    }

    mutating func merge(_ other: Measures) {
        guard other.count > 0 else { return }
        if count == 0 {
            self = other
            return
        }
        sum &+= other.sum
        count += other.count
        minimum = Swift.min(minimum, other.minimum)
        maximum = Swift.max(maximum, other.maximum)
    }
}

/// One row of a report: a group, its label and measures, and its share of the report's total.
public struct ReportRow: Sendable, Hashable {
    /// What the row is about.
    public let key: ReportKey
    /// Display label (a name, a period); untrusted text, sanitised by whoever shows it.
    public let label: String
    /// The row's measures.
    public let measures: Measures
    /// `measures.sum` as a share of the report total's sum (0 when the total is 0).
    public let share: Double
}

/// The result of a query: rows × measures plus the total, like hledger's report values.
public struct Report: Sendable {
    /// How the rows are grouped.
    public let grouping: Grouping
    /// Rows, ordered by key (periods chronologically, nodes in hierarchy order, others by label).
    public let rows: [ReportRow]
    /// Measures over every selected line item.
    public let total: Measures
}
