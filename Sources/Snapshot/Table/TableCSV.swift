import Dashboard
import Foundation

/// A ``ViewTable`` as RFC 4180 CSV: a header row, one record per row, CRLF line ends.
///
/// Figures are plain decimals in the currency's units (`-1234.50`: no symbol, no separators,
/// exact from minor units) and a last column, `Currency`, names the currency when the table
/// has money. Text is sanitised, and quoted when it holds a comma or a quote.
///
/// Formula injection: a spreadsheet runs a cell that starts with `=`, `+`, `-` or `@` as a
/// formula. A *text* cell (a name, a code, a description from the ledger) starting with one
/// of them gets a leading `'`, so it shows as text. Number cells are never guarded: they are
/// written from typed values (``ViewTable/Value/money(_:)`` and the like), not from data
/// text, so a leading `-` there is always a minus sign and `-1234.50` stays a number a
/// spreadsheet can add up. A text cell that happens to read `-5` is guarded like any other.
public enum TableCSV {
    /// The table as CSV.
    public static func csv(_ table: ViewTable) -> String {
        let hasMoney = table.columns.contains { $0.kind == .money }
        var header = table.columns.map { field($0.title, guarded: true) }
        if hasMoney { header.append("Currency") }
        var output = header.joined(separator: ",") + "\r\n"
        for row in table.rows {
            var fields = zip(table.columns, row).map { column, value in
                field(TableCell.plain(value, currency: table.currency) ?? "", guarded: column.kind == .text)
            }
            if hasMoney { fields.append(field(table.currency.code, guarded: true)) }
            output += fields.joined(separator: ",") + "\r\n"
        }
        return output
    }

    /// The characters that make a spreadsheet read a cell as a formula.
    static let formulaPrefixes: Set<Character> = ["=", "+", "-", "@"]

    /// One field: guarded against formula injection when it is text, quoted when needed.
    static func field(_ value: String, guarded: Bool) -> String {
        let text = guarded && value.first.map(formulaPrefixes.contains) == true ? "'" + value : value
        guard text.unicodeScalars.contains(where: { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
