/// One column of a ``Canvas``: a grapheme with its display width and style.
///
/// A grapheme wider than one column (a kanji, a wide emoji) lives in a *leading* cell
/// whose ``width`` is 2 (or more), followed by *continuation* cells whose ``symbol`` is
/// empty and whose ``width`` is 0. Continuation cells carry the leading cell's style;
/// backends and text rendering skip them. The ``Canvas`` keeps this invariant: writing
/// over either half of a wide grapheme blanks the other half.
public struct Cell: Hashable, Sendable {
    /// The grapheme drawn in this column; empty for a continuation cell.
    public let symbol: String
    /// Columns the grapheme takes (at least 1); 0 for a continuation cell.
    public let width: Int
    /// How the cell looks.
    public var style: Style

    /// Creates a leading cell. Use ``Canvas`` APIs to write cells; they sanitise and
    /// measure text and keep wide graphemes consistent.
    ///
    /// - Parameters:
    ///   - symbol: One grapheme, already sanitised.
    ///   - width: Its display width, at least 1.
    ///   - style: The cell's style.
    init(symbol: String, width: Int, style: Style) {
        self.symbol = symbol
        self.width = width
        self.style = style
    }

    /// A space in the given style.
    public static func blank(_ style: Style = .normal) -> Cell {
        Cell(symbol: " ", width: 1, style: style)
    }

    /// The trailing part of a wide grapheme in the given style.
    static func continuation(_ style: Style) -> Cell {
        Cell(symbol: "", width: 0, style: style)
    }

    /// Whether this cell is covered by a wide grapheme to its left.
    public var isContinuation: Bool { width == 0 }
}
