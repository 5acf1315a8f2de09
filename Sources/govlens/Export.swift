import Analytics
import ArgumentParser
import Dashboard
import Foundation
import LedgerKit
import Snapshot
import TerminalCore

/// `govlens export PATH...`: writes a view of a ledger without a terminal, as the dashboard's
/// `e` would.
struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Export a view of a ledger (its screen or its full table) without opening the dashboard.",
        discussion: """
            Builds the view as the dashboard would (fiscal year, filter, drill path, panel, sort) and \
            writes the screen as drawn (--snapshot: text or markdown) or every row of the table behind \
            it (text, markdown, csv, json), stamped with provenance: tool version, time, the ledger's \
            as-of date, each input file's size and SHA-256, the view and the command line. CSV keeps \
            its provenance in FILE.provenance.txt (on standard error with -o -).

            --drill takes steps from the top down, joined by '/', each KIND:ID: a classification \
            (organisation, category, fund, function, region) and a node's code, vendor and a vendor \
            id, item and a line-item id, kpi and a KPI id, rule and an audit rule's id, or finding and \
            RULE:NUMBER; '%', '/', spaces and control characters in an id are written %XX. Examples: \
            organisation:PW/category:5100/vendor:V0042, rule:split-purchase/finding:split-purchase:1.

            Without -o the file is govlens-VIEW-YEAR-UTCTIME.EXT in the current directory. An existing \
            file is never replaced without --force. Exit status: 0 written, 1 the file exists (or the \
            ledger has errors), 2 usage or I/O problems (an unwritable directory).
            """
    )

    @Argument(help: "The ledger's files or folder (default: the embedded demo ledger).")
    var paths: [String] = []

    @Option(help: "The view: overview, budget, spending, kpis, items or audit.")
    var view: String

    @Option(help: "The drill path: KIND:ID/KIND:ID/… (see above).")
    var drill = ""

    @Option(name: .customLong("fiscal-year"), help: "The fiscal year (default: the one containing the as-of date).")
    var fiscalYear: Int?

    @Option(help: "Filter terms, as typed after f in the dashboard: amount>=N amount<=N date>=D date<=D vendor=KIND words.")
    var filter = ""

    @Option(help: "Sort the view by a column: COLUMN:asc or COLUMN:desc (column titles in lower case, spaces as -).")
    var sort: String?

    @Option(help: "Group the view: the budget by organisation, category, fund or function; spending by month, quarter or year.")
    var by: String?

    @Option(help: "Open these budget nodes: codes joined by ',' (escaped as in --drill, ',' as %2C).")
    var expand = ""

    @Option(help: "Select this row of the view's list (1 is the first), as the snapshot shows it.")
    var row: Int?

    @Option(help: "Scroll the view's list so that this row is the first shown (1 is the first).")
    var top: Int?

    @Option(help: "text, markdown, csv or json.")
    var format: ExportFormat

    @Flag(help: "Export the screen as drawn instead of the full table (text or markdown).")
    var snapshot = false

    @Option(help: "The screen size of a snapshot, WIDTHxHEIGHT.")
    var size = "80x24"

    @Flag(help: "Draw the snapshot in ASCII, as on a LANG=C terminal.")
    var ascii = false

    @Option(name: [.customShort("o"), .customLong("output")], help: "The file to write, or - for standard output.")
    var output: String?

    @Flag(help: "Replace the file (and a CSV's sidecar) if it exists.")
    var force = false

    @Flag(help: "Show the names of private persons paid, as `govlens --show-personal` does; by default they are redacted as on screen.")
    var showPersonal = false

    @Option(name: .customLong("audit"), help: ArgumentHelp(AuditOptions.help, valueName: "NAME=VALUE"))
    var audit: [String] = []

    func validate() throws {
        guard ViewSpecification.panel(named: view) != nil else {
            throw ValidationError("--view \(view): expected overview, budget, spending, kpis, items or audit")
        }
        if let top, top < 1 { throw ValidationError("--top \(top): rows count from 1") }
        _ = try AuditOptions.settings(audit)
        guard screenSize != nil else { throw ValidationError("--size \(size): expected WIDTHxHEIGHT, such as 80x24") }
        if snapshot, format == .csv || format == .json {
            throw ValidationError("--snapshot exports text or markdown; csv and json are for the full table")
        }
    }

    /// `--size` read, between 1x1 and 1000x1000.
    private var screenSize: Size? {
        let parts = size.lowercased().split(separator: "x").compactMap { Int($0) }
        guard parts.count == 2, (1...1000).contains(parts[0]), (1...1000).contains(parts[1]) else { return nil }
        return Size(width: parts[0], height: parts[1])
    }

    func run() throws {
        let sources = try Validate.sources(paths)
        guard sources.count == 1, let source = sources.first else {
            printError("govlens export: the paths hold \(sources.count) ledgers; name one: \(sources.map(\.name).joined(separator: ", "))")
            throw ExitCode(2)
        }
        let load = LedgerLoader.load(source, diagnosticLimit: 100)
        guard load.isValid else {
            printError("govlens export: \(load.name) has errors; run: govlens validate \(load.name)")
            throw ExitCode(load.diagnostics.ioErrorCount > 0 ? 2 : 1)
        }
        let auditSettings = try AuditOptions.settings(audit)
        try AuditOptions.check(auditSettings, currency: load.ledger.currency)
        let specification = ViewSpecification(
            panel: ViewSpecification.panel(named: view)!, drill: drill, fiscalYear: fiscalYear, filter: filter, sort: sort,
            by: by, expanded: expand, row: row, top: top)
        var state: AppState
        do {
            let ledger = showPersonal ? load.ledger : load.ledger.redactingIndividuals()
            state = try AppState(
                store: LedgerStore(ledger), specification: specification, screenSize: screenSize!, glyphs: ascii ? .ascii : .unicode,
                auditSettings: auditSettings)
        } catch {
            printError("govlens export: \(error.description)")
            throw ExitCode(2)
        }
        state.exportContext = ExportContext(
            ledgerPaths: DemoLedger.commandPaths(of: source), showsPersonalData: showPersonal, time: Date(), auditSettings: auditSettings)
        let content: ExportContent = snapshot ? .snapshot(format) : .table(format)
        do {
            let document = try ExportRun.document(content, state: state, source: source)
            if output == "-" {
                FileHandle.standardOutput.write(Data(document.contents.utf8))
                if let sidecar = document.sidecar { FileHandle.standardError.write(Data(sidecar.utf8)) }
                return
            }
            let path = output ?? content.proposedFileName(view: state.panel.exportName, fiscalYear: state.fiscalYear, time: state.exportContext.time)
            let written = try ExportRun.write(document, to: path, overwrite: force)
            if output == nil { print(TerminalText.clean(written.joined(separator: " "))) }
        } catch {
            printError("govlens export: \(error.description)")
            throw ExitCode(error.exitStatus)
        }
    }
}

extension ExportFormat: ExpressibleByArgument {}
