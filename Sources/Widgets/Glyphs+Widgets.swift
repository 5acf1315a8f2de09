import TerminalCore

/// The symbols widgets draw, in each repertoire.
///
/// In ASCII mode the canvas's sanitiser would also turn these into ASCII, but not always
/// into something readable (every block element becomes `#`), so widgets choose their own
/// ASCII fallbacks here.
extension Glyphs {
    /// Marks the selected row of a table or list: `▶`, or `>`.
    var selectionMarker: String {
        switch self {
        case .unicode: "▶"
        case .ascii: ">"
        }
    }

    /// Follows the title of the column a table is sorted by, ascending: `▲`, or `^`.
    var sortAscending: String {
        switch self {
        case .unicode: "▲"
        case .ascii: "^"
        }
    }

    /// Follows the title of the column a table is sorted by, descending: `▼`, or `v`.
    var sortDescending: String {
        switch self {
        case .unicode: "▼"
        case .ascii: "v"
        }
    }

    /// Joins the segments of a breadcrumb: ` › `, or ` > `.
    var breadcrumbSeparator: String {
        switch self {
        case .unicode: " › "
        case .ascii: " > "
        }
    }

    /// Sparkline levels from one eighth (index 0) to a full cell (index 7).
    var sparkLevels: [String] {
        switch self {
        case .unicode: ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]
        case .ascii: ["_", ".", ":", "-", "=", "+", "*", "#"]
        }
    }

    /// Left-aligned horizontal bar pieces from one eighth (index 0) to a full cell
    /// (index 7); `nil` in ASCII mode, where bars have whole-cell precision.
    var barEighths: [String]? {
        switch self {
        case .unicode: ["▏", "▎", "▍", "▌", "▋", "▊", "▉", "█"]
        case .ascii: nil
        }
    }

    /// A full cell of a horizontal bar: `█`, or `#`.
    var barFull: String {
        switch self {
        case .unicode: "█"
        case .ascii: "#"
        }
    }

    /// The mark of a reference value on a bar gauge: `│`, or `|`.
    var gaugeReference: String {
        switch self {
        case .unicode: "│"
        case .ascii: "|"
        }
    }

    /// A whole cell of a bar in the background: `░`, or `|`.
    var shade: String {
        switch self {
        case .unicode: "░"
        case .ascii: "|"
        }
    }
}
