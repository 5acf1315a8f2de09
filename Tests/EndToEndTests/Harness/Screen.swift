/// What a tmux pane shows: one string per row, trailing spaces trimmed (tmux trims them).
struct Screen: Equatable, CustomStringConvertible {
    /// The rows, top first.
    let rows: [String]

    /// The screen from `capture-pane -p` output.
    init(capture: String) {
        var rows = capture.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if rows.last == "" { rows.removeLast() }
        self.rows = rows
    }

    /// Row `index`, or `""` below the last row.
    subscript(_ index: Int) -> String {
        rows.indices.contains(index) ? rows[index] : ""
    }

    /// Whether any row contains `text`.
    func contains(_ text: String) -> Bool {
        rows.contains { $0.contains(text) }
    }

    /// The first row that contains `text`.
    func row(containing text: String) -> String? {
        rows.first { $0.contains(text) }
    }

    /// The breadcrumb: the second row without the panel tabs at its right (`[1 Overview] 2 3 4 5 6`),
    /// which are at least two spaces away from it.
    var breadcrumb: String {
        self[1].components(separatedBy: "  ").first ?? ""
    }

    /// The index of the selected row: the first row with the selection mark `▶`.
    var selectedRow: Int? {
        rows.firstIndex { $0.contains("▶") }
    }

    /// The rows with a box's side at both ends (`│…│`, or `|…|` in ASCII).
    func boxRows(side: Character = "│") -> [String] {
        rows.filter { $0.first == side }
    }

    /// The screen as text, with row numbers, for failure messages.
    var description: String {
        rows.enumerated().map { index, row in (index < 10 ? " " : "") + "\(index)|\(row)" }.joined(separator: "\n")
    }
}

/// Display width by the terminal's rules, independent of GovLens's own width code: East Asian
/// wide and fullwidth characters take two columns, combining marks none, everything else one.
enum TerminalColumns {
    /// The columns `text` takes on a terminal.
    static func width(of text: String) -> Int {
        text.unicodeScalars.reduce(0) { $0 + width(of: $1) }
    }

    /// The column (0-based) at which each occurrence of `character` starts in `text`.
    static func columns(of character: Character, in text: String) -> [Int] {
        var result: [Int] = []
        var column = 0
        for element in text {
            if element == character { result.append(column) }
            column += width(of: String(element))
        }
        return result
    }

    private static func width(of scalar: Unicode.Scalar) -> Int {
        switch scalar.value {
        case 0x0300...0x036F, 0x200B...0x200F, 0xFE00...0xFE0F: 0
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
             0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
             0xFFE0...0xFFE6, 0x20000...0x3FFFD: 2
        default: 1
        }
    }
}
