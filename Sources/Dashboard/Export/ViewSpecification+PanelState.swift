import Analytics
import LedgerKit
import Widgets

/// The panel state a view specification carries besides the drill path, year, filter and
/// sort: what a panel is grouped by (`--by`), which budget nodes are open (`--expand`), and the
/// selected row and the first row shown (`--row`, `--top`), so a snapshot reproduces the screen.
extension AppState {
    /// `--by` for the panel on screen: the Budget panel's classification, the Spending panel's
    /// period (`month`, `quarter`, `year`); `nil` for the default or a panel without a choice.
    var groupingText: String? {
        switch panel {
        case .budget: budget.classification == .organisation ? nil : budget.classification.rawValue
        case .spending: spendingBucket == .month ? nil : Self.periodNames[spendingBucket]
        case .overview, .kpis, .lineItems, .audit: nil
        }
    }

    /// `--expand` for the Budget panel: the codes of its open nodes, in node order, joined by
    /// `,` (escaped as in a drill path, `,` as `%2C`); empty when none is open or on another panel.
    var expandedText: String {
        guard panel == .budget else { return "" }
        let codes = budget.classification.codes(in: store.ledger)
        return budget.expanded.sorted().map { DrillPathText.escaped(codes[Int($0)], also: ",") }.joined(separator: ",")
    }

    /// The period names of `--by` on the Spending panel.
    private static let periodNames: [TimeBucket: String] = [.month: "month", .quarter: "quarter", .fiscalYear: "year"]

    /// Applies `--by`.
    mutating func applyGrouping(_ text: String) throws(ViewSpecificationError) {
        switch panel {
        case .budget:
            let kinds = BudgetPanel.availableClassifications(store)
            guard let kind = ClassificationKind(rawValue: text), kinds.contains(kind) else {
                throw ViewSpecificationError(description: "--by \(text): the budget view is by \(kinds.map(\.rawValue).joined(separator: ", "))")
            }
            budget.classification = kind
            budget.expanded = []
        case .spending:
            guard let bucket = Self.periodNames.first(where: { $0.value == text })?.key else {
                throw ViewSpecificationError(description: "--by \(text): the spending view is by month, quarter or year")
            }
            spendingBucket = bucket
        case .overview, .kpis, .lineItems, .audit:
            throw ViewSpecificationError(description: "--by: the \(panel.exportName) view has no grouping to choose")
        }
        stalePanels.insert(panel)
    }

    /// Applies `--expand`.
    mutating func applyExpanded(_ text: String) throws(ViewSpecificationError) {
        guard panel == .budget else {
            throw ViewSpecificationError(description: "--expand: only the budget view has nodes to open")
        }
        let classification = store.ledger.classification(budget.classification)
        var nodes = Set<Int32>()
        for written in text.split(separator: ",").map(String.init) {
            guard let code = DrillPathText.unescaped(written), let node = classification.index(ofCode: code) else {
                throw ViewSpecificationError(description: "--expand: no \(budget.classification.rawValue) with the code '\(written)'")
            }
            nodes.insert(node)
        }
        budget.expanded = nodes
        stalePanels.insert(panel)
    }

    /// Applies `--row` and `--top` (1-based), as far as the panel's rows allow.
    mutating func applyRow(_ row: Int?, top: Int?) throws(ViewSpecificationError) {
        let view = panel.view
        let count = view.rowCount(self)
        if let row, !(1...max(1, count)).contains(row) {
            throw ViewSpecificationError(description: "--row \(row): the \(panel.exportName) view lists \(count) rows")
        }
        let selected = row.map { $0 - 1 } ?? (count > 0 ? 0 : nil)
        selection = SelectionState(selected: selected, offset: max(0, (top ?? 1) - 1)).clamped(count: count, visibleRows: view.visibleRows(self))
    }
}

extension ClassificationKind {
    /// The codes of this classification's nodes in `ledger`, by node index.
    func codes(in ledger: Ledger) -> [String] {
        ledger.classification(self).codes
    }
}
