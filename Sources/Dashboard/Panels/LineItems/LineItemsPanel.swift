import Analytics
import LedgerKit
import TerminalCore
import Widgets

/// The Line items panel: the spending line items of the drill scope in the fiscal year,
/// narrowed by the filter, newest first by default (`s` / `S`: date, amount, vendor,
/// category), with their count and total; Enter opens one line item with every field and the
/// budget line it draws on (``LineItemDetail``), Backspace returns to the same row.
///
/// ```text
///  7,194 line items                                        total $838,294,446.23
///  Date ▼      Vendor            Description                  Amount Flags
/// ▶2025-03-31  Riverton Paving…  Resurfacing, Elm St       $49,900.00
///  2025-03-31  Acme Traffic Sy…  Signal repair             $12,000.00 est
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
        state.lineItems.refresh(store: state.store, filter: state.lineItemFilter, sort: sort, openLineItem: state.openLineItem)
        if state.selections[.lineItems]?.selected == nil, !state.lineItems.rows.isEmpty {
            state.selections[.lineItems] = SelectionState(selected: 0)
        }
    }

    /// The vendor's name, the description, the reference and the id.
    static func searchText(_ state: AppState, row: Int) -> String {
        guard state.openLineItem == nil, state.lineItems.rows.indices.contains(row) else { return "" }
        let ledger = state.store.ledger
        let item = Int(state.lineItems.rows[row])
        let items = ledger.lineItems
        return [ledger.vendors.names[Int(items.vendors[item])], items.descriptions[item], items.references[item], items.ids[item]]
            .joined(separator: " ")
    }

    static func sortColumns(_ state: AppState) -> [String] {
        LineItemList.SortColumn.allCases.map(\.title)
    }

    static var keyHints: [KeyHint] {
        [
            KeyHint("Enter", "open the line item: every field, its budget line"),
            KeyHint("s  S", "sort: date (newest first), amount, vendor, category"),
        ]
    }
}
