import Dashboard
import TerminalCore

/// A ``ViewTable`` for people: aligned plain-text columns, or a Markdown table. Every row,
/// amounts exact with the currency's symbol (`$1,212,579,300.00`); text sanitised.
public enum TableText {
    /// The table in columns separated by two spaces, figures aligned right, under a header
    /// and a rule of `-`, measured in display columns (double-width names align).
    ///
    /// ```text
    /// Organisation          Code        Revised
    /// --------------------  ----  -------------
    /// Public Works          PW    $1,234,567.00
    /// ```
    public static func plainText(_ table: ViewTable) -> String {
        let cells = formattedRows(table)
        let header = table.columns.map { TextSanitizer.sanitize($0.title) }
        let widths = table.columns.indices.map { column in
            ([header[column]] + cells.map { $0[column] }).map(DisplayWidth.of).max() ?? 0
        }
        func line(_ values: [String]) -> String {
            let padded = values.enumerated().map { column, value in
                pad(value, to: widths[column], right: TableCell.isRightAligned(table.columns[column].kind))
            }
            return trimmedTrailingSpaces(padded.joined(separator: "  ")) + "\n"
        }
        var output = line(header)
        output += widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ") + "\n"
        for row in cells {
            output += line(row)
        }
        return output
    }

    /// The table as a GitHub-flavoured Markdown table; figures aligned right, `|` and `\`
    /// in cells escaped, and Markdown punctuation in text escaped so data adds no links,
    /// emphasis or HTML.
    public static func markdown(_ table: ViewTable) -> String {
        let header = table.columns.map { escaped(TextSanitizer.sanitize($0.title)) }
        var output = "| " + header.joined(separator: " | ") + " |\n"
        output += "|" + table.columns.map { TableCell.isRightAligned($0.kind) ? " ---: |" : " --- |" }.joined() + "\n"
        for row in formattedRows(table) {
            output += "| " + row.map(escaped).joined(separator: " | ") + " |\n"
        }
        return output
    }

    /// Every cell formatted for people.
    private static func formattedRows(_ table: ViewTable) -> [[String]] {
        table.rows.map { row in row.map { TableCell.formatted($0, currency: table.currency) } }
    }

    private static func pad(_ text: String, to width: Int, right: Bool) -> String {
        let padding = String(repeating: " ", count: max(0, width - DisplayWidth.of(text)))
        return right ? padding + text : text + padding
    }

    private static func trimmedTrailingSpaces(_ text: String) -> String {
        var result = text
        while result.hasSuffix(" ") { result.removeLast() }
        return result
    }

    /// `text` with Markdown's inline punctuation backslash-escaped.
    static func escaped(_ text: String) -> String {
        var result = ""
        for character in text {
            if "\\`*_[]<>#&~|!".contains(character) { result.append("\\") }
            result.append(character)
        }
        return result
    }
}
