import Analytics
import LedgerKit
import TerminalCore
import Widgets

/// The Budget panel: the budget and its execution as a tree of a classification (organisation
/// by default; `c` cycles economic category, fund and function), rooted at the drill scope.
///
/// Each row is a node's whole subtree: adopted, revised, paid, remaining, paid ÷ revised with a
/// bar marked at the share of the year elapsed, the projection and its variance against the
/// revised budget, and flags for overspent budget lines and spending without a budget line.
/// Space, `+`, `-` and `*` open and close nodes; `s` / `S` sort siblings within their parent.
/// Enter on a node with children re-roots the tree there; on a leaf (a program) it drills in
/// and shows the Spending panel.
///
/// ```text
///  By organisation · 75.1% of year elapsed       2 overspent · $675.0K unbudgeted
///  Organisation                 Revised       Paid  Exec %     │    Variance Flags
/// ▶▸ Finance Department         $128.5M    $119.6M   93.1% ████│▋     +$0.5M
///  ▾ Fire Department            $188.3M    $129.1M   68.6% ████│      -$1.3M
///      Fire Apparatus & Sta…     $14.1M      $4.9M   34.4% ██▏ │      +$3.2M
///  ▸ Mayor & City Council        $20.1M     $14.6M   72.7% ████│      +$2.6M nobud
///    Total                    $1,223.1M    $838.3M   68.5% ████▏     -$12.4M
/// ```
enum BudgetPanel: PanelView {
    static func render(_ state: AppState, into canvas: inout Canvas, area: Rect) {
        draw(state, into: &canvas, area: area)
    }

    static func rowCount(_ state: AppState) -> Int {
        state.budget.rows.count
    }

    static func visibleRows(_ state: AppState) -> Int {
        Layout(area: DashboardApp.FrameLayout(screen: Rect(size: state.screenSize)).panel).visibleRows
    }

    static func drillStep(_ state: AppState, row: Int) -> DrillStep? {
        guard state.budget.rows.indices.contains(row), let node = state.budget.rows[row].node, node != state.budget.root else { return nil }
        return .node(state.budget.classification, node)
    }

    /// A leaf (a program) opens on the Spending panel, where its categories and vendors are;
    /// a node with children stays here, re-rooted.
    static func destination(_ state: AppState, row: Int) -> Panel? {
        guard state.budget.rows.indices.contains(row), !state.budget.rows[row].hasChildren else { return nil }
        return .spending
    }

    static func refresh(_ state: inout AppState) {
        let tree = state.budget
        let root = state.scope(tree.classification)
        state.budget.refresh(store: state.store, fiscalYear: state.fiscalYear, root: root, sort: BudgetSort(state.sort(for: .budget)))
        if state.selections[.budget]?.selected == nil, !state.budget.rows.isEmpty {
            state.selections[.budget] = SelectionState(selected: 0)
        }
    }

    static func searchText(_ state: AppState, row: Int) -> String {
        guard state.budget.rows.indices.contains(row) else { return "" }
        let entry = state.budget.rows[row]
        guard let node = entry.node else { return entry.label }
        return state.store.ledger.classification(state.budget.classification).codes[Int(node)] + " " + entry.label
    }

    static func sortColumns(_ state: AppState) -> [String] {
        BudgetSort.Measure.allCases.map(\.title)
    }

    static func handle(_ key: Key, in state: inout AppState) -> Bool {
        switch key {
        case .character(" "): toggleSelected(in: &state)
        case .character("+"): setSelected(open: true, in: &state)
        case .character("-"): setSelected(open: false, in: &state)
        case .character("*"): expandAll(in: &state)
        case .character("c"): cycleClassification(in: &state)
        default: return false
        }
        return true
    }

    static var keyHints: [KeyHint] {
        [
            KeyHint("Space", "open / close the selected node"),
            KeyHint("+  -", "open the node; close it (or its parent)"),
            KeyHint("*", "open every node"),
            KeyHint("c", "classification: organisation, category, fund, function"),
            KeyHint("Enter", "drill in (a program: its spending)"),
        ]
    }

    /// The classifications the panel can follow, in `c` order: those of organisation,
    /// economic category, fund and function that the ledger has.
    static func availableClassifications(_ store: LedgerStore) -> [ClassificationKind] {
        [.organisation, .category, .fund, .function].filter { !store.ledger.classification($0).isEmpty }
    }
}
