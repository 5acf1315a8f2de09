import Foundation

/// A file format of an export.
public enum ExportFormat: String, CaseIterable, Hashable, Sendable {
    /// Plain text: the screen as drawn, or the table in aligned columns.
    case text
    /// Markdown: the screen in a fenced block, or a Markdown table.
    case markdown
    /// RFC 4180 CSV (tables only).
    case csv
    /// JSON (tables only).
    case json
}

/// What to export: the screen as drawn or the full table behind it, in which format.
public enum ExportContent: Hashable, Sendable {
    /// The screen, as text or Markdown.
    case snapshot(ExportFormat)
    /// Every row of the view's ``ViewTable``.
    case table(ExportFormat)

    /// Every choice the export dialog offers, in its order.
    public static let choices: [ExportContent] = [
        .snapshot(.text), .snapshot(.markdown), .table(.text), .table(.markdown), .table(.csv), .table(.json),
    ]

    /// The format.
    public var format: ExportFormat {
        switch self {
        case .snapshot(let format), .table(let format): format
        }
    }

    /// Whether this is a screen snapshot.
    public var isSnapshot: Bool {
        if case .snapshot = self { return true }
        return false
    }

    /// How the export dialog names the choice: `Screen snapshot, Markdown`.
    public var label: String {
        let format = switch format {
        case .text: "text"
        case .markdown: "Markdown"
        case .csv: "CSV"
        case .json: "JSON"
        }
        return (isSnapshot ? "Screen snapshot, " : "Full table, ") + format
    }

    /// The file name extension: `txt`, `md` for snapshots; `table.txt`, `table.md`, `csv`,
    /// `json` for tables (so a snapshot and a table taken together do not share a name).
    public var fileExtension: String {
        switch self {
        case .snapshot(.markdown): "md"
        case .snapshot: "txt"
        case .table(.text): "table.txt"
        case .table(.markdown): "table.md"
        case .table(.csv): "csv"
        case .table(.json): "json"
        }
    }

    /// The file name proposed for exporting `view` of `fiscalYear` at `time`:
    /// `govlens-overview-2025-20261126T184000Z.txt`.
    public func proposedFileName(view: String, fiscalYear: Int, time: Date) -> String {
        "govlens-\(view)-\(fiscalYear)-\(Self.compactUTC(time)).\(fileExtension)"
    }

    /// `time` in UTC as `YYYYMMDDTHHMMSSZ`.
    static func compactUTC(_ time: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: time)
        func two(_ value: Int?) -> String { String(format: "%02d", value ?? 0) }
        return String(format: "%04d", parts.year ?? 0) + two(parts.month) + two(parts.day) + "T"
            + two(parts.hour) + two(parts.minute) + two(parts.second) + "Z"
    }
}

/// An export the user asked for in the dashboard's export dialog; the event loop writes it
/// (the update does no I/O) and shows the outcome in the status bar.
public struct ExportRequest: Hashable, Sendable {
    /// What to export.
    public var content: ExportContent
    /// Where to write it, as typed (relative to the current directory).
    public var path: String

    /// A request to write `content` to `path`.
    public init(content: ExportContent, path: String) {
        self.content = content
        self.path = path
    }
}
