import Analytics
import TerminalCore
import Widgets

/// The Spending panel: the selection's spending per month (quarter, fiscal year: `b`) beside
/// the year before, its running total against the straight-line plan, and below them the
/// categories and the vendors of the selection.
///
/// The two lists are one selectable list, categories first: the selection moves from the
/// last category on to the first vendor, and `v` jumps between the two. Enter on a category
/// drills into it (the lists then show its subcategories and its vendors); Enter on a vendor
/// opens its line items.
///
/// ```text
/// ┌ Paid by month █ FY2025 ░ FY2024 ─────┐┌ Cumulative against plan ─────────────┐
/// │  ░█ ░█ ░▆ ░▄ …                       ││ $1.2B                        ⢀⡠⠔⠊ │
/// │ Jul   Sep   Nov   Jan   Mar   May    ││ Jul                              Jun │
/// ┌ Categories · 6 ──────────────────────┐┌ Vendors · 52 ────────────────────────┐
/// │▶Personnel Services  $412.3M  49.2%   ││ Riverton Paving Co.   $40.1M   4.8%  │
/// ```
enum SpendingPanel: PanelView {
    static func render(_ state: AppState, into canvas: inout Canvas, area: Rect) {
        guard let report = state.spending else { return }
        let layout = SpendingLayout(area: area)
        let currency = state.store.ledger.currency
        renderBars(report, calendar: state.store.ledger.calendar, currency: currency, into: &canvas, box: layout.bars)
        renderCumulative(report, currency: currency, into: &canvas, box: layout.cumulative)
        renderLists(state, report, into: &canvas, layout: layout)
    }

    static func rowCount(_ state: AppState) -> Int {
        state.spending.map { $0.categories.count + $0.vendors.count } ?? 0
    }

    static func visibleRows(_ state: AppState) -> Int {
        SpendingLayout(area: DashboardApp.FrameLayout(screen: Rect(size: state.screenSize)).panel).visibleListRows
    }

    static func drillStep(_ state: AppState, row: Int) -> DrillStep? {
        state.spending?.row(row)?.step
    }

    static func refresh(_ state: inout AppState) {
        state.spending = SpendingReport.refreshed(state.spending, state: state, bucket: state.spendingBucket, sort: state.sort(for: .spending))
        if state.selections[.spending]?.selected == nil { state.selections[.spending] = SelectionState(selected: 0) }
    }

    static func searchText(_ state: AppState, row: Int) -> String {
        state.spending?.row(row)?.name ?? ""
    }

    static func sortColumns(_ state: AppState) -> [String] {
        SpendingReport.sortColumns
    }

    /// `b` cycles the period (month, quarter, fiscal year); `v` jumps between the lists.
    static func handle(_ key: Key, in state: inout AppState) -> Bool {
        switch key {
        case .character("b"):
            let buckets = TimeBucket.allCases
            state.spendingBucket = buckets[(buckets.firstIndex(of: state.spendingBucket)! + 1) % buckets.count]
            refresh(&state)
            state.notice = "Spending by \(bucketName(state.spendingBucket))"
            return true
        case .character("v"):
            guard let report = state.spending else { return true }
            let inCategories = (state.selection.selected ?? 0) < report.categories.count
            let target = inCategories ? report.categories.count : 0
            guard target < rowCount(state) else { return true }
            var selection = state.selection
            selection.selected = target
            state.selection = selection.clamped(count: rowCount(state), visibleRows: visibleRows(state))
            return true
        default:
            return false
        }
    }

    static var keyHints: [KeyHint] {
        [
            KeyHint("b", "by month, quarter or fiscal year"),
            KeyHint("v", "jump between categories and vendors"),
            KeyHint("s  S", "sort the lists by paid, items, name"),
            KeyHint("Enter", "category: drill in; vendor: line items"),
        ]
    }

    /// `month`, `quarter`, `fiscal year`.
    static func bucketName(_ bucket: TimeBucket) -> String {
        switch bucket {
        case .month: "month"
        case .quarter: "quarter"
        case .fiscalYear: "fiscal year"
        }
    }
}

/// Where the Spending panel's four boxes go: the two charts side by side in the top half,
/// the categories and vendors side by side below them.
struct SpendingLayout {
    let bars: Rect
    let cumulative: Rect
    let categories: Rect
    let vendors: Rect

    init(area: Rect) {
        let halves = area.splitRows([.ratio(1, 2), .fill])
        let top = halves[0].splitColumns([.ratio(1, 2), .fill])
        let bottom = halves[1].splitColumns([.ratio(1, 2), .fill])
        bars = top[0]
        cumulative = top[1]
        categories = bottom[0]
        vendors = bottom[1]
    }

    /// List rows shown at once: a box's inside minus its header row.
    var visibleListRows: Int { max(1, categories.height - 3) }
}
