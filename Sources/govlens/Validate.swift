import ArgumentParser
import LedgerKit

/// `govlens validate PATH...`: checks ledgers and prints compiler-style diagnostics and a summary.
struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check ledgers and print their problems and a summary.",
        discussion: """
            Prints each problem as FILE:LINE:COLUMN: error|warning: JSON-PATH: message, then a summary \
            per ledger. Exit status: 0 valid (warnings allowed), 1 errors in the data, 2 usage or I/O problems.
            """
    )

    @Argument(help: "Ledger files or folders; a folder may hold several ledgers (default: the embedded demo ledger).")
    var paths: [String] = []

    @Option(name: .customLong("max-diagnostics"), help: "Print at most this many diagnostics per ledger.")
    var maximumDiagnostics = 100

    func validate() throws {
        guard maximumDiagnostics >= 0 else { throw ValidationError("--max-diagnostics must be 0 or more") }
    }

    func run() throws {
        let sources = try Self.sources(paths)
        throw ExitCode(ValidationRun(sources: sources, maximumDiagnostics: maximumDiagnostics).run())
    }

    /// The ledgers under `paths`, or the embedded demo ledger when there are none; exits 2 on a bad path.
    static func sources(_ paths: [String]) throws -> [LedgerSource] {
        if paths.isEmpty { return [DemoLedger.source()] }
        do {
            return try LedgerDiscovery.discover(paths)
        } catch {
            printError(error.description)
            throw ExitCode(2)
        }
    }
}
