import TerminalCore

/// A horizontal bar showing a fraction of a whole, with an optional mark at a reference
/// fraction, such as the share of the fiscal year elapsed next to the share of the
/// budget spent.
///
/// In Unicode the bar has eighth-of-a-cell precision (`█████▍`); in ASCII it is made of
/// whole `#` cells, rounded. Fractions are clamped to 0...1, so an overspent budget shows
/// a full bar. The reference mark (`│`, ASCII `|`) is drawn in the cell where the
/// reference falls, over the bar. Every row of the area shows the same bar.
///
/// ```swift
/// BarGauge(fraction: 0.5, reference: 0.75).render(into: &canvas, area: row) // 8 columns
/// // "████  │ "
/// ```
public struct BarGauge: Sendable {
    /// How much of the bar is filled, 0...1.
    public var fraction: Double
    /// Where to mark a reference value, 0...1; no mark when `nil`.
    public var reference: Double?
    /// Style of the bar.
    public var style: Style
    /// Style of the reference mark.
    public var referenceStyle: Style

    /// Creates a gauge.
    public init(fraction: Double, reference: Double? = nil, style: Style = .accent, referenceStyle: Style = .warning) {
        self.fraction = fraction
        self.reference = reference
        self.style = style
        self.referenceStyle = referenceStyle
    }

    /// Draws the bar from the left edge of `area`; the rest of the area is blanked.
    public func render(into canvas: inout Canvas, area: Rect) {
        let area = area.intersection(canvas.bounds)
        guard !area.isEmpty else { return }
        canvas.fill(area)
        let glyphs = canvas.glyphs
        let (full, partial) = filledCells(width: area.width, glyphs: glyphs)
        let mark = reference.map { min(area.width - 1, Int(Self.clamp($0) * Double(area.width))) }
        for y in area.y..<area.maxY {
            canvas.put(String(repeating: glyphs.barFull, count: full), x: area.x, y: y, maxWidth: full, style: style)
            if let partial {
                canvas.put(partial, x: area.x + full, y: y, maxWidth: 1, style: style)
            }
            if let mark {
                canvas.put(glyphs.gaugeReference, x: area.x + mark, y: y, maxWidth: 1, style: referenceStyle)
            }
        }
    }

    /// The number of full cells and the partial cell's symbol for a bar `width` wide.
    private func filledCells(width: Int, glyphs: Glyphs) -> (full: Int, partial: String?) {
        guard let eighths = glyphs.barEighths else {
            return (Int((Self.clamp(fraction) * Double(width)).rounded()), nil)
        }
        let filled = Int((Self.clamp(fraction) * Double(width * 8)).rounded())
        let remainder = filled % 8
        return (filled / 8, remainder > 0 ? eighths[remainder - 1] : nil)
    }

    /// `value` limited to 0...1, with NaN as 0.
    private static func clamp(_ value: Double) -> Double {
        value.isNaN ? 0 : min(1, max(0, value))
    }
}
