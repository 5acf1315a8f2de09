import ArgumentParser
import Foundation
import LedgerKit
import TerminalCurses

/// The `govlens` command: a terminal dashboard for public spending and performance.
@main
struct GovLens: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "govlens",
        abstract: "Public budgets, spending and results in your terminal.",
        discussion: """
            With no subcommand and no path, GovLens shows the embedded demo ledger (the fictional \
            City of Riverton). Ledger format: docs/ledger-format.md.
            """,
        version: GovLensVersion.current,
        subcommands: [Open.self, Validate.self, Import.self, Export.self],
        defaultSubcommand: Open.self
    )

    /// Runs the command; usage errors exit 2, as the help says, not ArgumentParser's 64.
    static func main() {
        MallocTuning.useOneArena()
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            if exitCode(for: error) == .validationFailure {
                printError(fullMessage(for: error))
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }
}

/// `govlens [PATH...]`: opens ledgers in the dashboard.
struct Open: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Open ledgers in the dashboard (default: the embedded demo ledger).",
        discussion: """
            One ledger opens on its Overview; several (a folder such as sample-data/) are offered in a \
            picker first. Needs a terminal: without one (TERM=dumb or unset, input or output not a \
            terminal) it exits 2; use `govlens export` (a view as text) or `govlens validate` there. A ledger with errors is not opened: its \
            diagnostics are printed and the exit status is 1.
            """
    )

    @Argument(help: "Ledger files or folders (default: the embedded demo ledger).")
    var paths: [String] = []

    @Flag(help: "Show the names of private persons paid (vendors of kind individual); by default each shows as 'Individual recipient' with a stable short hash.")
    var showPersonal = false

    @Option(name: .customLong("audit"), help: ArgumentHelp(AuditOptions.help, valueName: "NAME=VALUE"))
    var audit: [String] = []

    func validate() throws {
        _ = try AuditOptions.settings(audit)
    }

    func run() throws {
        let auditSettings = try AuditOptions.settings(audit)
        let sources = try Validate.sources(paths)
        if let problem = TerminalRequirement.problem() {
            let ledgers = paths.isEmpty ? "" : " " + paths.joined(separator: " ")
            printError("""
                govlens: \(problem); the dashboard needs an interactive terminal. Without one, print a view with: \
                govlens export\(ledgers) --view overview --format text --snapshot -o - (any view: govlens export --help); \
                check ledgers with: govlens validate\(ledgers)
                """)
            throw ExitCode(2)
        }
        let folder = paths.isEmpty ? DemoLedger.name : paths.joined(separator: ", ")
        let terminal: CursesTerminal
        do {
            terminal = try CursesTerminal()
        } catch {
            printError("govlens: \(error.description)")
            throw ExitCode(2)
        }
        defer { terminal.close() }
        guard let loads = LoadingScreen.load(sources, name: folder, on: terminal) else {
            terminal.close()
            throw ExitCode(terminal.receivedSignal.map { 128 + $0 } ?? 0)
        }
        let invalid = loads.filter { !$0.isValid }
        guard invalid.isEmpty else {
            terminal.close()
            for (position, load) in invalid.enumerated() {
                if position > 0 { print("") }
                ValidationRun.printReport(load, maximumDiagnostics: 100)
            }
            throw ExitCode(invalid.contains { $0.diagnostics.ioErrorCount > 0 } ? 2 : 1)
        }
        if loads.contains(where: { !auditSettings.amountProblems(currency: $0.ledger.currency).isEmpty }) {
            terminal.close()
            for load in loads { try AuditOptions.check(auditSettings, currency: load.ledger.currency) }
        }
        let session = DashboardSession(sources: sources, loads: loads, folder: folder, showsPersonalData: showPersonal, auditSettings: auditSettings)
        throw ExitCode(session.run(on: terminal))
    }
}

/// The version printed by `--version` and recorded in exports.
enum GovLensVersion {
    static let current = "0.1.0"
}
