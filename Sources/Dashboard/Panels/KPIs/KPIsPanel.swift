import Analytics
import LedgerKit
import TerminalCore
import Widgets

/// The KPIs panel: every KPI of the organisation scope with its status, latest value against
/// the target, trend, and cost per unit of outcome; Enter opens one KPI (its chart of
/// observations against the target and baseline, and its period table), Backspace returns
/// to the same row.
///
/// ```text
/// ┌ KPIs · ✖ off 13  ▲ at risk 11  ● on track 13 ──────────────────────────────┐
/// │   KPI                               Latest        Target  Cost/unit  Trend │
/// │▶✖ Days to decide a rental assis…  35.1 days          20             ▂▄▅▆█ │
/// ```
enum KPIsPanel: PanelView {
    static func render(_ state: AppState, into canvas: inout Canvas, area: Rect) {
        guard let list = state.kpiList else { return }
        if let open = state.openKPI {
            guard let row = list.row(ofLedgerIndex: open) else {
                canvas.put("This KPI is not in the current scope", x: area.x + 1, y: area.y, maxWidth: area.width - 2, style: .muted)
                return
            }
            renderDetail(state, list.reports[row], organisation: list.organisations[row], into: &canvas, area: area)
        } else {
            renderList(state, list, into: &canvas, area: area)
        }
    }

    static func rowCount(_ state: AppState) -> Int {
        guard let list = state.kpiList else { return 0 }
        guard let open = state.openKPI else { return list.reports.count }
        return list.row(ofLedgerIndex: open).map { list.reports[$0].periods.count } ?? 0
    }

    static func visibleRows(_ state: AppState) -> Int {
        let panel = DashboardApp.FrameLayout(screen: Rect(size: state.screenSize)).panel
        return state.openKPI == nil ? max(1, panel.height - 3) : KPIDetailLayout(area: panel).visiblePeriodRows
    }

    static func drillStep(_ state: AppState, row: Int) -> DrillStep? {
        guard state.openKPI == nil, let list = state.kpiList, list.ledgerIndices.indices.contains(row) else { return nil }
        return .kpi(list.ledgerIndices[row])
    }

    static func refresh(_ state: inout AppState) {
        state.kpiList = KPIList(overview: state.overview.kpis, store: state.store, sort: state.sort(for: .kpis))
        if state.selections[.kpis]?.selected == nil { state.selections[.kpis] = SelectionState(selected: 0) }
    }

    static func searchText(_ state: AppState, row: Int) -> String {
        guard let list = state.kpiList else { return "" }
        if let open = state.openKPI {
            guard let index = list.row(ofLedgerIndex: open) else { return "" }
            let periods = list.reports[index].periods
            return periods.indices.contains(row) ? periods[periods.count - 1 - row].period.description : ""
        }
        guard list.reports.indices.contains(row) else { return "" }
        return list.reports[row].kpi.name + " " + list.organisations[row] + " " + list.reports[row].kpi.id
    }

    static func sortColumns(_ state: AppState) -> [String] {
        state.openKPI == nil ? KPIList.sortColumns : []
    }

    static var keyHints: [KeyHint] {
        [
            KeyHint("Enter", "open the KPI: chart and periods"),
            KeyHint("s  S", "sort by status, name, organisation, cost per unit"),
        ]
    }

    /// The badge of `status`: symbol, words and style; the symbol in ASCII on an ASCII canvas.
    static func badge(_ status: KPIStatus, glyphs: Glyphs) -> (symbol: String, words: String, style: Style) {
        let unicode = glyphs == .unicode
        return switch status {
        case .onTrack: (unicode ? "●" : "*", "on track", .ok)
        case .atRisk: (unicode ? "▲" : "^", "at risk", .warning)
        case .offTrack: (unicode ? "✖" : "x", "off track", .bad)
        case .noTarget: (unicode ? "○" : "o", "no target", .muted)
        case .noData: (unicode ? "·" : ".", "no data", .muted)
        }
    }

    /// `35.1 days`, `58.4%`, `no data`: a KPI value with its unit.
    static func valueText(_ value: Double?, unit: String) -> String {
        guard let value else { return "–" }
        let suffix = unit.isEmpty ? "" : unit == "%" ? "%" : " " + unit
        return OverviewPanel.kpiNumber(value) + suffix
    }
}
