import Analytics
import LedgerKit
import TerminalCore
import Widgets

extension SpendingPanel {
    /// The bars box: a bar per period of the year beside a shaded one for the same period of
    /// the year before, the periods beneath (those still to come muted), and the year so far
    /// against the same periods of the year before; a wide box's title gives the amount of a
    /// full-height bar.
    static func renderBars(_ report: SpendingReport, calendar: FiscalCalendar, currency: Currency, into canvas: inout Canvas, box: Rect) {
        let series = report.series
        let solid = canvas.glyphs == .unicode ? "█" : "#"
        let shade = canvas.glyphs == .unicode ? "░" : "|"
        let elapsed = series.elapsedPeriods
        let current = series.current.amounts.enumerated().map { $0.offset < elapsed ? Double($0.element) : 0 }
        let top = max(series.previous.amounts.max() ?? 0, series.current.amounts.prefix(elapsed).max() ?? 0)
        var title = "Paid by \(series.bucket == .fiscalYear ? "year" : bucketName(series.bucket)) \(solid) FY\(series.current.fiscalYear) \(shade) FY\(series.previous.fiscalYear)"
        if box.width >= 64 {
            title += " · full height " + MoneyText.format(top, currency: currency, style: MoneyText.style(fitting: [top], columns: 18, currency: currency))
        }
        let inside = canvas.drawBox(box, title: title)
        guard inside.height >= 3, inside.width > 4 else { return }
        let content = inside.inset(left: 1, right: 1)
        let periods = series.current.periods.count
        let groupWidth = max(1, min(12, content.width / max(1, periods)))
        let chart = ColumnChart(
            series: [
                ColumnChart.Series(values: series.previous.amounts.map(Double.init), style: .muted, fill: .shaded),
                ColumnChart.Series(values: current, style: .accent),
            ],
            groupWidth: groupWidth)
        let rows = content.splitRows([.fill, .fixed(1), .fixed(1)])
        chart.render(into: &canvas, area: rows[0])
        let labelWidth = series.current.periods.map { canvas.displayWidth(of: periodLabel($0)) }.max() ?? 0
        let every = max(1, (labelWidth + 1 + groupWidth - 1) / groupWidth)
        for (index, period) in series.current.periods.enumerated() where index % every == 0 {
            let x = rows[1].x + index * groupWidth
            canvas.put(periodLabel(period), x: x, y: rows[1].y, maxWidth: rows[1].maxX - x, style: index < elapsed ? .normal : .muted)
        }
        renderSoFar(series, currency: currency, into: &canvas, row: rows[2])
    }

    /// `so far $838.3M  +5.8% vs FY2024`: the year's spending to date against the same
    /// periods of the year before (wide rows show both amounts). When the last period has
    /// only partly run (a fiscal year, a quarter, a month before its end) the change would
    /// compare part of a period with all of it, so only the amounts are shown.
    private static func renderSoFar(_ series: SpendingSeries, currency: Currency, into canvas: inout Canvas, row: Rect) {
        let elapsed = min(series.elapsedPeriods, series.current.amounts.count)
        let current = elapsed > 0 ? series.current.cumulative[elapsed - 1] : 0
        let previous = elapsed > 0 ? series.previous.cumulative[elapsed - 1] : 0
        let whole = elapsed == 0 || series.asOf >= series.current.periods[elapsed - 1].end
        let change = PercentText.format(previous == 0 ? nil : Double(current - previous) / Double(previous.magnitude), signed: true)
        let wide = row.width >= 60
        let style = MoneyText.style(fitting: [current, previous], columns: wide ? 18 : 9, currency: currency)
        let periods = series.bucket == .fiscalYear ? "year" : "\(bucketName(series.bucket))s"
        let label = (wide ? "FY\(series.current.fiscalYear) " : "") + (elapsed == series.current.amounts.count && whole ? "year " : "so far ")
        var x = row.x + canvas.put(label, x: row.x, y: row.y, maxWidth: row.width, style: .header)
        x += canvas.put(MoneyText.format(current, currency: currency, style: style), x: x, y: row.y, maxWidth: row.maxX - x, style: Style(.accent, bold: true))
        let previousText = MoneyText.format(previous, currency: currency, style: style)
        let versus = switch (wide, whole) {
        case (true, true): "  FY\(series.previous.fiscalYear) same \(periods) \(previousText)  \(change)"
        case (true, false): "  FY\(series.previous.fiscalYear) whole \(periods) \(previousText)"
        case (false, true): "  \(change) vs FY\(series.previous.fiscalYear)"
        case (false, false): "  FY\(series.previous.fiscalYear) \(previousText)"
        }
        canvas.put(versus, x: x, y: row.y, maxWidth: row.maxX - x, style: .muted, overflow: .ellipsis)
    }

