import Analytics
import LedgerKit
import TerminalCore
import Widgets

extension LineItemsPanel {
    /// Where the list's parts go: the count and total, then the table with its header.
    struct ListLayout {
        let summary: Rect
        let table: Rect

        init(area: Rect) {
            let parts = area.splitRows([.fixed(1), .fill])
            summary = parts[0]
            table = parts[1]
        }

        /// Line items shown at once: the page size.
        var visibleRows: Int { max(1, Table.visibleRowCount(in: table)) }
    }

    /// Draws the count and total of the line items and the rows on screen (only those are
    /// formatted).
    static func drawList(_ state: AppState, into canvas: inout Canvas, area: Rect) {
        let list = state.lineItems
        let layout = ListLayout(area: area)
        let currency = state.store.ledger.currency
        let measures = list.measures
        let count = MoneyText.grouped(UInt64(measures.count), decimals: 0) + (measures.count == 1 ? " line item" : " line items")
        var x = layout.summary.x + 1
        x += canvas.put(count, x: x, y: layout.summary.y, maxWidth: layout.summary.maxX - x, style: Style(.header, bold: true))
        x += canvas.put(" · total " + MoneyText.format(measures.sum, currency: currency), x: x, y: layout.summary.y, maxWidth: layout.summary.maxX - x - 1, style: .header, overflow: .ellipsis)
        if let scope = state.findingScope, let result = state.audit?.result(scope.rule), result.findings.indices.contains(scope.index) {
            let finding = "  " + scope.rule.label + ": " + result.findings[scope.index].detail
            canvas.put(finding, x: x, y: layout.summary.y, maxWidth: layout.summary.maxX - x - 1, style: .warning, overflow: .ellipsis)
        }

        let extremes = measures.count > 0 ? [measures.minimum, measures.maximum] : [0]
        let amountWidth = min(16, max(8, extremes.map { canvas.displayWidth(of: MoneyText.format($0, currency: currency)) }.max() ?? 8))
        let amountStyle = MoneyText.style(fitting: extremes, columns: amountWidth, currency: currency)
        let wide = area.width >= 100
        var columns: [(LineItemList.SortColumn?, TableColumn)] = [
            (.date, TableColumn("Date", width: .fixed(10))),
            (.vendor, TableColumn("Vendor", width: .flex(3))),
        ]
        if wide { columns.append((.category, TableColumn("Category", width: .flex(2)))) }
        columns += [
            (nil, TableColumn("Description", width: .flex(4))),
            (.amount, TableColumn("Amount", width: .fixed(amountWidth), alignment: .right)),
            (nil, TableColumn("Flags", width: .fixed(wide ? 11 : 5))),
        ]
        let window = state.selections[.lineItems, default: SelectionState()].clamped(count: list.rows.count, visibleRows: layout.visibleRows)
        let shown = list.rows[window.offset..<min(list.rows.count, window.offset + layout.visibleRows)]
        let ledger = state.store.ledger
        let items = ledger.lineItems
        let categories = ledger.classification(.category)
        let rows: [[TableCell]] = shown.map { row in
            let item = Int(row)
            let flags = LineItemFlag.flags(of: item, in: items, audit: state.audit)
            var cells = [TableCell(items.date(item).description), TableCell(ledger.vendors.names[Int(items.vendors[item])])]
            if wide { cells.append(TableCell(categories.names[Int(items.categories[item])])) }
            cells += [
                TableCell(items.descriptions[item]),
                TableCell(MoneyText.format(items.amounts[item], currency: currency, style: amountStyle), style: items.amounts[item] < 0 ? .warning : .normal),
                TableCell(LineItemFlag.labels(flags), style: flags.first?.style ?? .normal),
            ]
            return cells
        }
        let sort = state.sort(for: .lineItems).flatMap { sort in
            columns.firstIndex { $0.0?.rawValue == sort.column }.map { TableSort(column: $0, direction: sort.direction) }
        }
        Table(
            columns: columns.map(\.1), rows: rows, state: SelectionState(selected: window.selected.map { $0 - window.offset }),
            sort: sort, emptyMessage: "No line items here in \(ledger.calendar.label(of: state.fiscalYear))"
        ).render(into: &canvas, area: layout.table)
    }
}
