import Analytics
import LedgerKit
import TerminalCore
import Widgets

extension KPIsPanel {
    /// One KPI: what it is and where it stands, its observations drawn against its target
    /// (and baseline), and its period table, newest first.
    static func renderDetail(_ state: AppState, _ report: KPIReport, organisation: String, into canvas: inout Canvas, area: Rect) {
        let layout = KPIDetailLayout(area: area)
        renderSummary(report, organisation: organisation, currency: state.store.ledger.currency, into: &canvas, box: layout.summary)
        renderChart(report, into: &canvas, box: layout.chart)
        renderPeriods(state, report, into: &canvas, box: layout.periods)
    }

    /// `✖ off track · latest 58.4% (2025-03) · target 90% · baseline 62%` over
    /// `Public Works · higher is better · monthly · trend worsening · cost per unit $412`.
    private static func renderSummary(_ report: KPIReport, organisation: String, currency: Currency, into canvas: inout Canvas, box: Rect) {
        let inside = canvas.drawBox(box, title: report.kpi.name)
        guard !inside.isEmpty else { return }
        let content = inside.inset(left: 1, right: 1)
        let kpi = report.kpi
        let status = badge(report.status, glyphs: canvas.glyphs)
        var x = content.x + canvas.put("\(status.symbol) \(status.words)", x: content.x, y: content.y, maxWidth: content.width, style: Style(status.style.role, bold: true))
        var figures = ["latest " + valueText(report.latest?.value, unit: kpi.unit) + (report.latest.map { " (\($0.period))" } ?? "")]
        figures.append("target " + (report.target.map { valueText($0, unit: kpi.unit) } ?? "none"))
        if let baseline = report.baseline { figures.append("baseline \(valueText(baseline.value, unit: kpi.unit)) (\(baseline.period))") }
        x += canvas.put(" · " + figures.joined(separator: " · "), x: x, y: content.y, maxWidth: content.maxX - x, overflow: .ellipsis)
        guard content.height > 1 else { return }
        var context = [organisation, kpi.direction == .higher ? "higher is better" : "lower is better", kpi.frequency.rawValue]
        if let trend = report.trend { context.append("trend \(trend.direction.rawValue)") }
        if let cost = report.latestCostPerUnit {
            context.append("cost per unit " + MoneyText.format(cost, currency: currency, style: .whole))
        }
        canvas.put(context.joined(separator: " · "), x: content.x, y: content.y + 1, maxWidth: content.width, style: .muted, overflow: .ellipsis)
    }

    /// The observations (solid), the target of each period (dotted) and the baseline (dotted,
    /// muted), the scale's top and bottom at the left, the first and last period beneath.
    private static func renderChart(_ report: KPIReport, into canvas: inout Canvas, box: Rect) {
        let inside = canvas.drawBox(box, title: "Observations against target")
        guard inside.height >= 2, inside.width > 4 else { return }
        let content = inside.inset(left: 1, right: 1)
        let periods = report.periods
        guard !periods.isEmpty else {
            canvas.put("No observations yet", x: content.x, y: content.y, maxWidth: content.width, style: .muted)
            return
        }
        let targets = Dictionary(report.kpi.targets.map { ($0.period, $0.value) }, uniquingKeysWith: { first, _ in first })
        // A single observation is drawn as a level across the chart, as its target and baseline are.
        let drawn = periods.count == 1 ? [periods[0], periods[0]] : periods
        let values = drawn.map(\.value)
        let targetValues = drawn.map { targets[$0.period] }
        let baseline = report.baseline?.value
        let all = values + targetValues.compactMap { $0 } + (baseline.map { [$0] } ?? [])
        let low = all.min() ?? 0
        let high = all.max() ?? 0
        let pad = high > low ? (high - low) / 10 : max(1, abs(high) / 10)
        var lines: [LineChart.Series] = []
        if let baseline { lines.append(LineChart.Series(values: drawn.map { _ in baseline }, style: .muted, dotted: true, asciiMark: ".")) }
        lines.append(LineChart.Series(values: targetValues, style: .warning, dotted: true, asciiMark: "-"))
        lines.append(LineChart.Series(values: values, style: .accent, asciiMark: "*"))
        let rows = content.splitRows([.fill, .fixed(1)])
        let scale = [OverviewPanel.kpiNumber(high + pad), OverviewPanel.kpiNumber(low - pad)]
        let gutter = (scale.map { canvas.displayWidth(of: $0) }.max() ?? 0) + 1
        LineChart(series: lines, pointCount: drawn.count, minimum: low - pad, maximum: high + pad)
            .render(into: &canvas, area: rows[0].inset(left: gutter))
        canvas.putAligned(scale[0], .right, x: rows[0].x, y: rows[0].y, width: gutter - 1, style: .muted)
        if rows[0].height > 1 { canvas.putAligned(scale[1], .right, x: rows[0].x, y: rows[0].maxY - 1, width: gutter - 1, style: .muted) }
        let first = periods[0].period.description
        let last = periods[periods.count - 1].period.description
        canvas.put(first, x: rows[1].x, y: rows[1].y, maxWidth: rows[1].width)
        let legend = "value · target" + (baseline == nil ? "" : " · baseline")
        canvas.putAligned(legend, .center, x: rows[1].x + 10, y: rows[1].y, width: max(0, rows[1].width - 20), style: .muted)
        canvas.putAligned(last, .right, x: rows[1].maxX - 10, y: rows[1].y, width: 10)
    }