    /// The cumulative box: the year's running total so far (solid), the plan (dotted) and the
    /// year before (muted) from the start of the year to its end, the top of the scale at the
    /// top left, and the total against the plan by the as-of date.
    static func renderCumulative(_ report: SpendingReport, currency: Currency, into canvas: inout Canvas, box: Rect) {
        let series = report.series
        let revised = report.plan.map { plan in
            box.width >= 80 ? " · revised " + MoneyText.format(plan.revised, currency: currency, style: MoneyText.style(fitting: [plan.revised], columns: 18, currency: currency)) : ""
        }
        let inside = canvas.drawBox(box, title: revised.map { "Cumulative paid against plan" + $0 } ?? "Cumulative paid")
        guard inside.height >= 3, inside.width > 4 else { return }
        let content = inside.inset(left: 1, right: 1)
        let rows = content.splitRows([.fill, .fixed(1), .fixed(1)])
        let elapsed = min(series.elapsedPeriods, series.current.amounts.count)
        let previous: [Double?] = [0] + series.previous.cumulative.map { Double($0) }
        let current: [Double?] = [0] + series.current.cumulative.enumerated().map { $0.offset < elapsed ? Double($0.element) : nil }
        var lines = [LineChart.Series(values: previous, style: .muted, asciiMark: ".")]
        if let plan = report.plan {
            lines.append(LineChart.Series(values: [0] + plan.cumulative.map { Double($0) }, style: .warning, dotted: true, asciiMark: "-"))
        }
        lines.append(LineChart.Series(values: current, style: .accent, asciiMark: "*"))
        let top = (series.previous.cumulative + series.current.cumulative.prefix(elapsed) + (report.plan?.cumulative ?? [])).max() ?? 0
        LineChart(series: lines, pointCount: series.current.periods.count + 1, maximum: Double(max(top, 1))).render(into: &canvas, area: rows[0])
        canvas.put(MoneyText.format(top, currency: currency, style: MoneyText.style(fitting: [top], columns: 7, currency: currency)),
                   x: rows[0].x, y: rows[0].y, maxWidth: rows[0].width, style: .muted)
        renderAxis(series, hasPlan: report.plan != nil, into: &canvas, row: rows[1])
        renderAgainstPlan(report, currency: currency, into: &canvas, row: rows[2])
    }

    /// The year's first month at the left, the legend in the middle, its last at the right.
    private static func renderAxis(_ series: SpendingSeries, hasPlan: Bool, into canvas: inout Canvas, row: Rect) {
        guard let first = series.current.periods.first, let last = series.current.periods.last else { return }
        let start = OverviewPanel.monthNames[first.start.components.month - 1]
        let end = OverviewPanel.monthNames[last.end.components.month - 1]
        canvas.put(start, x: row.x, y: row.y, maxWidth: row.width)
        let endWidth = canvas.displayWidth(of: end)
        canvas.putAligned(end, .right, x: row.maxX - endWidth, y: row.y, width: endWidth)
        let legend = [("FY\(series.current.fiscalYear)", Style.accent)] + (hasPlan ? [("plan", Style.warning)] : [])
            + [("FY\(series.previous.fiscalYear)", Style.muted)]
        let legendWidth = legend.map { canvas.displayWidth(of: $0.0) + 1 }.reduce(0, +) - 1
        var x = row.x + (row.width - legendWidth) / 2
        guard x > row.x + canvas.displayWidth(of: start), x + legendWidth < row.maxX - endWidth else { return }
        for (word, style) in legend {
            x += canvas.put(word, x: x, y: row.y, style: style) + 1
        }
    }

    /// `plan $918.1M  -$79.8M behind` (wide rows first say what was paid), or that there is
    /// no plan.
    private static func renderAgainstPlan(_ report: SpendingReport, currency: Currency, into canvas: inout Canvas, row: Rect) {
        let elapsed = min(report.series.elapsedPeriods, report.series.current.amounts.count)
        let paid = elapsed > 0 ? report.series.current.cumulative[elapsed - 1] : 0
        let wide = row.width >= 60
        guard let plan = report.plan else {
            let style = MoneyText.style(fitting: [paid], columns: wide ? 18 : 9, currency: currency)
            canvas.put("paid \(MoneyText.format(paid, currency: currency, style: style))  no plan for this scope",
                       x: row.x, y: row.y, maxWidth: row.width, style: .muted, overflow: .ellipsis)
            return
        }
        let ahead = paid - plan.toDate
        let style = MoneyText.style(fitting: [paid, plan.toDate], columns: wide ? 18 : 9, currency: currency)
        let aheadStyle = MoneyText.style(fitting: [ahead], columns: wide ? 18 : 9, currency: currency, signed: true)
        // Narrow rows leave out paid: the bars box beside shows it.
        let parts = (wide ? [("paid " + MoneyText.format(paid, currency: currency, style: style), Style.accent)] : []) + [
            ("plan " + MoneyText.format(plan.toDate, currency: currency, style: style), Style.warning),
            (MoneyText.format(ahead, currency: currency, style: aheadStyle, signed: true) + (ahead < 0 ? " behind" : " ahead"),
             ahead < 0 ? Style.bad : Style.ok),
        ]
        var x = row.x
        for (text, style) in parts where x < row.maxX {
            x += canvas.put(text, x: x, y: row.y, maxWidth: row.maxX - x, style: style, overflow: .ellipsis) + 2
        }
    }

    /// `Jul`, `Q1`, `FY2025`: a period as the chart's axis names it.
    static func periodLabel(_ period: Period) -> String {
        switch period.bucket {
        case .month: OverviewPanel.monthNames[period.start.components.month - 1]
        case .quarter: "Q\(period.index)"
        case .fiscalYear: "FY\(period.fiscalYear)"
        }
    }
}
