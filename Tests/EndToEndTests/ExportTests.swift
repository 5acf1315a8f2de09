import Foundation
import Testing
import TestSupport

extension EndToEnd {
    /// Exporting from the running dashboard (`e`): the snapshot written is the screen tmux
    /// shows, and the command line recorded in it writes the same snapshot without a terminal.
    @Suite("export")
    struct ExportTests {
        @Test("e writes a snapshot equal, line for line, to tmux capture-pane of the same screen; its command reproduces it")
        func snapshotEqualsScreen() throws {
            let scratch = try TemporaryLedgerFolder(prefix: "e2e-export")
            let session = try openOverview()
            defer { session.close() }
            try session.press("Down")
            try session.waitUntil("Finance Department selected") { $0.contains("│▶Finance Department") }
            try session.press("Enter")
            let shown = try session.waitUntil("the drill into Finance Department") { $0[1].hasPrefix(" All agencies › Finance Department ") }

            try session.press("e")
            try session.waitFor("┌ Export")
            for _ in 0..<60 { try session.press("BSpace") }
            try session.waitFor("File: _")
            let path = scratch.path("dashboard snapshot.txt")
            try session.type(path)
            try session.press("Enter")
            try session.waitFor("Wrote ")
            let written = try scratch.text("dashboard snapshot.txt")
            let body = try #require(written.range(of: "\n\n").map { written[$0.upperBound...] }, "no empty line after the provenance")
            let lines = body.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init)
            #expect(lines.count == 24)
            for (number, (line, row)) in zip(lines, shown.rows).enumerated() {
                #expect(line == row, "row \(number)")
            }
            #expect(lines.count == shown.rows.count)

            let command = try #require(written.split(separator: "\n").first { $0.hasPrefix("# command: govlens export ") })
            #expect(command == "# command: govlens export --view overview --fiscal-year 2025 --drill organisation:FIN --format text --snapshot --size 80x24")
            let arguments = command.dropFirst("# command: govlens ".count).split(separator: " ").map(String.init)
            let status = try ChildProcess.run([GovLensProgram.binary] + arguments + ["-o", scratch.path("headless.txt")], output: scratch.path("headless.log"))
            let log = try scratch.text("headless.log")
            #expect(status == 0, "\(log)")
            let headless = try scratch.text("headless.txt")
            #expect(headless[try #require(headless.range(of: "\n\n")).upperBound...] == body)
            try expectQuitRestoresTerminal(session)
        }
    }
}
