import TerminalCore
import Widgets

/// The Overview panel: for the selected fiscal year and drill scope, the budget and its
/// execution beside the share of the year elapsed, KPI status, spending by month, and the
/// organisations below the scope furthest from plan, which Enter drills into.
///
/// ```text
/// ┌ Budget ─────────────────────────────┐┌ KPIs ───────────────────────────────┐
/// │ Adopted        $1,284.6M            ││ ● on track 14  ▲ at risk 7  ✖ off 5 │
/// …
/// ┌ Furthest from plan ──────────────────────────────────────────────────────────┐
/// │ Agency                  paid of revised │ year elapsed   paid     vs plan   │
/// │▶Public Works            ██████████████████▉   92.1%  ahead      +$14.2M      │
/// ```
enum OverviewPanel: PanelView {
    static func render(_ state: AppState, into canvas: inout Canvas, area: Rect) {
        let layout = OverviewLayout(area: area, overview: state.overview)
        renderBudget(state.overview, currency: state.store.ledger.currency, into: &canvas, box: layout.budget)
        renderKPIs(state.overview, into: &canvas, box: layout.kpis)
        renderSpending(state.overview, currency: state.store.ledger.currency, into: &canvas, box: layout.spending)
        renderPlan(state, into: &canvas, box: layout.plan)
    }

    static func rowCount(_ state: AppState) -> Int {
        state.overview.rows.count
    }

    static func visibleRows(_ state: AppState) -> Int {
        let panel = DashboardApp.FrameLayout(screen: Rect(size: state.screenSize)).panel
        return OverviewLayout(area: panel, overview: state.overview).visiblePlanRows
    }

    static func drillStep(_ state: AppState, row: Int) -> DrillStep? {
        let rows = state.overview.rows
        guard rows.indices.contains(row) else { return nil }
        return .organisation(rows[row].node)
    }

    static func searchText(_ state: AppState, row: Int) -> String {
        state.overview.rows.indices.contains(row) ? state.overview.rows[row].name : ""
    }
}

/// Where the Overview's four boxes go in the panel area.
///
/// Budget and KPIs side by side at the top, spending by month below them (taller on tall
/// screens, up to 10 rows; left out on screens too short for it and a plan list of two
/// rows), and the plan list at the bottom. The top boxes get the height
/// their figures and KPIs need when the list leaves it; the list gets the rest.
struct OverviewLayout {
    let budget: Rect
    let kpis: Rect
    let spending: Rect
    let plan: Rect

    init(area: Rect, overview: OverviewReport) {
        let spendingHeight = area.height < 8 + 4 + 5 ? 0 : 4 + min(max(0, area.height - 21) / 4, 6)
        let planWanted = max(5, overview.rows.count + 3)
        let topWanted = max(OverviewPanel.budgetFigures(overview).count, overview.worstKPIs.count + 1) + 2
        let topHeight = max(8, min(topWanted, area.height - spendingHeight - planWanted))
        let parts = area.splitRows([.fixed(topHeight), .fixed(spendingHeight), .fill])
        let halves = parts[0].splitColumns([.ratio(1, 2), .fill])
        budget = halves[0]
        kpis = halves[1]
        spending = parts[1]
        plan = parts[2]
    }

    /// Plan rows shown at once: the box's inside minus its header row.
    var visiblePlanRows: Int { max(1, plan.height - 3) }
}
