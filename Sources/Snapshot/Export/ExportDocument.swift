import Dashboard
import Foundation
import TerminalCore

/// The text of one export: the file, and for CSV its provenance sidecar.
///
/// | content | file |
/// | --- | --- |
/// | snapshot, text | provenance comment lines, an empty line, the screen's lines |
/// | snapshot, Markdown | front matter, a heading, the screen in a fenced block |
/// | table, text | provenance comment lines, an empty line, the aligned table |
/// | table, Markdown | front matter, a heading, a Markdown table |
/// | table, CSV | the CSV alone; provenance in `FILE.provenance.txt` |
/// | table, JSON | `{"provenance": …, "view", "currency", "columns", "rows"}` |
///
/// The body of a text snapshot (everything after the first empty line) is
/// ``CanvasText/plainText(_:)`` of the canvas the dashboard draws for the same state.
public struct ExportDocument: Hashable, Sendable {
    /// The export file's text.
    public let contents: String
    /// The provenance sidecar's text (CSV only).
    public let sidecar: String?

    /// The export of `content` for `state`, as the dashboard shows it (overlay and all: the
    /// event loop passes the state after the export dialog closed).
    ///
    /// - Throws: ``ExportDocumentError`` for a snapshot in CSV or JSON.
    public init(content: ExportContent, state: AppState, files: [InputFileDigest], toolVersion: String, time: Date) throws(ExportDocumentError) {
        switch content {
        case .snapshot(let format):
            var canvas = Canvas(size: state.screenSize, glyphs: state.glyphs)
            DashboardApp.render(state, into: &canvas)
            let provenance = ExportProvenance(state: state, content: content, rows: 0, files: files, toolVersion: toolVersion, time: time)
            switch format {
            case .text: self.init(contents: provenance.commentLines + "\n" + CanvasText.plainText(canvas), sidecar: nil)
            case .markdown: self.init(contents: provenance.frontMatter + "\n" + CanvasText.markdown(canvas, title: Self.title(state)), sidecar: nil)
            case .csv, .json: throw ExportDocumentError(description: "a screen snapshot is text or Markdown; \(format.rawValue) is for the full table")
            }
        case .table(let format):
            let table = DashboardApp.table(state)
            let provenance = ExportProvenance(state: state, content: content, rows: table.rows.count, files: files, toolVersion: toolVersion, time: time)
            switch format {
            case .text:
                self.init(contents: provenance.commentLines + "\n" + TableText.plainText(table), sidecar: nil)
            case .markdown:
                let heading = "## " + TableText.escaped(TextSanitizer.sanitize(Self.title(state))) + "\n\n"
                self.init(contents: provenance.frontMatter + "\n" + heading + TableText.markdown(table), sidecar: nil)
            case .csv:
                self.init(contents: TableCSV.csv(table), sidecar: provenance.commentLines)
            case .json:
                self.init(contents: TableJSON.json(table, provenance: provenance), sidecar: nil)
            }
        }
    }

    private init(contents: String, sidecar: String?) {
        self.contents = contents
        self.sidecar = sidecar
    }

    /// `Overview · City of Riverton · FY2025 (Jul 2024–Jun 2025)`.
    static func title(_ state: AppState) -> String {
        let ledger = state.store.ledger
        return [state.panel.title, ledger.publisher?.name ?? "", ledger.calendar.label(of: state.fiscalYear)].filter { !$0.isEmpty }.joined(separator: " · ")
    }

    /// The sidecar's path for a CSV written to `path`.
    public static func sidecarPath(for path: String) -> String {
        path + ".provenance.txt"
    }
}

/// Why an export cannot be made as asked; ``description`` is the message for the user.
public struct ExportDocumentError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The message.
    public let description: String
}
