import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Runs a program to completion with `posix_spawn`, its standard streams on files.
///
/// Not Foundation's `Process`: a tmux server forked by it inherits `Process`'s internal pipes,
/// so waiting for tmux never returns (TESTING.md). The child also starts with an empty signal
/// mask and default handlers: the test runner blocks most signals, and a tmux server that
/// inherited that mask would never reap its panes nor obey `kill-server`.
enum ChildProcess {
    /// Runs `arguments` (the program found on `PATH`) with standard input read from `input`
    /// and standard output and error written to `output` (created or truncated); `environment`
    /// replaces the test runner's when given. Returns the exit status, or 128 + the signal that
    /// ended the program.
    static func run(_ arguments: [String], input: String = "/dev/null", output: String = "/dev/null",
                    environment: [String: String]? = nil) throws -> Int32 {
        let pid = try start(arguments, input: input, output: output, environment: environment)
        return try wait(for: pid, name: arguments[0])
    }

    /// Starts `arguments` as ``run(_:input:output:environment:)`` does, without waiting for it;
    /// returns its process id. Wait for it with ``wait(for:name:)``.
    static func start(_ arguments: [String], input: String = "/dev/null", output: String = "/dev/null",
                      environment: [String: String]? = nil) throws -> pid_t {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, input, O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, output, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        var allSignals = sigset_t()
        sigfillset(&allSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        posix_spawnattr_setsigdefault(&attributes, &allSignals)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

        let argv = arguments.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        let envp = environment.map { $0.map { strdup("\($0.key)=\($0.value)") } + [nil] }
        defer { envp?.forEach { free($0) } }

        var pid: pid_t = 0
        let spawned = envp.map { posix_spawnp(&pid, arguments[0], &actions, &attributes, argv, $0) }
            ?? posix_spawnp(&pid, arguments[0], &actions, &attributes, argv, environ)
        guard spawned == 0 else {
            throw EndToEndError("cannot start \(arguments[0]): \(String(cString: strerror(spawned)))")
        }
        return pid
    }

    /// Waits for the child `pid` (started as `name`) to end; returns its exit status, or 128 +
    /// the signal that ended it.
    static func wait(for pid: pid_t, name: String) throws -> Int32 {
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 {
            guard errno == EINTR else { throw EndToEndError("waiting for \(name) failed: errno \(errno)") }
        }
        let signal = status & 0x7f
        return signal == 0 ? (status >> 8) & 0xff : 128 + signal
    }

    /// Whether the child `pid` has ended; it is reaped if so.
    static func hasEnded(_ pid: pid_t) -> Bool {
        var status: Int32 = 0
        return waitpid(pid, &status, WNOHANG) == pid
    }

    /// Whether `program` is an executable on `PATH`.
    static func isInstalled(_ program: String) -> Bool {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").contains { FileManager.default.isExecutableFile(atPath: "\($0)/\(program)") }
    }
}

/// The program or the harness did not behave as a test expected; the description says what
/// was awaited and shows the screen at that moment.
struct EndToEndError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
