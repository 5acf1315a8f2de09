import LedgerKit

/// One node of a budget-execution report: the node and the execution of its whole subtree.
public struct BudgetExecutionRow: Sendable, Hashable {
    /// The node's index in the report's classification.
    public let node: Int32
    /// The parent node, or -1 for a root.
    public let parent: Int32
    /// Depth in the hierarchy: 0 for a root.
    public let depth: Int
    /// The node's name; untrusted text, sanitised by whoever shows it.
    public let label: String
    /// Budget execution of the node and everything below it.
    public let execution: BudgetExecution
}

/// How much of a fiscal year's data has a node in the report's hierarchy.
///
/// Organisation, category and fund are required on every budget line and line item, so their
/// coverage is complete. Function and region are optional: line items rarely carry a function,
/// and their spending then appears in `unclassified`, not in any row.
public struct HierarchyCoverage: Sendable, Hashable {
    /// Line items dated in the year.
    public let lineItems: Int
    /// Budget lines of the year.
    public let budgetLines: Int
    /// The execution of the line items and budget lines with no node in the hierarchy.
    public let unclassified: BudgetExecution

    /// Whether every line item and budget line of the year has a node in the hierarchy.
    public var isComplete: Bool { unclassified.lineItemCount == 0 && unclassified.budgetLineCount == 0 }

    /// Share of the year's line items that have a node (1 when there are none).
    public var lineItemShare: Double {
        lineItems == 0 ? 1 : Double(lineItems - unclassified.lineItemCount) / Double(lineItems)
    }
}

/// A budget key whose charged spending exceeds its revised budget.
///
/// A spending line item of the year is charged to the key of the budget line it references
/// (`budgetLine`) when that line is of the same year; otherwise to the key with exactly its
/// organisation, category, fund, function and region, if any. With executed-phase actuals a
/// key's executed lines are its charged spending. Only keys with an adopted or revised line count.
public struct OverspentBudget: Sendable, Hashable {
    /// Index in `Ledger.budgetLines` of the line that names the key (its first revised line, else
    /// its first line); the key's codes are that line's.
    public let budgetLine: Int
    /// The key's node in the report's hierarchy, or -1.
    public let node: Int32
    /// The key's revised budget.
    public let revised: Int64
    /// The spending charged to the key.
    public let paid: Int64

    /// Paid − revised (positive).
    public var excess: Int64 { paid &- revised }
}

/// Budget execution per node of a classification for one fiscal year: every node in
/// hierarchy order, each aggregating its subtree, plus the totals, the data's coverage and the flags.
///
/// `totals` covers the whole year: the sum of the root rows plus `coverage.unclassified`.
/// Spending *with no budget line* is that of line items of the year whose organisation,
/// category and fund no adopted or revised budget line of the year covers, a line covering an
/// item when each of its three codes is the item's node or an ancestor of it.
public struct BudgetExecutionReport: Sendable {
    /// The classification the rows follow.
    public let hierarchy: ClassificationKind
    /// The fiscal year and how much of it has elapsed.
    public let progress: FiscalYearProgress
    /// Where the year's actuals come from.
    public let actualsSource: ActualsSource
    /// Where the previous year's actuals, the year-over-year base, come from.
    public let previousYearSource: ActualsSource
    /// How many fiscal years before this one the seasonal profile pools.
    public let profileYears: Int
    /// One row per node, in depth-first order (children by code).
    public let rows: [BudgetExecutionRow]
    /// The whole year, classified or not.
    public let totals: BudgetExecution
    /// What has no node in the hierarchy.
    public let coverage: HierarchyCoverage
    /// Overspent budget keys, largest excess first.
    public let overspent: [OverspentBudget]
    /// Position of each node's row in `rows`.
    private let rowOfNode: [Int32]

    init(
        hierarchy: ClassificationKind, progress: FiscalYearProgress, actualsSource: ActualsSource,
        previousYearSource: ActualsSource, profileYears: Int, rows: [BudgetExecutionRow], rowOfNode: [Int32],
        totals: BudgetExecution, coverage: HierarchyCoverage, overspent: [OverspentBudget]
    ) {
        self.hierarchy = hierarchy
        self.progress = progress
        self.actualsSource = actualsSource
        self.previousYearSource = previousYearSource
        self.profileYears = profileYears
        self.rows = rows
        self.rowOfNode = rowOfNode
        self.totals = totals
        self.coverage = coverage
        self.overspent = overspent
    }

    /// The row of `node`.
    public func row(of node: Int32) -> BudgetExecutionRow { rows[Int(rowOfNode[Int(node)])] }
}
