import Analytics
import LedgerKit
import TerminalCore
import Widgets

/// The Line items panel: the spending line items of the drill scope in the fiscal year,
/// narrowed by the filter (or exactly the line items behind an audit finding opened on the
/// Audit panel), newest first by default (`s` / `S`: date, amount, vendor,
/// category), with their count and total and the audit's flags; Enter opens one line item with
/// every field, the budget line it draws on and the findings behind its flags
/// (``LineItemDetail``), Backspace returns to the same row.
///
/// ```text
///  6,553 line items · total $838,294,446.06
///  Date ▼     Vendor               Description                        Amount Flags
/// ▶2025-03-31 Riverton Payroll Cl… Payroll — March 2025        $7,146,132.02
///  2025-03-31 Pioneer Planning Pa… Appraisal services            $166,033.80
///  2025-03-28 Sterling Salt & Agg… Refund of overpayment         -$75,199.11 rfnd
/// ```
enum LineItemsPanel: PanelView {
    static func render(_ state: AppState, into canvas: inout Canvas, area: Rect) {
        if let detail = state.lineItems.detail, state.openLineItem == detail.row {
            drawDetail(detail, state: state, into: &canvas, area: area)
        } else {
            drawList(state, into: &canvas, area: area)
        }
    }

    static func rowCount(_ state: AppState) -> Int {
        state.openLineItem == nil ? state.lineItems.rows.count : 0
    }

    static func visibleRows(_ state: AppState) -> Int {
        ListLayout(area: DashboardApp.FrameLayout(screen: Rect(size: state.screenSize)).panel).visibleRows
    }

    static func drillStep(_ state: AppState, row: Int) -> DrillStep? {
        guard state.openLineItem == nil, state.lineItems.rows.indices.contains(row) else { return nil }
        return .lineItem(state.lineItems.rows[row])
    }

    /// Selects the line items; the first time, records the default order (date, newest
    /// first) as the panel's sort, so the header shows it and `s` moves on to amount, and
    /// selects the first row.
    static func refresh(_ state: inout AppState) {
        let sort = state.sort(for: .lineItems) ?? LineItemList.defaultSort
        state.sorts[.lineItems] = sort
        let source = state.findingScope.map { LineItemList.Source.finding($0.rule, $0.index) } ?? .filter(state.lineItemFilter)
        state.lineItems.refresh(store: state.store, source: source, audit: state.audit, sort: sort, openLineItem: state.openLineItem)
        if state.selections[.lineItems]?.selected == nil, !state.lineItems.rows.isEmpty {
            state.selections[.lineItems] = SelectionState(selected: 0)
        }
    }

    /// Rows whose vendor name, description, reference or id contains `query` (ASCII letters
    /// without case, other characters exactly), found by the engine's text index among the
    /// line items of the current filter, so a search over a million rows reads no text.
    ///
    /// - Complexity: one `select` with the text condition; then O(log matches) per row tested
    ///   (a binary search of the matches, which `select` returns ascending).
    static func searchMatcher(_ state: AppState, query: String) -> ((Int) -> Bool)? {
        guard state.openLineItem == nil else { return { _ in false } }
        var filter = state.lineItemFilter
        filter.text = query
        let matches = state.store.select(filter).rows
        let rows = state.lineItems.rows
        return { position in
            guard rows.indices.contains(position), !matches.isEmpty else { return false }
            let row = rows[position]
            var low = 0
            var high = matches.count
            while low < high {
                let middle = (low + high) / 2
                if matches[middle] < row { low = middle + 1 } else { high = middle }
            }
            return low < matches.count && matches[low] == row
        }
    }

    static func sortColumns(_ state: AppState) -> [String] {
        LineItemList.SortColumn.allCases.map(\.title)
    }

    static var keyHints: [KeyHint] {
        [
            KeyHint("Enter", "open the line item: every field, its budget line, its audit findings"),
            KeyHint("s  S", "sort: date (newest first), amount, vendor, category"),
        ] + LineItemFlag.legend
    }
}
