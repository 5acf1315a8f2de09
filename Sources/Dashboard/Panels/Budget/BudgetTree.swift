import Analytics
import LedgerKit
import Widgets

/// The Budget panel's figures: one budget-execution report by the chosen classification, and
/// the rows of its tree as the user has opened it, siblings in the panel's sort order.
///
/// The report is run when the fiscal year or the classification changes (one engine pass);
/// re-rooting, expanding, collapsing and sorting only lay the rows out again from it.
public struct BudgetTree: Sendable {
    /// The classification the tree follows (`c` cycles it).
    public internal(set) var classification: ClassificationKind = .organisation
    /// The fiscal year's budget execution by ``classification``; `nil` before the first refresh.
    public private(set) var report: BudgetExecutionReport?
    /// The node the tree is rooted at (the drill path's node of ``classification``), or `nil`
    /// for the classification's roots.
    public private(set) var root: Int32?
    /// The nodes shown open.
    public internal(set) var expanded: Set<Int32> = []
    /// The rows on screen, depth-first through the open nodes: the root's children, or the
    /// root itself when it has none (a program drilled into).
    public private(set) var rows: [BudgetTreeRow] = []
    /// The execution of the whole tree: the root node's, or the report's totals at the top.
    public private(set) var totals: BudgetExecution?
    /// The smallest and largest amount of each amount measure over the rows and the totals:
    /// enough to size and style a column without formatting every row.
    private(set) var amountRanges: [BudgetSort.Measure: ClosedRange<Int64>] = [:]
    /// The widest flags of a row, in columns (`over nobud`: 10).
    private(set) var widestFlags = 0

    /// An empty tree, filled by ``refresh(store:fiscalYear:root:sort:)``.
    public init() {}

    /// Brings the tree up to date: runs the report again only when the fiscal year or the
    /// classification changed, then lays the rows out.
    ///
    /// - Complexity: one budget-execution pass when the report is out of date; then
    ///   O(rows shown × log siblings).
    mutating func refresh(store: LedgerStore, fiscalYear: Int, root: Int32?, sort: BudgetSort) {
        if report?.progress.fiscalYear != fiscalYear || report?.hierarchy != classification {
            report = store.budgetExecution(by: classification, fiscalYear: fiscalYear)
        }
        self.root = root
        layOut(store: store, sort: sort)
    }

    /// Lays out ``rows`` again from the report, after a node was opened or closed or the sort
    /// changed.
    mutating func layOut(store: LedgerStore, sort: BudgetSort) {
        guard let report else { return }
        let index = store.hierarchy(classification)
        var laidOut: [BudgetTreeRow] = []
        func add(_ nodes: [Int32], depth: Int) {
            let rows = nodes.enumerated()
                .map { (position: $0.offset, row: report.row(of: $0.element)) }
                .sorted { sort.precedes($0.row, $1.row) ?? ($0.position < $1.position) }
            for (_, row) in rows {
                let children = index.children[Int(row.node)]
                let open = !children.isEmpty && expanded.contains(row.node)
                laidOut.append(BudgetTreeRow(
                    node: row.node, depth: depth, hasChildren: !children.isEmpty, isExpanded: open, label: row.label,
                    execution: row.execution))
                if open { add(children, depth: depth + 1) }
            }
        }
        let top = root.map { index.children[Int($0)] } ?? index.roots
        add(top.isEmpty ? root.map { [$0] } ?? [] : top, depth: 0)
        if root == nil, report.coverage.unclassified.lineItemCount > 0 || report.coverage.unclassified.budgetLineCount > 0 {
            laidOut.append(BudgetTreeRow(
                node: nil, depth: 0, hasChildren: false, isExpanded: false, label: "(no \(classification.rawValue))",
                execution: report.coverage.unclassified))
        }
        rows = laidOut
        let totals = root.map { report.row(of: $0).execution } ?? report.totals
        self.totals = totals
        amountRanges = [:]
        for measure in BudgetSort.Measure.amounts {
            let amounts = (laidOut.map(\.execution) + [totals]).compactMap(measure.amount)
            if let low = amounts.min(), let high = amounts.max() { amountRanges[measure] = low...high }
        }
        widestFlags = laidOut.map { row in row.flags.reduce(max(0, row.flags.count - 1)) { $0 + $1.label.count } }.max() ?? 0
    }

    /// The position of `node`'s row, if it is shown.
    func position(of node: Int32) -> Int? {
        rows.firstIndex { $0.node == node }
    }
}

/// One row of the Budget panel's tree.
public struct BudgetTreeRow: Sendable, Hashable {
    /// The node, or `nil` for the row of what has no node in the classification.
    public let node: Int32?
    /// Levels below the tree's root: 0 for the top rows.
    public let depth: Int
    /// Whether the node has children (Space opens it, Enter drills into it).
    public let hasChildren: Bool
    /// Whether its children are shown below it.
    public let isExpanded: Bool
    /// The node's name (untrusted text: the canvas sanitises it).
    public let label: String
    /// Budget execution of the node's subtree.
    public let execution: BudgetExecution

    /// The overspent and no-budget-line flags of the row, with the audit rules' labels.
    var flags: [AuditRule] {
        var flags: [AuditRule] = []
        if execution.overspentBudgetLines > 0 { flags.append(.overspentBudgetLine) }
        if execution.unbudgeted.count > 0 && execution.unbudgeted.amount != 0 { flags.append(.noBudgetLine) }
        return flags
    }
}
