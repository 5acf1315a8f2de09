import Foundation
import Testing
import TestSupport
#if canImport(Glibc)
import Glibc
#endif

extension EndToEnd {
    /// Starting, quitting, signals, broken ledgers and the places the dashboard cannot run.
    @Suite("start and exit")
    struct StartAndExitTests {
        @Test("the demo ledger opens on its Overview; q quits with status 0 and restores the terminal")
        func startAndQuit() throws {
            let session = try openOverview()
            defer { session.close() }
            let screen = try session.waitFor(row: 0, rivertonTitle)
            #expect(screen[1] == " All agencies                                            [1 Overview] 2 3 4 5 6")
            #expect(screen[23].hasPrefix(" Enter drill  Bksp back  [ ] year  ? help  q quit"))
            #expect(screen.rows.count == 24)
            #expect(try session.screenModes().alternateScreen)
            try expectQuitRestoresTerminal(session)
        }

        @Test("Ctrl-C ends the program with 128 + SIGINT and restores the terminal")
        func interrupt() throws {
            let session = try openOverview()
            defer { session.close() }
            try session.press("C-c")
            #expect(try session.waitForExit() == TmuxSession.Exit(status: 128 + SIGINT, modesRestored: true))
            try expectRestored(session)
        }

        @Test("SIGTERM ends the program with 128 + SIGTERM and restores the terminal")
        func terminate() throws {
            let session = try openOverview()
            defer { session.close() }
            try session.send(signal: SIGTERM)
            #expect(try session.waitForExit() == TmuxSession.Exit(status: 128 + SIGTERM, modesRestored: true))
            try expectRestored(session)
        }

        @Test("a ledger with errors is not opened: its diagnostics are printed and the status is 1")
        func brokenLedger() throws {
            let folder = try TemporaryLedgerFolder(prefix: "e2e-ledger")
            var document = LedgerDocument()
            document.lineItems = [JSONObject.lineItem(date: "2025-02-30").text]
            try folder.write("ledger.json", document.text)
            let session = try TmuxSession([folder.path("ledger.json")], width: 160)
            defer { session.close() }
            #expect(try session.waitForExit() == TmuxSession.Exit(status: 1, modesRestored: true))
            let screen = try session.screen()
            #expect(screen.contains("error: $.lineItems[0].date: expected a date YYYY-MM-DD, found \"2025-02-30\""), "\(screen)")
            #expect(screen.contains("INVALID (1 error"), "\(screen)")
        }

        @Test("without an interactive terminal: a message pointing to govlens export and govlens validate, status 2", arguments: [
            NoTerminal(environment: ["TERM": "xterm-256color"], reason: "standard input is not a terminal"),
            NoTerminal(environment: ["TERM": "dumb"], reason: "the terminal is dumb (TERM=dumb)"),
            NoTerminal(environment: [:], reason: "TERM is not set"),
        ])
        func noTerminal(_ case: NoTerminal) throws {
            let folder = try TemporaryLedgerFolder(prefix: "e2e-output")
            let environment = ["PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"].merging(`case`.environment) { $1 }
            let status = try ChildProcess.run([GovLensProgram.binary, GovLensProgram.repositoryRoot + "/sample-data/riverton"],
                                              output: folder.path("output"), environment: environment)
            let output = try folder.text("output")
            #expect(status == 2)
            #expect(output.contains("govlens: \(`case`.reason); the dashboard needs an interactive terminal"), "\(output)")
            let ledger = GovLensProgram.repositoryRoot + "/sample-data/riverton"
            #expect(output.contains("print a view with: govlens export \(ledger) --view overview --format text --snapshot -o -"), "\(output)")
            #expect(output.contains("check ledgers with: govlens validate \(ledger)"), "\(output)")
        }

        /// An environment in which the dashboard cannot start, and the reason it gives.
        struct NoTerminal: CustomTestStringConvertible, Sendable {
            let environment: [String: String]
            let reason: String
            var testDescription: String { reason }
        }
    }
}
