import TerminalCore

/// The lines of a `width` x `height` canvas after `draw` rendered into all of it.
func rendered(
    width: Int, height: Int = 1, glyphs: Glyphs = .unicode, _ draw: (inout Canvas, Rect) -> Void
) -> [String] {
    canvas(width: width, height: height, glyphs: glyphs, draw).lines()
}

/// A `width` x `height` canvas after `draw` rendered into all of it.
func canvas(
    width: Int, height: Int = 1, glyphs: Glyphs = .unicode, _ draw: (inout Canvas, Rect) -> Void
) -> Canvas {
    var canvas = Canvas(width: width, height: height, glyphs: glyphs)
    draw(&canvas, canvas.bounds)
    return canvas
}

/// The display column at which `marker` first occurs in `line`, or `nil`.
func displayColumn(of marker: Character, in line: String) -> Int? {
    guard let index = line.firstIndex(of: marker) else { return nil }
    return DisplayWidth.of(line[..<index])
}
