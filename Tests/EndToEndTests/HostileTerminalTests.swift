import Foundation
import Testing
import TestSupport
#if canImport(Glibc)
import Glibc
#endif

extension EndToEnd {
    /// Terminals that misbehave: resized without pause, far too small, hung up, signalled while
    /// a large ledger loads or an export is written.
    @Suite("hostile terminals")
    struct HostileTerminalTests {
        @Test("a resize storm (50 resizes in one go, down to 20x5) does not crash; the Overview comes back and answers keys")
        func resizeStorm() throws {
            let session = try openOverview()
            defer { session.close() }
            let sizes = (0..<50).map { step in (width: 20 + (step * 37) % 181, height: 5 + (step * 13) % 56) }
            try session.resize(through: sizes)
            try session.resize(width: 80, height: 24)
            try session.waitUntil("the Overview at 80x24") { $0.rows.count == 24 && $0[0] == rivertonTitle && $0.contains(overviewDrawn) }
            try session.press("Down")
            try session.waitUntil("Finance Department selected") { $0.contains("│▶Finance Department") }
            try expectQuitRestoresTerminal(session)
        }

        @Test("at 20x5 the program asks for room and still takes keys; given room it draws the Overview; q quits with status 0")
        func tinyTerminal() throws {
            let session = try TmuxSession(width: 20, height: 5)
            defer { session.close() }
            try session.waitFor("Terminal", timeout: 60)
            try session.press("Down")
            try session.resize(width: 80, height: 24)
            try session.waitUntil("the Overview at 80x24, the Down taken") { $0[0] == rivertonTitle && $0.contains("│▶Finance Department") }
            try session.resize(width: 20, height: 5)
            try session.waitUntil("the request for room") { $0.rows.count == 5 && $0.contains("Terminal") }
            #expect(try session.quit() == TmuxSession.Exit(status: 0, modesRestored: true))
            // The wrapper's start line is wrapped at 20 columns, so only the modes are compared.
            try expectRestored(session, alternateScreen: false)
        }

        @Test("SIGHUP (an SSH connection dropping) ends the program with 128 + SIGHUP and restores the terminal")
        func hangUp() throws {
            let session = try openOverview()
            defer { session.close() }
            try session.send(signal: SIGHUP)
            #expect(try session.waitForExit() == TmuxSession.Exit(status: 128 + SIGHUP, modesRestored: true))
            try expectRestored(session)
        }

        @Test("a signal while a large ledger is loading ends the program with 128 + signal and restores the terminal",
              arguments: [SIGINT, SIGTERM, SIGHUP])
        func signalWhileLoading(_ signal: Int32) throws {
            let session = try TmuxSession([try SyntheticLedger.path()])
            defer { session.close() }
            try session.waitFor("q or Ctrl-C stops", timeout: 60)
            try session.send(signal: signal)
            #expect(try session.waitForExit() == TmuxSession.Exit(status: 128 + signal, modesRestored: true))
            try expectRestored(session)
        }

        @Test("SIGTERM while e writes a large table: the export is finished or not started, never partial; no temporary file is left")
        func signalDuringExport() throws {
            let scratch = try TemporaryLedgerFolder(prefix: "e2e-export-signal")
            let session = try TmuxSession([try SyntheticLedger.path()])
            defer { session.close() }
            try session.waitFor(overviewDrawn, timeout: 300)
            try session.type("5")
            try session.waitFor("line items · total")
            try session.press("e")
            try session.waitFor("┌ Export")
            try session.press("Down", "Down")
            for _ in 0..<60 { try session.press("BSpace") }
            try session.waitFor("File: _")
            try session.type(scratch.path("items.txt"))
            try session.press("Enter")
            try session.send(signal: SIGTERM)
            #expect(try session.waitForExit(timeout: 300) == TmuxSession.Exit(status: 128 + SIGTERM, modesRestored: true))
            try expectRestored(session)

            let left = try FileManager.default.contentsOfDirectory(atPath: scratch.path)
            #expect(left.allSatisfy { $0 == "items.txt" }, "left behind: \(left)")
            if left == ["items.txt"] {
                let written = try scratch.text("items.txt")
                #expect(written.hasPrefix("# GovLens export\n") && written.hasSuffix("\n"))
                #expect(written.contains("# command: govlens export "))
            }
        }
    }
}