    /// The period table, newest first: period, value, target, status, spending, cost per unit.
    private static func renderPeriods(_ state: AppState, _ report: KPIReport, into canvas: inout Canvas, box: Rect) {
        let inside = canvas.drawBox(box, title: "Periods · \(report.periods.count)").inset(right: 1)
        guard !inside.isEmpty else { return }
        let currency = state.store.ledger.currency
        let rows = periodRows(report, rules: state.overview.kpis.rules)
        let moneyWidth = inside.width >= 100 ? 17 : 10
        let style = MoneyText.style(fitting: rows.flatMap { [$0.spending, $0.costPerUnit].compactMap { $0 } }, columns: moneyWidth, currency: currency)
        let columns = [
            TableColumn("Period", width: .fixed(9)), TableColumn("Value", width: .fixed(14), alignment: .right),
            TableColumn("Target", width: .fixed(14), alignment: .right), TableColumn("Status", width: .fixed(11)),
            TableColumn("Spending", width: .fixed(moneyWidth), alignment: .right),
            TableColumn("Cost/unit", width: .fixed(moneyWidth), alignment: .right),
        ]
        let cells: [[TableCell]] = rows.map { row in
            let status = row.status.map { badge($0, glyphs: canvas.glyphs) }
            return [
                TableCell(row.period.description), TableCell(valueText(row.value, unit: report.kpi.unit)),
                TableCell(row.target.map { valueText($0, unit: report.kpi.unit) } ?? "–", style: .muted),
                TableCell(status.map { "\($0.symbol) \($0.words)" } ?? "", style: status?.style ?? .normal),
                TableCell(MoneyText.format(row.spending, currency: currency, style: style)),
                TableCell(row.costPerUnit.map { MoneyText.format($0, currency: currency, style: style) } ?? "–"),
            ]
        }
        Table(columns: columns, rows: cells, state: state.selections[.kpis] ?? SelectionState(), emptyMessage: "No observations yet")
            .render(into: &canvas, area: inside)
    }

    /// One observed period of a KPI with its target and status, as the period table shows it.
    struct PeriodRow {
        let period: KPIPeriod
        let value: Double
        let target: Double?
        let status: KPIStatus?
        let spending: Int64
        let costPerUnit: Int64?
    }

    /// The observed periods of `report`, newest first, each judged against its own target by
    /// `rules` (those the report was judged by) on the KPI's scale as the report reads it.
    static func periodRows(_ report: KPIReport, rules: KPIRules) -> [PeriodRow] {
        let kpi = report.kpi
        let scale = (report.periods.map(\.value) + kpi.targets.map(\.value) + (kpi.baseline.map { [$0.value] } ?? []))
            .reduce(0) { max($0, abs($1)) }
        return report.periods.reversed().map { period in
            let target = kpi.targets.first { $0.period == period.period }?.value
            return PeriodRow(
                period: period.period, value: period.value, target: target,
                status: target.map { rules.status(of: period.value, target: $0, direction: kpi.direction, scale: scale) },
                spending: period.spending, costPerUnit: period.costPerUnit)
        }
    }
}

/// Where the KPI detail's three boxes go: the summary (two lines), the chart and the period
/// table sharing the rest, the table a little larger.
struct KPIDetailLayout {
    let summary: Rect
    let chart: Rect
    let periods: Rect

    init(area: Rect) {
        let parts = area.splitRows([.fixed(4), .ratio(9, 20), .fill])
        summary = parts[0]
        chart = parts[1]
        periods = parts[2]
    }

    /// Period rows shown at once: the table box's inside minus its header row.
    var visiblePeriodRows: Int { max(1, periods.height - 3) }
}
