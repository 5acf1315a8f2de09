extension Canvas {
    /// Draws a box along the edges of `rect` with an optional title in the top edge,
    /// in Unicode lines (`┌─┐│└┘`) or, in ASCII mode, `+-|`.
    ///
    /// The title is sanitised and shown as `┌ Title ───┐`, cut with an ellipsis when the
    /// box is narrow, and left out when the box is narrower than 5 columns. A rectangle
    /// one row high becomes a horizontal line, one column wide a vertical line. Parts
    /// outside the canvas are clipped.
    ///
    /// - Parameters:
    ///   - rect: The cells the box's edges run along.
    ///   - title: Text for the top edge.
    ///   - style: Style of the lines.
    ///   - titleStyle: Style of the title text.
    /// - Returns: The inside of the box, `rect.inset(by: 1)`.
    @discardableResult
    public mutating func drawBox(_ rect: Rect, title: String? = nil, style: Style = .border, titleStyle: Style = .title) -> Rect {
        let line = glyphs.lines
        if rect.height == 1 {
            drawHorizontalLine(x: rect.x, y: rect.y, length: rect.width, style: style)
            return rect.inset(by: 1)
        }
        if rect.width == 1 {
            drawVerticalLine(x: rect.x, y: rect.y, length: rect.height, style: style)
            return rect.inset(by: 1)
        }
        guard !rect.isEmpty else { return rect }
        drawHorizontalLine(x: rect.x + 1, y: rect.y, length: rect.width - 2, style: style)
        drawHorizontalLine(x: rect.x + 1, y: rect.maxY - 1, length: rect.width - 2, style: style)
        drawVerticalLine(x: rect.x, y: rect.y + 1, length: rect.height - 2, style: style)
        drawVerticalLine(x: rect.maxX - 1, y: rect.y + 1, length: rect.height - 2, style: style)
        putLine(line.topLeft, x: rect.x, y: rect.y, style: style)
        putLine(line.topRight, x: rect.maxX - 1, y: rect.y, style: style)
        putLine(line.bottomLeft, x: rect.x, y: rect.maxY - 1, style: style)
        putLine(line.bottomRight, x: rect.maxX - 1, y: rect.maxY - 1, style: style)
        if let title, rect.width >= 5 {
            let room = rect.width - 4
            let used = put(title, x: rect.x + 2, y: rect.y, maxWidth: room, style: titleStyle, overflow: .ellipsis)
            if used > 0 {
                putLine(" ", x: rect.x + 1, y: rect.y, style: style)
                putLine(" ", x: rect.x + 2 + used, y: rect.y, style: style)
            }
        }
        return rect.inset(by: 1)
    }

    /// Draws a horizontal line of `length` columns starting at (`x`, `y`).
    public mutating func drawHorizontalLine(x: Int, y: Int, length: Int, style: Style = .border) {
        let symbol = glyphs.lines.horizontal
        for column in x..<(x + max(0, length)) {
            putLine(symbol, x: column, y: y, style: style)
        }
    }

    /// Draws a vertical line of `length` rows starting at (`x`, `y`).
    public mutating func drawVerticalLine(x: Int, y: Int, length: Int, style: Style = .border) {
        let symbol = glyphs.lines.vertical
        for row in y..<(y + max(0, length)) {
            putLine(symbol, x: x, y: row, style: style)
        }
    }

    /// Places a one-column line glyph if (x, y) is on the canvas.
    private mutating func putLine(_ symbol: Character, x: Int, y: Int, style: Style) {
        guard bounds.contains(x: x, y: y) else { return }
        place(symbol, x: x, y: y, style: style)
    }
}
