import Analytics
import LedgerKit
import TerminalCore
import Widgets

extension KPIsPanel {
    /// The list of KPIs in a box titled with the status counts: badge, name, latest value
    /// with unit, target, cost per unit and a sparkline of the latest observations; on wide
    /// screens (120+) also the organisation, the status in words and the latest period's
    /// spending.
    static func renderList(_ state: AppState, _ list: KPIList, into canvas: inout Canvas, area: Rect) {
        let counts = list.counts
        let glyphs = canvas.glyphs
        var title = "KPIs · \(badge(.offTrack, glyphs: glyphs).symbol) off \(counts.offTrack)"
            + "  \(badge(.atRisk, glyphs: glyphs).symbol) at risk \(counts.atRisk)"
            + "  \(badge(.onTrack, glyphs: glyphs).symbol) on track \(counts.onTrack)"
        if counts.noTarget + counts.noData > 0 { title += "  not judged \(counts.noTarget + counts.noData)" }
        let inside = canvas.drawBox(area, title: title).inset(right: 1)
        guard !inside.isEmpty else { return }
        let currency = state.store.ledger.currency
        let wide = inside.width >= 120
        let moneyWidth = wide ? 14 : 9
        let trendWidth = wide ? 12 : 6
        let spendingStyle = MoneyText.style(fitting: list.reports.compactMap { $0.periods.last?.spending }, columns: moneyWidth, currency: currency)
        var columns = [TableColumn("", width: .fixed(1)), TableColumn("KPI", width: .flex(3))]
        if wide { columns += [TableColumn("Organisation", width: .flex(2)), TableColumn("Status", width: .fixed(9))] }
        columns += [
            TableColumn("Latest", width: .fixed(wide ? 16 : 13), alignment: .right),
            TableColumn("Target", width: .fixed(wide ? 10 : 8), alignment: .right),
        ]
        if wide { columns.append(TableColumn("Spending", width: .fixed(moneyWidth), alignment: .right)) }
        columns += [
            TableColumn("Cost/unit", width: .fixed(moneyWidth), alignment: .right),
            TableColumn("Trend", width: .fixed(trendWidth), alignment: .right),
        ]
        let rows: [[TableCell]] = list.reports.indices.map { index in
            let report = list.reports[index]
            let status = badge(report.status, glyphs: glyphs)
            var cells = [TableCell(status.symbol, style: status.style), TableCell(report.kpi.name)]
            if wide { cells += [TableCell(list.organisations[index]), TableCell(status.words, style: status.style)] }
            cells += [
                TableCell(valueText(report.latest?.value, unit: report.kpi.unit)),
                TableCell(report.target.map(OverviewPanel.kpiNumber) ?? "–", style: .muted),
            ]
            if wide { cells.append(TableCell(report.periods.last.map { MoneyText.format($0.spending, currency: currency, style: spendingStyle) } ?? "–")) }
            // Costs per unit differ by orders of magnitude between KPIs: each in its own most precise form.
            let cost = report.latestCostPerUnit.map { MoneyText.format($0, currency: currency, style: MoneyText.style(fitting: [$0], columns: moneyWidth, currency: currency)) }
            cells += [TableCell(cost ?? "–"), ""]
            return cells
        }
        let sortColumn: [Int] = wide ? [0, 1, 2, columns.count - 2] : [0, 1, -1, columns.count - 2]
        let sort = state.sort(for: .kpis).flatMap { sort in
            sortColumn[sort.column] < 0 ? nil : TableSort(column: sortColumn[sort.column], direction: sort.direction)
        }
        let selection = state.selections[.kpis] ?? SelectionState()
        Table(columns: columns, rows: rows, state: selection, sort: sort, emptyMessage: "No KPIs published for this scope")
            .render(into: &canvas, area: inside)
        renderTrends(list, selection: selection, into: &canvas, column: Rect(x: inside.maxX - trendWidth, y: inside.y + 1, width: trendWidth, height: inside.height - 1))
    }

    /// A sparkline of each visible row's latest observations in the trend column, scaled
    /// between the lowest and highest of them so that small changes show.
    private static func renderTrends(_ list: KPIList, selection: SelectionState, into canvas: inout Canvas, column: Rect) {
        guard column.height > 0, !list.reports.isEmpty else { return }
        let window = selection.clamped(count: list.reports.count, visibleRows: column.height)
        for line in 0..<min(column.height, list.reports.count - window.offset) {
            let index = window.offset + line
            let values = list.reports[index].periods.suffix(column.width).map(\.value)
            let cell = Rect(x: column.maxX - values.count, y: column.y + line, width: values.count, height: 1)
            let selected = index == window.selected
            Sparkline(values: trendHeights(values), maximum: 8, style: selected ? .selection : .accent).render(into: &canvas, area: cell)
            if selected { canvas.setStyle(.selection, in: cell) }
        }
    }

    /// `values` as heights from 1 to 8 between their lowest and highest (all 4 when flat).
    static func trendHeights(_ values: [Double]) -> [Double] {
        guard let low = values.min(), let high = values.max(), high > low else { return values.map { _ in 4 } }
        return values.map { 1 + ($0 - low) / (high - low) * 7 }
    }
}
