import Foundation
import LedgerKit
import TerminalCore

/// What an export needs to know that the dashboard's state does not hold by itself: the
/// paths the ledger was opened from, whether private persons' names are shown, the time, and
/// the audit parameters of the command line.
public struct ExportContext: Hashable, Sendable {
    /// The ledger's paths as the user named them on the command line; empty for the
    /// embedded demo ledger (which `govlens` opens when given no path).
    public var ledgerPaths: [String]
    /// Whether the names of individuals paid are shown (`--show-personal`) rather than
    /// redacted.
    public var showsPersonalData: Bool
    /// The time, as the event loop last read it: export file names carry it. The update
    /// never reads the clock itself, so it stays a pure function.
    public var time: Date
    /// The audit parameters given on the command line (`--audit NAME=VALUE`), over the ledger's.
    public var auditSettings: AuditSettings

    /// A context for the ledger at `ledgerPaths`, at `time`.
    public init(
        ledgerPaths: [String] = [], showsPersonalData: Bool = false, time: Date = Date(timeIntervalSince1970: 0),
        auditSettings: AuditSettings = AuditSettings()
    ) {
        self.ledgerPaths = ledgerPaths
        self.showsPersonalData = showsPersonalData
        self.time = time
        self.auditSettings = auditSettings
    }
}

/// The `govlens export` command line that writes the same export of the same view: the
/// dashboard shows it in the export dialog and every export records it in its provenance.
///
/// ```text
/// govlens export sample-data/riverton --view overview --fiscal-year 2025 --drill organisation:PW --format text --snapshot --size 80x24
/// ```
///
/// It names no output file: run as is, it proposes a new time-stamped name. A snapshot's
/// command also names the selected row and the first row shown, when they are not the first.
public enum ReproducingCommand {
    /// The arguments after `govlens`, unquoted.
    public static func arguments(_ state: AppState, content: ExportContent) -> [String] {
        let specification = state.specification
        var arguments = ["export"] + state.exportContext.ledgerPaths + ["--view", specification.panel.exportName]
        if let year = specification.fiscalYear { arguments += ["--fiscal-year", String(year)] }
        if !specification.drill.isEmpty { arguments += ["--drill", specification.drill] }
        if !specification.filter.isEmpty { arguments += ["--filter", specification.filter] }
        if let sort = specification.sort { arguments += ["--sort", sort] }
        if let by = specification.by { arguments += ["--by", by] }
        if !specification.expanded.isEmpty { arguments += ["--expand", specification.expanded] }
        arguments += ["--format", content.format.rawValue]
        if content.isSnapshot {
            if let row = specification.row { arguments += ["--row", String(row)] }
            if let top = specification.top { arguments += ["--top", String(top)] }
            arguments += ["--snapshot", "--size", "\(state.screenSize.width)x\(state.screenSize.height)"]
            if state.glyphs == .ascii { arguments.append("--ascii") }
        }
        if state.exportContext.showsPersonalData { arguments.append("--show-personal") }
        for assignment in state.exportContext.auditSettings.assignments { arguments += ["--audit", assignment] }
        return arguments
    }

    /// The whole command as one line for a POSIX shell, each argument quoted when it needs
    /// to be, and sanitised (a ledger path or filter cannot put a control character on it).
    public static func text(_ state: AppState, content: ExportContent) -> String {
        (["govlens"] + arguments(state, content: content)).map(shellQuoted).joined(separator: " ")
    }

    /// `argument` as a shell reads it back: bare when it only has safe characters,
    /// otherwise in single quotes (a single quote inside written `'\''`).
    public static func shellQuoted(_ argument: String) -> String {
        let clean = TextSanitizer.sanitize(argument)
        let safe = !clean.isEmpty && clean.unicodeScalars.allSatisfy { scalar in
            scalar.isASCII && (scalar.properties.isAlphabetic || scalar.properties.numericType != nil || "-_./:=,@%+".unicodeScalars.contains(scalar))
        }
        return safe ? clean : "'" + clean.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
