import TerminalCore

/// Lines through series of values over a shared x axis, such as cumulative spending against
/// a straight-line plan, or a KPI's observations against its target.
///
/// In Unicode the lines are drawn in braille, two dots across and four down per cell, so a
/// 40x8 area is a 80x32 grid; in ASCII each series marks one cell per column with its own
/// character. Point `i` of ``pointCount`` lies at `i ÷ (pointCount − 1)` of the width (a
/// single point at the left edge); values are scaled from ``minimum`` (bottom) to
/// ``maximum`` (top) and clamped to them. Neighbouring points are joined; a `nil` value
/// leaves a gap. Series are drawn in order, so a later series' style wins in a cell that
/// two share.
///
/// ```swift
/// LineChart(series: [.init(values: [0, 1, 2, 3])], pointCount: 4, maximum: 3)
///     .render(into: &canvas, area: Rect(x: 0, y: 0, width: 4, height: 1))
/// // "⡠⠤⠒⠉"
/// ```
public struct LineChart: Sendable {
    /// One line.
    public struct Series: Sendable {
        /// One value per point; `nil` where there is none.
        public var values: [Double?]
        /// Style of the line.
        public var style: Style
        /// Whether the line is dotted, for a reference line rather than data: in braille one dot
        /// in four along the line (a dot every other cell), in ASCII every other cell.
        public var dotted: Bool
        /// The character marking the line in ASCII mode.
        public var asciiMark: Character

        /// Creates a series.
        public init(values: [Double?], style: Style = .accent, dotted: Bool = false, asciiMark: Character = "*") {
            self.values = values
            self.style = style
            self.dotted = dotted
            self.asciiMark = asciiMark
        }
    }

    /// The lines, drawn in order.
    public var series: [Series]
    /// Points along the x axis: at least the longest series' count.
    public var pointCount: Int
    /// The value at the bottom edge.
    public var minimum: Double
    /// The value at the top edge; the largest value when `nil`.
    public var maximum: Double?

    /// Creates a chart.
    public init(series: [Series], pointCount: Int, minimum: Double = 0, maximum: Double? = nil) {
        self.series = series
        self.pointCount = pointCount
        self.minimum = minimum
        self.maximum = maximum
    }

    /// Draws the lines in `area`; cells no line passes through are blanked.
    public func render(into canvas: inout Canvas, area: Rect) {
        let area = area.intersection(canvas.bounds)
        guard !area.isEmpty else { return }
        canvas.fill(area)
        let top = maximum ?? series.flatMap { $0.values.compactMap { $0 } }.filter(\.isFinite).max() ?? minimum
        guard top.isFinite, minimum.isFinite, top > minimum else { return }
        let braille = canvas.glyphs == .unicode
        let dotsAcross = braille ? 2 : 1
        let dotsDown = braille ? 4 : 1
        let dotSpacing = braille ? 4 : 2
        var grid = DotGrid(width: area.width, height: area.height, dotsAcross: dotsAcross, dotsDown: dotsDown)
        for (index, line) in series.enumerated() {
            let points = line.values.prefix(pointCount).enumerated().map { point, value in
                value.flatMap { $0.isFinite ? dot(point, value: $0, top: top, grid: grid) : nil }
            }
            var step = 0
            for (position, point) in points.enumerated() {
                guard let from = point else { continue }
                let to = position + 1 < points.count ? points[position + 1] : nil
                let isolated = position == 0 || points[position - 1] == nil
                guard to != nil || isolated else { continue }
                // A segment starts where the one before it ended: that dot is not counted twice,
                // so a dotted line keeps an even rhythm across points.
                for dot in DotGrid.line(from: from, to: to ?? from).dropFirst(isolated ? 0 : 1) {
                    if !line.dotted || step % dotSpacing == 0 { grid.set(dot, series: index) }
                    step += 1
                }
            }
        }
        for y in 0..<area.height {
            for x in 0..<area.width {
                guard let owner = grid.owner(x: x, y: y) else { continue }
                let symbol = braille ? String(Unicode.Scalar(0x2800 + UInt32(grid.bits(x: x, y: y)))!) : String(series[owner].asciiMark)
                canvas.put(symbol, x: area.x + x, y: area.y + y, maxWidth: 1, style: series[owner].style)
            }
        }
    }

    /// The dot of point `point` with `value`: x from the left, y from the top.
    private func dot(_ point: Int, value: Double, top: Double, grid: DotGrid) -> (x: Int, y: Int) {
        let across = grid.width * grid.dotsAcross - 1
        let down = grid.height * grid.dotsDown - 1
        let x = pointCount > 1 ? Int((Double(point * across) / Double(pointCount - 1)).rounded()) : 0
        let fraction = (min(max(value, minimum), top) - minimum) / (top - minimum)
        return (x, down - Int((fraction * Double(down)).rounded()))
    }
}

/// Dots on a grid of cells: which dots are set in each cell, and which series set the last one.
private struct DotGrid {
    let width: Int
    let height: Int
    let dotsAcross: Int
    let dotsDown: Int
    private var cellBits: [UInt8]
    private var owners: [Int?]

    init(width: Int, height: Int, dotsAcross: Int, dotsDown: Int) {
        self.width = width
        self.height = height
        self.dotsAcross = dotsAcross
        self.dotsDown = dotsDown
        cellBits = Array(repeating: 0, count: width * height)
        owners = Array(repeating: nil, count: width * height)
    }

    /// Sets the dot at (`x`, `y`) in dots for `series`; dots outside the grid are ignored.
    mutating func set(_ dot: (x: Int, y: Int), series: Int) {
        guard dot.x >= 0, dot.y >= 0, dot.x < width * dotsAcross, dot.y < height * dotsDown else { return }
        let cell = dot.y / dotsDown * width + dot.x / dotsAcross
        cellBits[cell] |= Self.brailleBit(x: dot.x % dotsAcross, y: dot.y % dotsDown)
        owners[cell] = series
    }

    /// The series that last set a dot in cell (`x`, `y`), or `nil` when none did.
    func owner(x: Int, y: Int) -> Int? { owners[y * width + x] }

    /// The braille dot bits of cell (`x`, `y`).
    func bits(x: Int, y: Int) -> UInt8 { cellBits[y * width + x] }

    /// The bit of the braille dot in column `x` (0, 1) and row `y` (0–3) of a cell.
    private static func brailleBit(x: Int, y: Int) -> UInt8 {
        y == 3 ? (x == 0 ? 0x40 : 0x80) : UInt8(1) << (y + 3 * x)
    }

    /// The dots of a straight line from `from` to `to`, both included (Bresenham).
    static func line(from: (x: Int, y: Int), to: (x: Int, y: Int)) -> [(x: Int, y: Int)] {
        let dx = abs(to.x - from.x)
        let dy = -abs(to.y - from.y)
        let stepX = from.x < to.x ? 1 : -1
        let stepY = from.y < to.y ? 1 : -1
        var error = dx + dy
        var current = from
        var dots = [current]
        while current != to {
            let doubled = 2 * error
            if doubled >= dy {
                error += dy
                current.x += stepX
            }
            if doubled <= dx {
                error += dx
                current.y += stepY
            }
            dots.append(current)
        }
        return dots
    }
}
