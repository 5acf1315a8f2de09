import LedgerKit

/// A record with a node of each classification: a budget line, a budget key, a group of charges.
protocol ClassificationCodes {
    /// Organisation node index.
    var organisation: Int32 { get }
    /// Category node index.
    var category: Int32 { get }
    /// Fund node index.
    var fund: Int32 { get }
    /// Function node index, or -1.
    var function: Int32 { get }
    /// Region node index, or -1.
    var region: Int32 { get }
}

extension ClassificationCodes {
    /// The record's node in classification `kind` (-1 when a function or region is absent).
    func code(in kind: ClassificationKind) -> Int32 {
        switch kind {
        case .organisation: organisation
        case .category: category
        case .fund: fund
        case .function: function
        case .region: region
        }
    }
}

extension BudgetLine: ClassificationCodes {}
