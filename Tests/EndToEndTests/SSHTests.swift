import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

extension EndToEnd {
    /// The dashboard as an official reaches it: through OpenSSH, on an account whose key may
    /// only run govlens (see the README's deployment recipe).
    @Suite("over SSH", .enabled(if: SSHServer.missingTool == nil, "sshd is not installed (apt-get install openssh-server)"))
    struct SSHTests {
        @Test("over a real SSH connection: Overview, a drill and a panel; when the connection drops, govlens exits")
        func connectionDrops() throws {
            let ledger = GovLensProgram.repositoryRoot + "/sample-data/riverton"
            let server = try SSHServer(command: [GovLensProgram.binary, ledger].map(Shell.quote).joined(separator: " "))
            defer { server.stop() }
            let session = try TmuxSession(program: server.clientCommand)
            defer { session.close() }
            let overview = try session.waitUntil("the Overview over SSH", timeout: 120) { $0.contains(overviewDrawn) && $0[0] == rivertonTitle }
            #expect(overview[23].hasPrefix(" Enter drill"), "\(overview)")

            try session.press("Down")
            try session.waitUntil("Finance Department selected") { $0.contains("│▶Finance Department") }
            try session.press("Enter")
            try session.waitFor(breadcrumb: " All agencies › Finance Department")
            try session.type("3")
            try session.waitUntil("the Spending panel") { $0[1].contains("[3 Spending]") }

            let govlens = server.descendants(named: "govlens")
            #expect(govlens.count == 1, "govlens processes under sshd: \(govlens)\n\(server.log)")
            try session.send(signal: SIGKILL)
            #expect(try session.waitForExit().status == 128 + SIGKILL)
            try waitUntil("govlens to exit after the connection dropped", timeout: 60, log: server.log) {
                !govlens.contains(where: ProcessTable.isRunning) && server.descendants(named: "govlens").isEmpty
            }
        }

        /// Polls `condition` every 10 ms; throws, with the server's log, after `timeout` seconds.
        private func waitUntil(_ what: String, timeout: Double, log: @autoclosure () -> String, _ condition: () -> Bool) throws {
            let deadline = Date().addingTimeInterval(timeout)
            while !condition() {
                guard Date() < deadline else { throw EndToEndError("timed out after \(timeout) s waiting for \(what); sshd's log:\n\(log())") }
                usleep(10_000)
            }
        }
    }
}
