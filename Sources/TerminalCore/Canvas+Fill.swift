extension Canvas {
    /// Paints every cell of `rect` (clipped to the canvas) with `symbol` in `style`.
    ///
    /// The symbol is sanitised in the canvas's mode. A wide symbol is repeated every two
    /// columns; a column left over at the right edge of the rectangle becomes a space.
    ///
    /// - Parameters:
    ///   - rect: The cells to paint.
    ///   - symbol: The grapheme to repeat; a space by default.
    ///   - style: Style of the painted cells.
    public mutating func fill(_ rect: Rect, with symbol: Character = " ", style: Style = .normal) {
        let area = rect.intersection(bounds)
        guard !area.isEmpty else { return }
        var clean = sanitized(String(symbol))
        var symbolWidth = DisplayWidth.of(clean)
        if symbolWidth == 0 || clean.count != 1 {
            clean = " "
            symbolWidth = 1
        }
        for y in area.y..<area.maxY {
            var x = area.x
            while x < area.maxX {
                if x + symbolWidth <= area.maxX {
                    place(clean, width: symbolWidth, x: x, y: y, style: style)
                    x += symbolWidth
                } else {
                    place(" ", x: x, y: y, style: style)
                    x += 1
                }
            }
        }
    }

    /// Changes the style of every cell in `rect` (clipped to the canvas), keeping the
    /// symbols: for highlighting a row that is already drawn.
    public mutating func setStyle(_ style: Style, in rect: Rect) {
        let area = rect.intersection(bounds)
        guard !area.isEmpty else { return }
        for y in area.y..<area.maxY {
            for x in area.x..<area.maxX {
                cells[y * width + x].style = style
            }
        }
    }
}
