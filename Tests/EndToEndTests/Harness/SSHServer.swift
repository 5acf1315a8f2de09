import Foundation
import TestSupport
#if canImport(Glibc)
import Glibc
#endif

/// OpenSSH's `sshd` on 127.0.0.1, a free port, for one test: the way an official reaches the
/// dashboard on a server.
///
/// Everything lives in a temporary folder: a host key, a client key, an `authorized_keys` whose
/// one line lets the client in with `restrict,pty,command="…"` (a forced command: whatever the
/// client asks, it gets that command on a terminal, and no forwarding), and a configuration
/// that accepts only that key for the current user. `sshd` runs in the foreground (`-D -e`),
/// not as a service, and ``stop()`` ends it; call it in a `defer`.
final class SSHServer {
    /// Where OpenSSH's server is on Debian.
    static let sshd = "/usr/sbin/sshd"

    /// Why the SSH test cannot run here, or `nil` when it can.
    static var missingTool: String? {
        if !FileManager.default.isExecutableFile(atPath: sshd) {
            return "sshd is not installed (apt-get install openssh-server; .ci/run does)"
        }
        return ChildProcess.isInstalled("ssh") && ChildProcess.isInstalled("ssh-keygen") ? nil : "the OpenSSH client is not installed"
    }

    /// The port `sshd` listens on.
    let port: Int
    /// The process id of the listening `sshd`.
    let pid: pid_t
    /// The user the client logs in as: the one running the tests.
    let user: String
    private let folder: TemporaryLedgerFolder
    private var isRunning = true

    /// Starts `sshd` with the forced `command` (run by the user's shell, as `sshd` runs forced
    /// commands) and waits until it accepts connections.
    init(command: String) throws {
        folder = try TemporaryLedgerFolder(prefix: "sshd")
        user = try Self.currentUser()
        try Self.makePrivilegeSeparationDirectory()
        for key in ["host_key", "client_key"] {
            let status = try ChildProcess.run(["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", "govlens-e2e", "-f", folder.path(key)],
                                              output: folder.path("keygen.log"))
            guard status == 0 else { throw EndToEndError("ssh-keygen failed: \((try? folder.text("keygen.log")) ?? "")") }
        }
        let clientKey = try folder.text("client_key.pub").trimmingCharacters(in: .whitespacesAndNewlines)
        let quoted = command.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
        try folder.write("authorized_keys", "restrict,pty,command=\"\(quoted)\" \(clientKey)\n")

        (port, pid) = try Self.start(in: folder, user: user)
    }

    deinit { stop() }

    /// The file of the client's private key.
    var clientKey: String { folder.path("client_key") }

    /// What `sshd` has logged so far, for failure messages.
    var log: String { (try? folder.text("sshd.log")) ?? "" }

    /// The `ssh` command that logs in with the client key on a terminal (`-tt`), trusting the
    /// temporary host key without recording it, and sending `LANG`.
    var clientCommand: [String] {
        ["ssh", "-tt", "-F", "/dev/null", "-i", clientKey, "-p", "\(port)",
         "-o", "StrictHostKeyChecking=no", "-o", "UserKnownHostsFile=/dev/null", "-o", "IdentitiesOnly=yes",
         "-o", "BatchMode=yes", "-o", "LogLevel=ERROR", "-o", "SendEnv=LANG", "\(user)@127.0.0.1"]
    }

    /// Ends `sshd` (SIGTERM, then SIGKILL after a generous wait) and reaps it; safe to call twice.
    func stop() {
        guard isRunning else { return }
        isRunning = false
        kill(pid, SIGTERM)
        let deadline = Date().addingTimeInterval(30)
        while !ChildProcess.hasEnded(pid) {
            if Date() > deadline {
                kill(pid, SIGKILL)
                _ = try? ChildProcess.wait(for: pid, name: "sshd")
                return
            }
            usleep(10_000)
        }
    }

    /// The processes named `name` that descend from this `sshd` (its sessions and their commands).
    func descendants(named name: String) -> [pid_t] {
        let table = ProcessTable.current()
        return table.entries.filter { $0.name == name && table.isDescendant($0.pid, of: pid) }.map(\.pid)
    }

