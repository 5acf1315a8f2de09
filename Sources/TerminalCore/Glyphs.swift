/// The character repertoire a canvas may use.
///
/// Under a UTF-8 locale screens use Unicode box lines, `…` and block characters; under
/// `LANG=C` (or a terminal that cannot show them) everything falls back to printable
/// ASCII. A canvas in ``ascii`` mode guarantees ASCII-only cells: text put into it is
/// sanitised with ``TextSanitizer/Mode/ascii``.
public enum Glyphs: Hashable, Sendable {
    /// Unicode text, box-drawing lines and the single-column ellipsis `…`.
    case unicode
    /// Printable ASCII only: `+-|` boxes and `...`.
    case ascii

    /// The sanitiser mode matching this repertoire.
    public var sanitizerMode: TextSanitizer.Mode {
        switch self {
        case .unicode: .unicode
        case .ascii: .ascii
        }
    }

    /// The mark appended to truncated text: `…` or `...`.
    public var ellipsis: String {
        switch self {
        case .unicode: "…"
        case .ascii: "..."
        }
    }

    /// The characters boxes and separators are drawn with.
    public var lines: LineGlyphs {
        switch self {
        case .unicode: LineGlyphs(
            horizontal: "─", vertical: "│",
            topLeft: "┌", topRight: "┐", bottomLeft: "└", bottomRight: "┘",
            teeDown: "┬", teeUp: "┴", teeRight: "├", teeLeft: "┤", cross: "┼")
        case .ascii: LineGlyphs(
            horizontal: "-", vertical: "|",
            topLeft: "+", topRight: "+", bottomLeft: "+", bottomRight: "+",
            teeDown: "+", teeUp: "+", teeRight: "+", teeLeft: "+", cross: "+")
        }
    }
}

/// The one-column characters used for box lines, corners and junctions.
public struct LineGlyphs: Hashable, Sendable {
    /// A horizontal line segment.
    public let horizontal: Character
    /// A vertical line segment.
    public let vertical: Character
    /// The top-left corner.
    public let topLeft: Character
    /// The top-right corner.
    public let topRight: Character
    /// The bottom-left corner.
    public let bottomLeft: Character
    /// The bottom-right corner.
    public let bottomRight: Character
    /// A horizontal line with a branch going down (`┬`).
    public let teeDown: Character
    /// A horizontal line with a branch going up (`┴`).
    public let teeUp: Character
    /// A vertical line with a branch going right (`├`).
    public let teeRight: Character
    /// A vertical line with a branch going left (`┤`).
    public let teeLeft: Character
    /// Crossing lines (`┼`).
    public let cross: Character
}
