import TerminalCore
import Widgets

/// The dashboard's panels, in the order of their number keys (1–6) and of Tab.
public enum Panel: Int, CaseIterable, Hashable, Sendable {
    /// Totals, execution against the year elapsed, agencies off plan, KPIs, monthly spending.
    case overview = 1
    /// The budget as a tree table of a classification, with execution and projection.
    case budget
    /// Spending over time against the plan, with the categories and vendors of the selection.
    case spending
    /// Every KPI of the scope with status, trend and cost per unit, and one KPI with its periods.
    case kpis
    /// The line items of the current selection, and one line item with every field.
    case lineItems
    /// The audit's red flags: findings by rule, each finding's line items, Benford's law.
    case audit

    /// The panel's name, as in the help and the status bar: `Overview`, `Line items`.
    public var title: String {
        switch self {
        case .overview: "Overview"
        case .budget: "Budget"
        case .spending: "Spending"
        case .kpis: "KPIs"
        case .lineItems: "Line items"
        case .audit: "Audit"
        }
    }

    /// The panel's name in export file names and on the command line: `overview`, `items`.
    public var exportName: String {
        switch self {
        case .overview: "overview"
        case .budget: "budget"
        case .spending: "spending"
        case .kpis: "kpis"
        case .lineItems: "items"
        case .audit: "audit"
        }
    }

    /// The type that draws this panel and answers its keys.
    var view: any PanelView.Type {
        switch self {
        case .overview: OverviewPanel.self
        case .budget: BudgetPanel.self
        case .spending: SpendingPanel.self
        case .kpis: KPIsPanel.self
        case .lineItems: LineItemsPanel.self
        case .audit: AuditPanel.self
        }
    }

    /// The panel after this one (Tab), wrapping around.
    var next: Panel { Panel(rawValue: rawValue % Panel.allCases.count + 1)! }

    /// The panel before this one (Shift-Tab), wrapping around.
    var previous: Panel { Panel(rawValue: (rawValue + Panel.allCases.count - 2) % Panel.allCases.count + 1)! }
}

/// What every panel provides: drawing itself, and what the pure update needs to move the
/// selection over its list, drill into a row, search and sort.
///
/// Only ``render(_:into:area:)``, ``rowCount(_:)``, ``visibleRows(_:)``,
/// ``drillStep(_:row:)`` and ``table(_:)`` are required; the rest default to "none".
protocol PanelView {
    /// Draws the panel for `state` into `area` of the canvas.
    static func render(_ state: AppState, into canvas: inout Canvas, area: Rect)

    /// How many selectable rows the panel lists for `state`.
    static func rowCount(_ state: AppState) -> Int

    /// Rows visible at once at `state.screenSize`: the page size for Page Up and Page Down.
    static func visibleRows(_ state: AppState) -> Int

    /// The step Enter takes from row `row`, or `nil` when that row leads nowhere.
    static func drillStep(_ state: AppState, row: Int) -> DrillStep?

    /// The panel a hierarchy step from row `row` shows; `nil` stays on this panel. The Budget panel sends a program to Spending.
    static func destination(_ state: AppState, row: Int) -> Panel?

    /// The table behind the panel for `state`: every row it lists, with typed values, for
    /// exports (`e`, `govlens export`).
    static func table(_ state: AppState) -> ViewTable

    /// Recomputes the panel's figures after the drill path, fiscal year, filter or sort
    /// changed (the update calls it only for the panel on screen, and for another panel
    /// when it is shown).
    static func refresh(_ state: inout AppState)

    /// The text of row `row` that `/` searches (names, codes, descriptions).
    static func searchText(_ state: AppState, row: Int) -> String

    /// Whether a row matches the search `query`, for a panel of so many rows that reading
    /// each one's ``searchText(_:row:)`` would be slow (a million line items: the engine's
    /// text index answers instead); `nil` to compare the search texts.
    static func searchMatcher(_ state: AppState, query: String) -> ((Int) -> Bool)?

    /// The titles of the columns `s` cycles through, in order; empty when the panel has a
    /// fixed order.
    static func sortColumns(_ state: AppState) -> [String]

    /// Handles a key only this panel knows, before the dashboard's own keys; returns whether
    /// it did.
    static func handle(_ key: Key, in state: inout AppState) -> Bool

    /// The keys only this panel knows, for the help overlay.
    static var keyHints: [KeyHint] { get }
}

extension PanelView {
    static func destination(_ state: AppState, row: Int) -> Panel? { nil }
    static func refresh(_ state: inout AppState) {}
    static func searchText(_ state: AppState, row: Int) -> String { "" }
    static func searchMatcher(_ state: AppState, query: String) -> ((Int) -> Bool)? { nil }
    static func sortColumns(_ state: AppState) -> [String] { [] }
    static func handle(_ key: Key, in state: inout AppState) -> Bool { false }
    static var keyHints: [KeyHint] { [] }
}
