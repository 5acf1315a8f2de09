/// The stage of the budget cycle an amount belongs to.
public enum BudgetPhase: String, CaseIterable, Sendable, Comparable {
    case proposed, adopted, revised
    /// Actual outturn published in aggregate (for publishers with no line items).
    case executed

    private var rank: Int { Self.allCases.firstIndex(of: self)! }

    public static func < (lhs: BudgetPhase, rhs: BudgetPhase) -> Bool { lhs.rank < rhs.rank }
}

/// Where a record came from: the ledger file index and the 1-based line of the record.
public struct RecordSource: Hashable, Sendable {
    /// Index into `Ledger.files`.
    public let file: UInt16
    /// 1-based line where the record starts.
    public let line: UInt32

    /// Creates a source reference.
    public init(file: UInt16, line: UInt32) {
        self.file = file
        self.line = line
    }
}

/// One budget line: an amount for an organisation, category and fund in a fiscal year and phase.
public struct BudgetLine: Sendable {
    /// The line's id, unique in the ledger.
    public var id: String
    /// The fiscal year's name, e.g. 2025.
    public var fiscalYear: Int
    /// Organisation node index.
    public var organisation: Int32
    /// Category node index.
    public var category: Int32
    /// Fund node index.
    public var fund: Int32
    /// Function node index, or -1.
    public var function: Int32
    /// Region node index, or -1.
    public var region: Int32
    /// Proposed, adopted, revised or executed.
    public var phase: BudgetPhase
    /// The amount in minor units of the ledger's currency.
    public var amount: Int64
    /// Optional description.
    public var description: String?
    /// Where the line is defined.
    public var source: RecordSource
}
