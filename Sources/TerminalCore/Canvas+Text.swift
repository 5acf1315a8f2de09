/// What to do with text wider than the space given to it.
public enum Overflow: Hashable, Sendable {
    /// Cut it at the last grapheme that fits.
    case clip
    /// Cut it and end with the canvas's ellipsis (`…`, or `...` in ASCII mode).
    case ellipsis
}

/// Where text sits inside a wider field.
public enum Alignment: Hashable, Sendable {
    /// Flush left.
    case left
    /// Centred; an odd leftover column goes to the right.
    case center
    /// Flush right, as for amounts.
    case right
}

extension Canvas {
    /// `text` as this canvas will show it: sanitised in the mode of ``glyphs``, with emoji
    /// sequences reduced to parts every terminal measures alike (`👨‍👩‍👧` → `👨👩👧`,
    /// `❤️` → `❤`, `👍🏽` → `👍`), so the canvas and the screen agree column for column.
    public func sanitized(_ text: String) -> String {
        TerminalForm.of(TextSanitizer.sanitize(text, mode: glyphs.sanitizerMode))
    }

    /// Columns `text` takes on this canvas, after sanitising.
    ///
    /// Measure with this rather than `DisplayWidth.of` on raw text: sanitising changes
    /// width (a tab becomes one space, `日本` becomes `??` in ASCII mode).
    public func displayWidth(of text: String) -> Int {
        DisplayWidth.of(sanitized(text))
    }

    /// `text`, sanitised, shortened to `columns` with this canvas's ellipsis if needed.
    public func truncated(_ text: String, toColumns columns: Int) -> String {
        DisplayWidth.truncate(sanitized(text), toColumns: columns, ellipsis: glyphs.ellipsis)
    }

    /// Writes `text` on row `y` starting at column `x`.
    ///
    /// The text is sanitised, then written grapheme by grapheme while it fits both in
    /// `maxWidth` columns and on the canvas; nothing wraps. A wide grapheme that does not
    /// fit entirely is not written. Columns left of 0 are skipped but still counted.
    ///
    /// ```swift
    /// var x = 1
    /// x += canvas.put("Paid ", x: x, y: 0, style: .header)
    /// x += canvas.put(vendorName, x: x, y: 0, maxWidth: 20, overflow: .ellipsis)
    /// ```
    ///
    /// - Parameters:
    ///   - text: Untrusted text; sanitised here.
    ///   - x: Starting column.
    ///   - y: Row; a row outside the canvas writes nothing.
    ///   - maxWidth: The most columns to use.
    ///   - style: Style of the written cells.
    ///   - overflow: Clip, or end cut text with an ellipsis.
    /// - Returns: Columns advanced from `x` (at most `maxWidth`).
    @discardableResult
    public mutating func put(
        _ text: String, x: Int, y: Int, maxWidth: Int = .max, style: Style = .normal, overflow: Overflow = .clip
    ) -> Int {
        guard y >= 0, y < height, maxWidth > 0, x < width else { return 0 }
        let limit = min(maxWidth, width - x)
        let clean = sanitized(text)
        let shown = overflow == .ellipsis
            ? DisplayWidth.truncate(clean, toColumns: limit, ellipsis: glyphs.ellipsis)
            : clean
        return putSanitized(shown, x: x, y: y, limit: limit, style: style)
    }

    /// Writes `text` into the field of `width` columns at (`x`, `y`), aligned, and paints
    /// the rest of the field with spaces in `style` (so a selected row is highlighted
    /// edge to edge).
    ///
    /// - Parameters:
    ///   - text: Untrusted text; sanitised here.
    ///   - alignment: Left, centred or right within the field.
    ///   - x: The field's first column.
    ///   - y: The field's row.
    ///   - width: The field's width in columns.
    ///   - style: Style of the text and of the padding.
    ///   - overflow: What to do when the text is wider than the field.
    /// - Returns: Columns the text itself takes.
    @discardableResult
    public mutating func putAligned(
        _ text: String, _ alignment: Alignment, x: Int, y: Int, width fieldWidth: Int,
        style: Style = .normal, overflow: Overflow = .ellipsis
    ) -> Int {
        guard fieldWidth > 0 else { return 0 }
        let clean = sanitized(text)
        let shown = overflow == .ellipsis
            ? DisplayWidth.truncate(clean, toColumns: fieldWidth, ellipsis: glyphs.ellipsis)
            : DisplayWidth.prefix(clean, fitting: fieldWidth)
        let shownWidth = DisplayWidth.of(shown)
        fill(Rect(x: x, y: y, width: fieldWidth, height: 1), style: style)
        let offset = switch alignment {
        case .left: 0
        case .center: (fieldWidth - shownWidth) / 2
        case .right: fieldWidth - shownWidth
        }
        let limit = min(shownWidth, width - x - offset)
        guard limit > 0 else { return shownWidth }
        putSanitized(shown, x: x + offset, y: y, limit: limit, style: style)
        return shownWidth
    }

    /// Writes already-sanitised text from (x, y) within `limit` columns.
    @discardableResult
    private mutating func putSanitized(_ text: String, x: Int, y: Int, limit: Int, style: Style) -> Int {
        var column = x
        for grapheme in text {
            let graphemeWidth = DisplayWidth.of(grapheme)
            if graphemeWidth == 0 {
                continue
            }
            if column + graphemeWidth > x + limit {
                break
            }
            if column >= 0 {
                place(String(grapheme), width: graphemeWidth, x: column, y: y, style: style)
            } else if column + graphemeWidth > 0 {
                for visible in 0..<(column + graphemeWidth) {
                    place(" ", x: visible, y: y, style: style)
                }
            }
            column += graphemeWidth
        }
        return column - x
    }
}
