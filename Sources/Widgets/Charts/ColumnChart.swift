import TerminalCore

/// Vertical bars in groups, one group per period and one bar per series in each group, such
/// as this year's spending per month beside last year's.
///
/// Every series shares one scale: ``maximum`` (by default the largest value) fills the
/// area's height. A ``Fill/solid`` bar has eighth-of-a-row precision (`▁▂▃▄▅▆▇█`; ASCII
/// `_.:-=+*#`); a ``Fill/shaded`` bar, for a series in the background, is made of whole
/// cells (`░`, ASCII `|`). Zero, negative and non-finite values draw nothing; any positive
/// value draws at least the lowest level.
///
/// A group is ``groupWidth`` columns: one blank column at its right when there is room for
/// it and a column per series, the rest shared by the series, the last getting what does not
/// divide evenly. Groups beyond the area's width are not drawn.
///
/// ```swift
/// ColumnChart(series: [.init(values: [4, 8], style: .muted, fill: .shaded),
///                      .init(values: [8, 6])], groupWidth: 3)
///     .render(into: &canvas, area: Rect(x: 0, y: 0, width: 6, height: 1))
/// // "░█ ░▆ "
/// ```
public struct ColumnChart: Sendable {
    /// How a series' bars are drawn.
    public enum Fill: Hashable, Sendable {
        /// Block characters in eighths of a row.
        case solid
        /// Whole cells of a light shade, for a series in the background.
        case shaded
    }

    /// One series: a value per group.
    public struct Series: Sendable {
        /// The values, one per group, left to right.
        public var values: [Double]
        /// Style of the bars.
        public var style: Style
        /// How the bars are drawn.
        public var fill: Fill

        /// Creates a series.
        public init(values: [Double], style: Style = .accent, fill: Fill = .solid) {
            self.values = values
            self.style = style
            self.fill = fill
        }
    }

    /// The series, drawn left to right within each group.
    public var series: [Series]
    /// Columns per group, the gap included.
    public var groupWidth: Int
    /// The value that fills the whole height; the largest value of any series when `nil`.
    public var maximum: Double?

    /// Creates a chart.
    public init(series: [Series], groupWidth: Int, maximum: Double? = nil) {
        self.series = series
        self.groupWidth = groupWidth
        self.maximum = maximum
    }

    /// The width of each series' bars in a group, left to right.
    public var barWidths: [Int] {
        guard !series.isEmpty, groupWidth > 0 else { return [] }
        let usable = groupWidth > series.count ? groupWidth - 1 : groupWidth
        let share = usable / series.count
        var widths = Array(repeating: share, count: series.count)
        widths[widths.count - 1] += usable - share * series.count
        return widths
    }

    /// Draws the bars bottom-up in `area`; cells without a bar are blanked.
    public func render(into canvas: inout Canvas, area: Rect) {
        let area = area.intersection(canvas.bounds)
        guard !area.isEmpty else { return }
        canvas.fill(area)
        let top = maximum ?? series.flatMap(\.values).filter(\.isFinite).max() ?? 0
        guard top > 0, top.isFinite else { return }
        let widths = barWidths
        for (index, one) in series.enumerated() where widths[index] > 0 {
            let offset = widths[..<index].reduce(0, +)
            for (group, value) in one.values.enumerated() {
                let x = area.x + group * groupWidth + offset
                guard x < area.maxX else { break }
                let bar = Rect(x: x, y: area.y, width: min(widths[index], area.maxX - x), height: area.height)
                drawBar(value, top: top, fill: one.fill, style: one.style, in: bar, into: &canvas)
            }
        }
    }

    /// One bar of `value` against `top`, bottom-up in `bar`.
    private func drawBar(_ value: Double, top: Double, fill: Fill, style: Style, in bar: Rect, into canvas: inout Canvas) {
        guard value.isFinite, value > 0 else { return }
        let glyphs = canvas.glyphs
        let steps = fill == .solid ? 8 : 1
        var remaining = max(1, Int((min(value, top) / top * Double(bar.height * steps)).rounded()))
        for y in stride(from: bar.maxY - 1, through: bar.y, by: -1) where remaining > 0 {
            let level = min(remaining, steps)
            let symbol = fill == .solid ? glyphs.sparkLevels[level - 1] : glyphs.shade
            canvas.put(String(repeating: symbol, count: bar.width), x: bar.x, y: y, maxWidth: bar.width, style: style)
            remaining -= level
        }
    }
}
