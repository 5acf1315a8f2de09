import Dashboard
import LedgerKit

/// A ``ViewTable`` as JSON, with its provenance:
///
/// ```json
/// {
///   "provenance": {"tool": "govlens 0.1.0", …},
///   "view": "overview",
///   "currency": "USD",
///   "columns": [{"title": "Organisation", "kind": "text"}, {"title": "Revised", "kind": "money"}, …],
///   "rows": [
///     {"Organisation": "Public Works", "Revised": 123456789.00, …},
///     …
///   ]
/// }
/// ```
///
/// Each row is an object keyed by column title, in column order. Money is a JSON number
/// written as a plain decimal in the currency's units with all its minor digits
/// (`123456789.00`, exact from minor units: a reader that keeps the literal loses nothing),
/// counts are integers, ratios and numbers plain decimals, dates `YYYY-MM-DD` strings, text
/// sanitised strings, and no value is `null`.
public enum TableJSON {
    /// The table and `provenance` as a JSON document.
    public static func json(_ table: ViewTable, provenance: ExportProvenance) -> String {
        let columns = table.columns.map { "{\"title\": \(JSONStringLiteral.quoted($0.title)), \"kind\": \(JSONStringLiteral.quoted($0.kind.rawValue))}" }
        let rows = table.rows.map { row in
            "{" + zip(table.columns, row).map { column, value in
                JSONStringLiteral.quoted(column.title) + ": " + literal(value, table: table)
            }.joined(separator: ", ") + "}"
        }
        var output = "{\n"
        output += "  \"provenance\": " + provenance.jsonObject(indent: 4) + ",\n"
        output += "  \"view\": \(JSONStringLiteral.quoted(table.view)),\n"
        output += "  \"currency\": \(JSONStringLiteral.quoted(table.currency.code)),\n"
        output += "  \"columns\": [" + columns.joined(separator: ", ") + "],\n"
        output += "  \"rows\": " + (rows.isEmpty ? "[]" : "[\n" + rows.map { "    " + $0 }.joined(separator: ",\n") + "\n  ]") + "\n"
        return output + "}\n"
    }

    /// The JSON literal of one value.
    private static func literal(_ value: ViewTable.Value, table: ViewTable) -> String {
        guard let plain = TableCell.plain(value, currency: table.currency) else { return "null" }
        switch value {
        case .text, .date: return JSONStringLiteral.quoted(plain)
        case .money, .count, .ratio, .number, .empty: return plain
        }
    }
}
