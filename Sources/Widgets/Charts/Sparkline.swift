import TerminalCore

/// A compact chart of a series: one column per value, bar heights in eighths of a row
/// (`▁▂▃▄▅▆▇█`; ASCII `_.:-=+*#`).
///
/// Values are scaled so that ``maximum`` (by default the largest value) fills the area's
/// height. Zero, negative and non-finite values draw nothing; any positive value draws at
/// least the lowest level, so a small amount never looks like none. Values beyond the
/// area's width are not drawn: pass the window to show.
///
/// ```swift
/// Sparkline(values: [0, 1, 2, 3, 4, 5, 6, 7, 8]).render(into: &canvas, area: row)
/// // " ▁▂▃▄▅▆▇█"
/// ```
public struct Sparkline: Sendable {
    /// The series, drawn left to right from the area's first column.
    public var values: [Double]
    /// The value that fills the whole height; the largest value when `nil`.
    public var maximum: Double?
    /// Style of the bars.
    public var style: Style

    /// Creates a sparkline.
    public init(values: [Double], maximum: Double? = nil, style: Style = .accent) {
        self.values = values
        self.maximum = maximum
        self.style = style
    }

    /// Draws the bars bottom-up in `area`; cells without a bar are blanked.
    public func render(into canvas: inout Canvas, area: Rect) {
        let area = area.intersection(canvas.bounds)
        guard !area.isEmpty else { return }
        canvas.fill(area)
        let top = maximum ?? values.filter(\.isFinite).max() ?? 0
        guard top > 0, top.isFinite else { return }
        let levels = canvas.glyphs.sparkLevels
        let eighthsHigh = area.height * 8
        for (column, value) in values.prefix(area.width).enumerated() {
            guard value.isFinite, value > 0 else { continue }
            let scaled = (min(value, top) / top * Double(eighthsHigh)).rounded()
            var remaining = max(1, Int(scaled))
            for y in stride(from: area.maxY - 1, through: area.y, by: -1) where remaining > 0 {
                let level = min(remaining, 8)
                canvas.put(levels[level - 1], x: area.x + column, y: y, maxWidth: 1, style: style)
                remaining -= level
            }
        }
    }
}
