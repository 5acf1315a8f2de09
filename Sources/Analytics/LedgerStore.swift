import LedgerKit

/// A loaded ledger prepared for queries: the ledger's columns plus hierarchy and row indexes.
///
/// Built once after loading: hierarchy indexes in O(nodes), and over the line items zone maps
/// (`BlockSummaries`), the rows of each organisation (`NodeRows`) and the text-search index
/// (`TextIndex`), each in one or two passes. Queries then visit only the rows these leave,
/// with per-node lookup tables, never per-row hashing or string matching on codes.
///
/// The indexes add 12 bytes per line item: 4 for the organisation index, 8 for text search;
/// the zone maps and the budget tallies (`PeriodTallies`) under one byte together.
public struct LedgerStore: Sendable {
    /// The ledger.
    public let ledger: Ledger
    /// One index per classification, in `ClassificationKind.allCases` order.
    private let hierarchies: [HierarchyIndex]
    /// Zone maps over the line items.
    let blocks: BlockSummaries
    /// The line items of each organisation node, by preorder.
    let organisationRows: NodeRows
    /// Text-search index over descriptions, ids and references.
    let textIndex: TextIndex
    /// Vendor indices ordered by name (then index), the order of a report by vendor.
    let vendorsByName: [Int32]
    /// Amounts by period and node, and the spending by budget codes, for budget execution;
    /// tests remove them to compare with a report read from the rows.
    var periodTallies: PeriodTallies
    /// A scan of at least twice this many rows is cut into parts of about this many (at most
    /// four) that the cores share (`forEachPart`); tests lower it to cut small ledgers.
    var rowsPerPart = 1 << 17

    /// Prepares `ledger` for queries.
    ///
    /// - Complexity: O(line items + bytes of text + nodes + vendors × log vendors).
    public init(_ ledger: Ledger) {
        self.ledger = ledger
        hierarchies = ClassificationKind.allCases.map { HierarchyIndex(ledger.classification($0)) }
        blocks = BlockSummaries(ledger.lineItems)
        organisationRows = NodeRows(
            column: ledger.lineItems.organisations, hierarchy: hierarchies[ClassificationKind.allCases.firstIndex(of: .organisation)!])
        textIndex = TextIndex(ledger.lineItems)
        let names = ledger.vendors.names
        vendorsByName = (0..<Int32(names.count)).sorted { names[Int($0)] < names[Int($1)] || (names[Int($0)] == names[Int($1)] && $0 < $1) }
        periodTallies = PeriodTallies(ledger, days: blocks.days)
    }

    /// The index of classification `kind`.
    public func hierarchy(_ kind: ClassificationKind) -> HierarchyIndex {
        hierarchies[ClassificationKind.allCases.firstIndex(of: kind)!]
    }

    /// The line-item column of a classification's node indices (for functions and regions, which
    /// the ledger stores narrowly, a copy made on each call).
    public func column(_ kind: ClassificationKind) -> [Int32] {
        switch kind {
        case .organisation: ledger.lineItems.organisations
        case .category: ledger.lineItems.categories
        case .fund: ledger.lineItems.funds
        case .function: Array(ledger.lineItems.functions)
        case .region: Array(ledger.lineItems.regions)
        }
    }

    /// The display name of node `node` of classification `kind`.
    public func name(of node: Int32, in kind: ClassificationKind) -> String {
        ledger.classification(kind).names[Int(node)]
    }
}
