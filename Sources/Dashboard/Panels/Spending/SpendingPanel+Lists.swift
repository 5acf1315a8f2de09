import Analytics
import LedgerKit
import TerminalCore
import Widgets

extension SpendingPanel {
    /// The categories and vendors boxes. The panel's one selection lies in one of them (its
    /// row marked there); the other shows its first rows.
    static func renderLists(_ state: AppState, _ report: SpendingReport, into canvas: inout Canvas, layout: SpendingLayout) {
        let currency = state.store.ledger.currency
        let selection = state.selections[.spending] ?? SelectionState()
        let selected = selection.selected ?? -1
        let categoryCount = report.categories.count
        let inCategories = selected >= 0 && selected < categoryCount
        renderList(
            report.categories, title: "Categories", column: "Category", currency: currency, sort: state.sort(for: .spending),
            selection: inCategories ? selection : SelectionState(), into: &canvas, box: layout.categories)
        renderList(
            report.vendors, title: "Vendors", column: "Vendor", currency: currency, sort: state.sort(for: .spending),
            selection: inCategories || selected < 0
                ? SelectionState()
                : SelectionState(selected: selected - categoryCount, offset: selection.offset - categoryCount),
            into: &canvas, box: layout.vendors)
    }

    /// One list in a box titled with its row count: name, paid, (on wide boxes) line items,
    /// and share of the selection's spending. Only the rows on screen are formatted: a
    /// ledger's top level may list thousands of vendors.
    private static func renderList(
        _ rows: [SpendingRow], title: String, column: String, currency: Currency, sort: TableSort?,
        selection: SelectionState, into canvas: inout Canvas, box: Rect
    ) {
        let inside = canvas.drawBox(box, title: "\(title) · \(rows.count)").inset(right: 1)
        guard !inside.isEmpty else { return }
        let wide = inside.width >= 60
        let amountWidth = wide ? 17 : 9
        // The widest amount is the largest or the most negative: one style for the column.
        let extremes = [rows.map(\.measures.sum).max() ?? 0, rows.map(\.measures.sum).min() ?? 0]
        let style = MoneyText.style(fitting: extremes, columns: amountWidth, currency: currency)
        var columns = [TableColumn(column, width: .flex(1)), TableColumn("Paid", width: .fixed(amountWidth), alignment: .right)]
        if wide { columns.append(TableColumn("Items", width: .fixed(7), alignment: .right)) }
        columns.append(TableColumn("Share", width: .fixed(6), alignment: .right))
        let window = selection.clamped(count: rows.count, visibleRows: Table.visibleRowCount(in: inside))
        let shown = rows[min(window.offset, rows.count)..<min(rows.count, window.offset + Table.visibleRowCount(in: inside))]
        let cells: [[TableCell]] = shown.map { row in
            var cells = [TableCell(row.name, style: row.step == nil ? .muted : .normal),
                         TableCell(MoneyText.format(row.measures.sum, currency: currency, style: style))]
            if wide { cells.append(TableCell(MoneyText.grouped(UInt64(row.measures.count), decimals: 0))) }
            cells.append(TableCell(PercentText.format(row.share)))
            return cells
        }
        let sortedColumn: Int? = switch sort?.column ?? 0 {
        case 0: 1
        case 1: wide ? 2 : nil
        default: 0
        }
        let table = Table(
            columns: columns, rows: cells, state: SelectionState(selected: window.selected.map { $0 - window.offset }),
            sort: sortedColumn.map { TableSort(column: $0, direction: sort?.direction ?? .descending) },
            emptyMessage: "No spending in this selection")
        table.render(into: &canvas, area: inside)
    }
}
