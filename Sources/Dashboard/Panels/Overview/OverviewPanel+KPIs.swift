import Analytics
import TerminalCore

extension OverviewPanel {
    /// The KPIs box: how many KPIs are off track, at risk and on track (worst first, so a
    /// narrow box keeps the bad news), then the worst KPIs with their latest value against
    /// the target, as many as fit.
    static func renderKPIs(_ overview: OverviewReport, into canvas: inout Canvas, box: Rect) {
        let inside = canvas.drawBox(box, title: "KPIs")
        guard !inside.isEmpty else { return }
        let content = inside.inset(left: 1, right: 1)
        let counts = overview.kpis.counts
        guard counts.total > 0 else {
            canvas.put("No KPIs published for this scope", x: content.x, y: content.y, maxWidth: content.width, style: .muted, overflow: .ellipsis)
            return
        }
        var x = content.x
        var parts: [(String, Style)] = [
            ("✖ off \(counts.offTrack)", .bad), ("▲ at risk \(counts.atRisk)", .warning), ("● on track \(counts.onTrack)", .ok),
        ]
        let unjudged = counts.noTarget + counts.noData
        if unjudged > 0 {
            parts.append(("○ not judged \(unjudged)", .muted))
        }
        let gap = parts.map { canvas.displayWidth(of: $0.0) + 2 }.reduce(0, +) - 2 <= content.width ? 2 : 1
        for (text, style) in parts where x + canvas.displayWidth(of: text) <= content.maxX {
            x += canvas.put(text, x: x, y: content.y, style: style) + gap
        }
        for (offset, report) in overview.worstKPIs.prefix(content.height - 1).enumerated() {
            let y = content.y + 1 + offset
            let style: Style = report.status == .offTrack ? .bad : .warning
            canvas.put(report.status == .offTrack ? "✖" : "▲", x: content.x, y: y, style: style)
            let figure = kpiFigure(report)
            let figureWidth = min(canvas.displayWidth(of: figure), max(0, content.width - 9))
            canvas.putAligned(figure, .right, x: content.maxX - figureWidth, y: y, width: figureWidth)
            canvas.put(report.kpi.name, x: content.x + 2, y: y, maxWidth: content.width - figureWidth - 3, overflow: .ellipsis)
        }
    }

    /// `12.4 / 10 s`, `61 / 90%`: the latest value against its target, the unit once.
    static func kpiFigure(_ report: KPIReport) -> String {
        guard let latest = report.latest else { return "no data" }
        let unit = report.kpi.unit
        let suffix = unit.isEmpty ? "" : unit == "%" ? "%" : " " + unit
        guard let target = report.target else { return kpiNumber(latest.value) + suffix }
        return kpiNumber(latest.value) + " / " + kpiNumber(target) + suffix
    }

    /// A KPI value with at most one decimal, trailing `.0` dropped, thousands grouped:
    /// `12.4`, `90`, `1,250`.
    static func kpiNumber(_ value: Double) -> String {
        guard value.isFinite else { return "–" }
        let tenths = Int64((value * 10).rounded())
        let magnitude = tenths.magnitude
        let whole = MoneyText.grouped(magnitude / 10, decimals: 0)
        let fraction = magnitude % 10 == 0 ? "" : ".\(magnitude % 10)"
        return (tenths < 0 ? "-" : "") + whole + fraction
    }
}
