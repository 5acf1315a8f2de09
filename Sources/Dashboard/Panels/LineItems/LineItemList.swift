import Analytics
import LedgerKit
import Widgets

/// The Line items panel's figures: the rows of the current selection in the panel's order,
/// their count and total, and the line item opened, if any.
///
/// Rows are indices into the ledger's line-item columns; only the rows on screen are ever
/// formatted, so a selection of a million line items costs one `select`, one ordering pass
/// and 4 bytes a row.
public struct LineItemList: Sendable {
    /// The columns `s` cycles through; Date is the default, newest first.
    enum SortColumn: Int, CaseIterable {
        case date, amount, vendor, category

        /// The title, as in the notice `Sorted by Amount, descending`.
        var title: String {
            switch self {
            case .date: "Date"
            case .amount: "Amount"
            case .vendor: "Vendor"
            case .category: "Category"
            }
        }
    }

    /// The order when the user has not chosen one: newest first, as an auditor reads a register.
    static let defaultSort = TableSort(column: SortColumn.date.rawValue, direction: .descending)

    /// The line items listed, in the panel's order.
    public private(set) var rows: [Int32] = []
    /// Their count, total, smallest and largest amount.
    public private(set) var measures = Measures()
    /// The line item opened by the drill path's last step, with its budget line.
    public private(set) var detail: LineItemDetail?
    /// Where the rows come from: the line items a filter selects, or those behind an audit finding.
    enum Source: Equatable {
        /// The line items of the drill scope, fiscal year and filter.
        case filter(LineItemFilter)
        /// Exactly the line items behind finding `index` of `rule`, whatever their year (the
        /// finding was judged on them all).
        case finding(AuditRule, Int)
    }

    /// The source and order ``rows`` were made for, and whether the audit's report was there.
    private var madeFor: (source: Source, sort: TableSort, audited: Bool)?
    /// Each vendor's position when vendors are ordered by name, made the first time it is needed.
    private var vendorRanks: [Int32]?

    /// An empty list, filled by ``refresh(store:source:audit:sort:openLineItem:)``.
    public init() {}

    /// Selects and orders the line items of `source` unless they already are, and prepares the
    /// detail of `openLineItem` (with the findings of `audit` behind it).
    ///
    /// - Complexity: one `select` (or a copy of the finding's rows), then O(rows) for the
    ///   measures and O(rows + keys) for the order (a counting sort by day, vendor or category;
    ///   a radix sort by amount).
    mutating func refresh(store: LedgerStore, source: Source, audit: AuditReport?, sort: TableSort, openLineItem: Int32?) {
        if madeFor?.source != source || madeFor?.sort != sort || madeFor?.audited != (audit != nil) {
            if let selection = Self.selection(of: source, store: store, audit: audit) {
                measures = store.measures(of: selection)
                rows = ordered(selection, by: sort, store: store)
            } else {
                measures = Measures()
                rows = []
            }
            madeFor = (source, sort, audit != nil)
        }
        detail = openLineItem.map { LineItemDetail(row: $0, store: store, audit: audit) }
    }

    /// The line items of `source`, or `nil` for a finding that `audit` does not have (or
    /// while there is no report).
    private static func selection(of source: Source, store: LedgerStore, audit: AuditReport?) -> RowSelection? {
        switch source {
        case .filter(let filter):
            return store.select(filter)
        case .finding(let rule, let index):
            guard let result = audit?.result(rule), result.findings.indices.contains(index) else { return nil }
            return result.rows(of: result.findings[index])
        }
    }

    /// `selection`'s rows in the order of `sort`; equal keys keep row order.
    private mutating func ordered(_ selection: RowSelection, by sort: TableSort, store: LedgerStore) -> [Int32] {
        let descending = sort.direction == .descending
        let items = store.ledger.lineItems
        switch SortColumn(rawValue: sort.column) ?? .date {
        case .amount:
            return store.sortedByAmount(selection, descending: descending)
        case .date:
            guard let first = items.dates.first else { return selection.rows }
            let days = selection.rows.reduce((low: first, high: first)) { range, row in
                let day = items.dates[Int(row)]
                return (min(range.low, day), max(range.high, day))
            }
            return RowOrder.sorted(selection.rows, keyCount: Int(days.high - days.low) + 1, descending: descending) {
                Int(items.dates[Int($0)] - days.low)
            }
        case .vendor:
            let ranks = vendorRanks ?? Self.ranks(ofNames: store.ledger.vendors.names)
            vendorRanks = ranks
            return RowOrder.sorted(selection.rows, keyCount: ranks.count, descending: descending) {
                Int(ranks[Int(items.vendors[Int($0)])])
            }
        case .category:
            let ranks = Self.ranks(ofNames: store.ledger.classification(.category).names)
            return RowOrder.sorted(selection.rows, keyCount: ranks.count, descending: descending) {
                Int(ranks[Int(items.categories[Int($0)])])
            }
        }
    }

    /// Each name's position when `names` are sorted (ties by index).
    private static func ranks(ofNames names: [String]) -> [Int32] {
        let order = names.indices.sorted { names[$0] < names[$1] || names[$0] == names[$1] && $0 < $1 }
        var ranks = [Int32](repeating: 0, count: names.count)
        for (rank, index) in order.enumerated() { ranks[index] = Int32(rank) }
        return ranks
    }
}
