import Analytics
import LedgerKit
import TerminalCore
import Widgets

extension OverviewPanel {
    /// The spending box: a bar per month of the fiscal year (months still to come shown
    /// muted), month names beneath, and at the right the year's paid so far beside the same
    /// months of the year before.
    static func renderSpending(_ overview: OverviewReport, currency: Currency, into canvas: inout Canvas, box: Rect) {
        let series = overview.series
        let inside = canvas.drawBox(box, title: "Paid by month · FY\(overview.fiscalYear)")
        guard inside.height >= 2, inside.width > 4 else { return }
        let content = inside.inset(left: 1, right: 1)
        let months = series.current.amounts.count
        let columnWidth = max(4, min(8, (content.width * 5 / 8) / max(1, months)))
        let chartWidth = columnWidth * months
        let barWidth = columnWidth - 1
        let bars = content.splitBottom(1)
        let values: [Double] = series.current.amounts.flatMap { amount -> [Double] in
            Array(repeating: Double(amount), count: barWidth) + [0]
        }
        Sparkline(values: values).render(into: &canvas, area: Rect(x: content.x, y: bars.rest.y, width: chartWidth, height: bars.rest.height))
        for (index, period) in series.current.periods.enumerated() {
            let name = monthNames[period.start.components.month - 1]
            let style: Style = index < series.elapsedPeriods ? .normal : .muted
            canvas.put(name, x: content.x + index * columnWidth, y: bars.bottom.y, maxWidth: barWidth, style: style)
        }
        renderSpendingTotals(series, currency: currency, into: &canvas, area: content.inset(left: chartWidth + 1))
    }

    /// The year's paid so far beside the same months of the year before, in the bottom two
    /// rows of `area`: with amounts for both years when there is room (40 columns), else
    /// `FY2025 so far  $911.0M` over `+3.5% vs same months FY2024`.
    private static func renderSpendingTotals(_ series: SpendingSeries, currency: Currency, into canvas: inout Canvas, area: Rect) {
        guard area.width >= 12, area.height >= 2 else { return }
        let elapsed = min(series.elapsedPeriods, series.current.amounts.count)
        let current = elapsed > 0 ? series.current.cumulative[elapsed - 1] : 0
        let previous = elapsed > 0 ? series.previous.cumulative[elapsed - 1] : 0
        let change = PercentText.format(previous == 0 ? nil : Double(current - previous) / Double(previous.magnitude), signed: true)
        let wide = area.width >= 40
        let amountWidth = wide ? 18 : 9
        let style = MoneyText.style(fitting: [current, previous], columns: amountWidth, currency: currency)
        let top = area.maxY - 2
        let currentLabel = "FY\(series.current.fiscalYear) " + (elapsed == series.current.amounts.count ? "whole year" : "so far")
        let previousLabel = "FY\(series.previous.fiscalYear) same months"
        let amountX = wide ? area.maxX - 8 - amountWidth : area.maxX - amountWidth
        canvas.put(currentLabel, x: area.x, y: top, maxWidth: amountX - area.x - 1, style: .header, overflow: .ellipsis)
        canvas.putAligned(MoneyText.format(current, currency: currency, style: style), .right, x: amountX, y: top, width: amountWidth, style: Style(.accent, bold: true))
        guard wide else {
            canvas.put(change + " vs same months FY\(series.previous.fiscalYear)", x: area.x, y: top + 1, maxWidth: area.width, style: .muted, overflow: .ellipsis)
            return
        }
        canvas.put(previousLabel, x: area.x, y: top + 1, maxWidth: amountX - area.x - 1, style: .header, overflow: .ellipsis)
        canvas.putAligned(MoneyText.format(previous, currency: currency, style: style), .right, x: amountX, y: top + 1, width: amountWidth)
        canvas.putAligned(change, .right, x: area.maxX - 7, y: top + 1, width: 7, style: .muted)
    }

    /// English month abbreviations, as the ledger format's period names are.
    static let monthNames = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
}
