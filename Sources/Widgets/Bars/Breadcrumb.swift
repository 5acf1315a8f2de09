import TerminalCore

/// Where the user is in a drill-down: segments joined by ` › ` (ASCII ` > `), the last
/// one (the current level) emphasised.
///
/// When the path is too long, whole segments are dropped from the left and replaced by
/// an ellipsis, so the current level stays in view: `… › Street Maintenance › Contracts`.
/// When even the last segment does not fit, its end is kept: `…Maintenance`.
///
/// ```swift
/// Breadcrumb(segments: ["All", "Public Works", "Street Maintenance"])
///     .render(into: &canvas, area: row)
/// // "All › Public Works › Street Maintenance"
/// ```
public struct Breadcrumb: Sendable {
    /// The path from the top level to the current one.
    public var segments: [String]

    /// Creates a breadcrumb.
    public init(segments: [String]) {
        self.segments = segments
    }

    /// Draws the breadcrumb from the left of the first row of `area`.
    public func render(into canvas: inout Canvas, area: Rect) {
        let row = area.intersection(canvas.bounds).row(0)
        guard !row.isEmpty, !segments.isEmpty else { return }
        canvas.fill(row)
        let glyphs = canvas.glyphs
        let separatorWidth = DisplayWidth.of(glyphs.breadcrumbSeparator)
        let ellipsisWidth = DisplayWidth.of(glyphs.ellipsis)
        let texts = segments.map { canvas.sanitized($0) }
        let widths = texts.map { DisplayWidth.of($0) }
        var x = row.x
        var first = 0
        if widths.reduce(0, +) + separatorWidth * (texts.count - 1) > row.width {
            let tailWidth = { (start: Int) in
                ellipsisWidth + widths[start...].reduce(0, +) + separatorWidth * (texts.count - start)
            }
            guard let start = (1..<texts.count).first(where: { tailWidth($0) <= row.width }) else {
                x += canvas.put(glyphs.ellipsis, x: x, y: row.y, maxWidth: row.width, style: .muted)
                let last = Self.suffix(texts[texts.count - 1], fitting: row.maxX - x)
                canvas.put(last, x: x, y: row.y, maxWidth: row.maxX - x, style: Style(.accent, bold: true))
                return
            }
            x += canvas.put(glyphs.ellipsis, x: x, y: row.y, style: .muted)
            x += canvas.put(glyphs.breadcrumbSeparator, x: x, y: row.y, style: .muted)
            first = start
        }
        for index in first..<texts.count {
            if index > first {
                x += canvas.put(glyphs.breadcrumbSeparator, x: x, y: row.y, maxWidth: row.maxX - x, style: .muted)
            }
            let isLast = index == texts.count - 1
            x += canvas.put(texts[index], x: x, y: row.y, maxWidth: row.maxX - x, style: isLast ? Style(.accent, bold: true) : .normal)
        }
    }

    /// The longest suffix of `text`, cut between grapheme clusters, that fits in `columns`.
    static func suffix(_ text: String, fitting columns: Int) -> String {
        var used = 0
        var start = text.endIndex
        while start > text.startIndex {
            let previous = text.index(before: start)
            let width = DisplayWidth.of(text[previous])
            guard used + width <= columns else { break }
            used += width
            start = previous
        }
        return String(text[start...])
    }
}
