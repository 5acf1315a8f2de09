/// An in-memory grid of ``Cell``s that screens and widgets draw into.
///
/// The canvas is the single picture of the screen: the curses backend copies it to the
/// terminal and the snapshot exporter writes ``lines()`` to a file, so a snapshot is by
/// construction what was on screen, and every screen can be tested without a terminal.
///
/// Every string put into a canvas is first cleaned by the ``TextSanitizer`` in the mode
/// of the canvas's ``glyphs``, its emoji sequences are reduced to parts every terminal
/// measures alike (see ``sanitized(_:)``), and it is cut into grapheme clusters measured
/// with ``DisplayWidth``. A grapheme wider than one column occupies a leading cell and
/// continuation cells; writing over any part of it blanks the rest. Writes outside the
/// grid are clipped, never wrapped.
///
/// ```swift
/// var canvas = Canvas(width: 16, height: 3)
/// let inside = canvas.drawBox(canvas.bounds, title: "Budget")
/// canvas.put("予算 Adopted", x: inside.x + 1, y: inside.y, maxWidth: inside.width - 2)
/// canvas.lines()
/// // ┌ Budget ──────┐
/// // │ 予算 Adopted │
/// // └──────────────┘
/// ```
public struct Canvas: Hashable, Sendable {
    /// Columns.
    public internal(set) var width: Int
    /// Rows.
    public internal(set) var height: Int
    /// The character repertoire: Unicode, or ASCII for `LANG=C` terminals.
    public var glyphs: Glyphs
    /// Row-major cells: the cell at (x, y) is `cells[y * width + x]`.
    public internal(set) var cells: [Cell]

    /// Creates a blank canvas.
    ///
    /// - Parameters:
    ///   - width: Columns (negative becomes 0).
    ///   - height: Rows (negative becomes 0).
    ///   - glyphs: The character repertoire text and boxes use.
    public init(width: Int, height: Int, glyphs: Glyphs = .unicode) {
        self.width = max(0, width)
        self.height = max(0, height)
        self.glyphs = glyphs
        self.cells = Array(repeating: .blank(), count: self.width * self.height)
    }

    /// Creates a blank canvas of the given size.
    public init(size: Size, glyphs: Glyphs = .unicode) {
        self.init(width: size.width, height: size.height, glyphs: glyphs)
    }

    /// The whole canvas as a rectangle at the origin.
    public var bounds: Rect { Rect(x: 0, y: 0, width: width, height: height) }

    /// The canvas's size.
    public var size: Size { Size(width: width, height: height) }

    /// The cell at column `x`, row `y`; both must be inside the canvas.
    public subscript(x: Int, y: Int) -> Cell {
        precondition(bounds.contains(x: x, y: y), "cell (\(x), \(y)) outside \(size) canvas")
        return cells[y * width + x]
    }

    /// Blanks every cell with the given style.
    public mutating func clear(style: Style = .normal) {
        for index in cells.indices {
            cells[index] = .blank(style)
        }
    }

    /// Changes the size and blanks every cell (a resized screen is redrawn from scratch).
    public mutating func resize(to size: Size) {
        width = size.width
        height = size.height
        cells = Array(repeating: .blank(), count: width * height)
    }

    /// The text of each row, as `tmux capture-pane -p` shows it: one string per row,
    /// continuation cells skipped, trailing spaces removed.
    public func lines() -> [String] {
        (0..<height).map { line($0) }
    }

    /// ``lines()`` joined with newlines, without a trailing newline.
    public var text: String {
        lines().joined(separator: "\n")
    }

    /// One string per row with one character per column, chosen from each cell's style
    /// (continuation cells included, nothing trimmed), for asserting styles in tests:
    ///
    /// ```swift
    /// canvas.styleLines { $0.role == .selection ? "#" : "." }   // ["....", "####"]
    /// ```
    public func styleLines(_ symbol: (Style) -> Character) -> [String] {
        (0..<height).map { y in
            String(cells[(y * width)..<((y + 1) * width)].map { symbol($0.style) })
        }
    }

    /// The text of row `y`, continuation cells skipped, trailing spaces removed.
    public func line(_ y: Int) -> String {
        precondition(y >= 0 && y < height, "row \(y) outside \(size) canvas")
        var row = ""
        for cell in cells[(y * width)..<((y + 1) * width)] where !cell.isContinuation {
            row += cell.symbol
        }
        while row.last == " " {
            row.removeLast()
        }
        return row
    }
}

extension Canvas {
    /// Writes one measured grapheme at (x, y), blanking any wide grapheme it overlaps.
    /// The caller guarantees `width >= 1` and that all its columns are on the canvas.
    mutating func place(_ symbol: String, width graphemeWidth: Int, x: Int, y: Int, style: Style) {
        let start = y * width + x
        for column in x..<(x + graphemeWidth) {
            blankWideGrapheme(covering: column, y: y)
        }
        cells[start] = Cell(symbol: symbol, width: graphemeWidth, style: style)
        for offset in 1..<max(1, graphemeWidth) {
            cells[start + offset] = .continuation(style)
        }
    }

    /// Sets a one-column ASCII-safe or pre-sanitised symbol; used for fills and lines.
    mutating func place(_ symbol: Character, x: Int, y: Int, style: Style) {
        place(String(symbol), width: 1, x: x, y: y, style: style)
    }

    /// If the cell at (column, y) is part of a grapheme wider than one column, replaces
    /// the whole grapheme with blanks in its own style.
    private mutating func blankWideGrapheme(covering column: Int, y: Int) {
        let rowStart = y * width
        var lead = column
        while lead > 0 && cells[rowStart + lead].isContinuation {
            lead -= 1
        }
        let leader = cells[rowStart + lead]
        guard leader.width > 1 || leader.isContinuation else { return }
        let end = min(width, lead + max(1, leader.width))
        for blank in lead..<end {
            cells[rowStart + blank] = .blank(leader.style)
        }
    }
}
