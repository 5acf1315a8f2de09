import Dashboard
import Foundation
import LedgerKit
import TerminalCore

/// Where an export comes from, so anyone can check and reproduce it: the tool, the time,
/// the ledger and each of its files (byte size and SHA-256), the view with its drill path,
/// fiscal year, filter and sort, whether names of individuals are shown, and the command line
/// that writes the same export.
///
/// Written as comment lines in text (``commentLines``), front matter in Markdown
/// (``frontMatter``), a `provenance` object in JSON (``jsonObject(indent:)``) and the
/// sidecar `FILE.provenance.txt` of a CSV (``commentLines`` again). Every value is
/// sanitised: data cannot add a line or a control character.
public struct ExportProvenance: Hashable, Sendable {
    /// The tool and its version: `govlens 0.1.0`.
    public var tool: String
    /// When the export was made, UTC, `2026-11-26T18:40:00Z`.
    public var exportedAt: String
    /// The publisher's name.
    public var ledger: String
    /// The ledger's currency code.
    public var currency: String
    /// The ledger's as-of date.
    public var asOf: String
    /// The ledger's input files.
    public var files: [InputFileDigest]
    /// The view: `overview`, `budget` …
    public var view: String
    /// What was exported: `screen snapshot 80x24` or `full table, 12 rows`.
    public var content: String
    /// The fiscal year.
    public var fiscalYear: Int
    /// The drill path (``DrillPathText``), empty at the top level.
    public var drill: String
    /// The filter's terms, empty for none.
    public var filter: String
    /// The sort, `paid:desc`, empty for the panel's own order.
    public var sort: String
    /// Whether the names of individuals paid are in the export: `shown` (`--show-personal`)
    /// or `hidden` (each is `Individual recipient` with a short hash).
    public var personalData: String
    /// The `govlens export` command that writes the same export.
    public var command: String

    /// The provenance of exporting `content` of `state`'s view at `time`, from the ledger's
    /// `files`.
    ///
    /// - Parameter rows: The table's row count (for a table export).
    public init(state: AppState, content: ExportContent, rows: Int, files: [InputFileDigest], toolVersion: String, time: Date) {
        let ledger = state.store.ledger
        let specification = state.specification
        tool = "govlens " + toolVersion
        exportedAt = Self.iso8601(time)
        self.ledger = ledger.publisher?.name ?? ""
        currency = ledger.currency.code
        asOf = ledger.publisher.map { "\($0.asOf)" } ?? ""
        self.files = files
        view = specification.panel.exportName
        self.content = content.isSnapshot
            ? "screen snapshot \(state.screenSize.width)x\(state.screenSize.height)"
            : "full table, \(rows) \(rows == 1 ? "row" : "rows")"
        fiscalYear = state.fiscalYear
        drill = specification.drill
        filter = specification.filter
        sort = specification.sort ?? ""
        personalData = state.exportContext.showsPersonalData ? "shown" : "hidden"
        command = ReproducingCommand.text(state, content: content)
    }

    /// The single-valued fields, in the order every form writes them.
    private var fields: [(key: String, value: String)] {
        [
            ("tool", tool), ("exportedAt", exportedAt), ("ledger", ledger), ("currency", currency), ("asOf", asOf),
            ("view", view), ("content", content), ("fiscalYear", String(fiscalYear)), ("drill", drill),
            ("filter", filter), ("sort", sort), ("personalData", personalData), ("command", command),
        ].map { ($0.0, TextSanitizer.sanitize($0.1)) }
    }

    /// `# key: value` lines (`# key:` alone for an empty value), one
    /// `# file: SHA256  BYTES bytes  PATH` line per input file (after `asOf`), each ending in
    /// a newline.
    public var commentLines: String {
        var lines = ["# GovLens export"]
        for field in fields {
            lines.append("# \(field.key):" + (field.value.isEmpty ? "" : " " + field.value))
            if field.key == "asOf" {
                lines += files.map { "# file: \($0.sha256)  \($0.byteCount) bytes  \(TextSanitizer.sanitize($0.path))" }
            }
        }
        return lines.map { $0 + "\n" }.joined()
    }

    /// YAML front matter between `---` lines: every value a double-quoted string (or a
    /// number), the files a list.
    public var frontMatter: String {
        var lines = ["---"]
        for field in fields {
            lines.append(field.key == "fiscalYear" ? "fiscalYear: \(fiscalYear)" : "\(field.key): \(JSONStringLiteral.quoted(field.value))")
            if field.key == "asOf" {
                lines.append("files:")
                for file in files {
                    lines.append("  - path: \(JSONStringLiteral.quoted(TextSanitizer.sanitize(file.path)))")
                    lines.append("    bytes: \(file.byteCount)")
                    lines.append("    sha256: \(JSONStringLiteral.quoted(file.sha256))")
                }
            }
        }
        lines.append("---")
        return lines.map { $0 + "\n" }.joined()
    }

    /// A JSON object, its members one per line at `indent` spaces (the closing brace at
    /// `indent - 2`).
    public func jsonObject(indent: Int) -> String {
        let pad = String(repeating: " ", count: indent)
        var members: [String] = []
        for field in fields {
            members.append(pad + JSONStringLiteral.quoted(field.key) + ": " + (field.key == "fiscalYear" ? String(fiscalYear) : JSONStringLiteral.quoted(field.value)))
            if field.key == "asOf" {
                let entries = files.map { file in
                    "{\"path\": \(JSONStringLiteral.quoted(TextSanitizer.sanitize(file.path))), \"bytes\": \(file.byteCount), \"sha256\": \(JSONStringLiteral.quoted(file.sha256))}"
                }
                let list = entries.isEmpty ? "[]" : "[\n" + entries.map { pad + "  " + $0 }.joined(separator: ",\n") + "\n" + pad + "]"
                members.append(pad + "\"files\": " + list)
            }
        }
        return "{\n" + members.joined(separator: ",\n") + "\n" + String(repeating: " ", count: max(0, indent - 2)) + "}"
    }

    /// `time` as `2026-11-26T18:40:00Z`.
    static func iso8601(_ time: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: time)
    }
}