    /// Starts `sshd` on a free port and waits until it listens; tries another port if the one
    /// found free was taken in the meantime.
    private static func start(in folder: TemporaryLedgerFolder, user: String) throws -> (port: Int, pid: pid_t) {
        for _ in 0..<5 {
            let port = try freePort()
            try folder.write("sshd_config", configuration(port: port, folder: folder, user: user))
            let pid = try ChildProcess.start([sshd, "-D", "-e", "-f", folder.path("sshd_config")], output: folder.path("sshd.log"))
            if try waitUntilListening(port: port, pid: pid) { return (port, pid) }
            let log = (try? folder.text("sshd.log")) ?? ""
            guard log.contains("Address already in use") else { throw EndToEndError("sshd did not start on port \(port): \(log)") }
        }
        throw EndToEndError("sshd found no free port in five attempts")
    }

    /// The configuration: this folder's keys only, public-key logins of the current user only
    /// (root included, as on CI), no PAM, no forwarding of any kind.
    private static func configuration(port: Int, folder: TemporaryLedgerFolder, user: String) -> String {
        """
        ListenAddress 127.0.0.1
        Port \(port)
        HostKey \(folder.path("host_key"))
        PidFile \(folder.path("sshd.pid"))
        AuthorizedKeysFile \(folder.path("authorized_keys"))
        AllowUsers \(user)
        StrictModes no
        UsePAM no
        PubkeyAuthentication yes
        PasswordAuthentication no
        KbdInteractiveAuthentication no
        PermitRootLogin prohibit-password
        PermitTTY yes
        AllowTcpForwarding no
        AllowAgentForwarding no
        AllowStreamLocalForwarding no
        X11Forwarding no
        PermitTunnel no
        AcceptEnv LANG
        LogLevel VERBOSE

        """
    }

    private static func currentUser() throws -> String {
        guard let entry = getpwuid(geteuid()), let name = entry.pointee.pw_name else {
            throw EndToEndError("the current user (uid \(geteuid())) has no name")
        }
        return String(cString: name)
    }

    /// `sshd` started by root refuses to run without its privilege-separation directory, which
    /// only the service's start-up normally creates.
    private static func makePrivilegeSeparationDirectory() throws {
        guard geteuid() == 0, !FileManager.default.fileExists(atPath: "/run/sshd") else { return }
        guard mkdir("/run/sshd", 0o755) == 0 || errno == EEXIST else {
            throw EndToEndError("cannot create /run/sshd: errno \(errno)")
        }
    }

    /// A TCP port on 127.0.0.1 that nothing listens on now (the kernel's choice for port 0).
    private static func freePort() throws -> Int {
        let socketDescriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard socketDescriptor >= 0 else { throw EndToEndError("socket failed: errno \(errno)") }
        defer { close(socketDescriptor) }
        var address = loopback(port: 0)
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(socketDescriptor, $0, length) == 0 && getsockname(socketDescriptor, $0, &length) == 0
            }
        }
        guard bound else { throw EndToEndError("cannot find a free port: errno \(errno)") }
        return Int(UInt16(bigEndian: address.sin_port))
    }

    /// Polls until `port` accepts a connection (true) or `sshd` has exited (false).
    private static func waitUntilListening(port: Int, pid: pid_t) throws -> Bool {
        let deadline = Date().addingTimeInterval(30)
        while Date() < deadline {
            if ChildProcess.hasEnded(pid) { return false }
            if accepts(port: port) { return true }
            usleep(10_000)
        }
        kill(pid, SIGKILL)
        _ = try ChildProcess.wait(for: pid, name: "sshd")
        throw EndToEndError("sshd did not listen on port \(port) within 30 s")
    }

    private static func accepts(port: Int) -> Bool {
        let socketDescriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard socketDescriptor >= 0 else { return false }
        defer { close(socketDescriptor) }
        var address = loopback(port: port)
        return withUnsafePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(socketDescriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) == 0
            }
        }
    }

    private static func loopback(port: Int) -> sockaddr_in {
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = UInt16(port).bigEndian
        address.sin_addr.s_addr = UInt32(0x7F00_0001).bigEndian
        return address
    }
}
