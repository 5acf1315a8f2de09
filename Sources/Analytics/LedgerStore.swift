import LedgerKit

/// A loaded ledger prepared for queries: the ledger's columns plus hierarchy indexes.
///
/// Built once after loading, in O(nodes + vendors); every query then runs over the line-item
/// columns with per-node lookup tables, never per-row hashing or string matching on codes.
public struct LedgerStore: Sendable {
    /// The ledger.
    public let ledger: Ledger
    /// One index per classification, in `ClassificationKind.allCases` order.
    private let hierarchies: [HierarchyIndex]

    /// Prepares `ledger` for queries.
    public init(_ ledger: Ledger) {
        self.ledger = ledger
        hierarchies = ClassificationKind.allCases.map { HierarchyIndex(ledger.classification($0)) }
    }

    /// The index of classification `kind`.
    public func hierarchy(_ kind: ClassificationKind) -> HierarchyIndex {
        hierarchies[ClassificationKind.allCases.firstIndex(of: kind)!]
    }

    /// The line-item column of a classification's node indices.
    public func column(_ kind: ClassificationKind) -> [Int32] {
        switch kind {
        case .organisation: ledger.lineItems.organisations
        case .category: ledger.lineItems.categories
        case .fund: ledger.lineItems.funds
        case .function: ledger.lineItems.functions
        case .region: ledger.lineItems.regions
        }
    }

    /// The display name of node `node` of classification `kind`.
    public func name(of node: Int32, in kind: ClassificationKind) -> String {
        ledger.classification(kind).names[Int(node)]
    }
}
