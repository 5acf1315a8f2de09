import Foundation
import TestSupport
#if canImport(Glibc)
import Glibc
#endif

/// The real `govlens` binary in a private tmux server: press keys, resize, read the screen,
/// and see how the program ended.
///
/// Each session has its own server (`-L`), no configuration (`-f /dev/null`) and a clean
/// environment, and is killed by ``close()``: call it in a `defer`.
///
/// The program runs under a small `sh` wrapper that prints ``startLine``, records the
/// terminal modes (`stty -g`), runs govlens, and then writes the exit status and whether the
/// modes came back to a file. Waiting for that file is how a test knows the program ended
/// (tmux's `#{pane_dead_status}` is set some time after the pane dies and is not reliable).
/// The wrapper then sleeps (ten minutes at most, should the test runner die before killing
/// the server) rather than exit, because tmux blanks the screen of a dead pane and hides its
/// cursor: the screen stays as the program left it, for the test to read.
final class TmuxSession {
    /// The line the wrapper prints before starting the program: after a clean exit the
    /// normal screen shows it again (and nothing of the dashboard).
    static let startLine = "e2e: starting govlens"

    /// How the program ended.
    struct Exit: Equatable, CustomStringConvertible {
        /// The exit status, or 128 + the signal that ended it.
        let status: Int32
        /// Whether the terminal modes (`stty -g`) after the program are those before it.
        let modesRestored: Bool

        var description: String { "exit \(status), terminal modes \(modesRestored ? "restored" : "NOT restored")" }
    }

    private let server = "govlens-e2e-\(getpid())-\(UUID().uuidString.prefix(8))"
    private let folder: TemporaryLedgerFolder
    private var isOpen = true

    /// Starts `govlens arguments…` at `width`x`height` in the repository root. The program's
    /// environment is `PATH`, `LANG=C.UTF-8` and `TERM=tmux-256color`, changed and extended by
    /// `environment`; nothing else of the test runner's leaks in.
    convenience init(_ arguments: [String] = [], width: Int = 80, height: Int = 24, environment: [String: String] = [:]) throws {
        try self.init(program: [GovLensProgram.binary] + arguments, width: width, height: height, environment: environment)
    }

    /// Starts `program` (an executable and its arguments) in the same way, for a program that
    /// runs govlens in turn: `script` recording it, or an `ssh` client. Signals and the exit
    /// status are then those of `program`.
    init(program: [String], width: Int = 80, height: Int = 24, environment: [String: String] = [:]) throws {
        folder = try TemporaryLedgerFolder(prefix: "e2e")
        let settings = ["PATH": "/usr/local/bin:/usr/bin:/bin", "LANG": "C.UTF-8", "TERM": "tmux-256color"]
            .merging(environment) { $1 }
        let command = ["env", "-i"] + settings.keys.sorted().map { "\($0)=\(settings[$0]!)" }
            + ["sh", "-c", Self.wrapper, "e2e", folder.path("status"), folder.path("pid")] + program
        try tmux(["new-session", "-d", "-s", "app", "-x", "\(width)", "-y", "\(height)", "-c", GovLensProgram.repositoryRoot] + command)
    }

    deinit { close() }

    /// Kills the server and everything in it (also done when the session is released).
    func close() {
        guard isOpen else { return }
        isOpen = false
        _ = try? tmux(["kill-server"])
    }

    /// Presses named keys in order: `Down`, `Enter`, `BSpace`, `Escape`, `Tab`, `BTab`,
    /// `PageDown`, or single characters such as `q`.
    func press(_ keys: String...) throws {
        try tmux(["send-keys", "-t", "app"] + keys)
    }

    /// Types `text` as it is (no key names).
    func type(_ text: String) throws {
        try tmux(["send-keys", "-t", "app", "-l", text])
    }

    /// Resizes the window; the program receives KEY_RESIZE.
    func resize(width: Int, height: Int) throws {
        try tmux(["resize-window", "-t", "app", "-x", "\(width)", "-y", "\(height)"])
    }

    /// Resizes the window to each of `sizes` in turn, all in one tmux command, so the program
    /// receives the resizes as fast as tmux makes them.
    func resize(through sizes: [(width: Int, height: Int)]) throws {
        let commands = sizes.map { ["resize-window", "-t", "app", "-x", "\($0.width)", "-y", "\($0.height)"] }
        try tmux(Array(commands.joined(separator: [";"])))
    }

    /// The pane's title (`#{pane_title}`), which an OSC 0 or OSC 2 sequence would change.
    func paneTitle() throws -> String {
        try tmux(["display-message", "-p", "-t", "app", "#{pane_title}"]).trimmingCharacters(in: .newlines)
    }

    /// Sends `signal` to the program (not to its wrapper).
    func send(signal: Int32) throws {
        let pid = try poll("the program's process id") {
            (try? String(contentsOfFile: folder.path("pid"), encoding: .utf8)).flatMap { pid_t($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
        }
        guard kill(pid, signal) == 0 else { throw EndToEndError("kill \(pid) failed: errno \(errno)") }
    }

    /// The screen as it is now; with `styles`, with the escape sequences of colours and
    /// attributes (`capture-pane -e`).
    func screen(styles: Bool = false) throws -> Screen {
        Screen(capture: try tmux(["capture-pane", "-t", "app", "-p"] + (styles ? ["-e"] : [])))
    }

    /// Polls the screen until `condition` holds and the screen has not changed for 50 ms;
    /// returns that screen. Throws, showing the last screen, after `timeout` seconds.
    @discardableResult
    func waitUntil(_ what: String, timeout: Double = 30, _ condition: (Screen) -> Bool) throws -> Screen {
        let deadline = Date().addingTimeInterval(timeout)
        var last = try screen()
        var unchangedSince = Date()
        while true {
            if condition(last), Date().timeIntervalSince(unchangedSince) >= 0.05 { return last }
            guard Date() < deadline else {
                throw EndToEndError("timed out after \(timeout) s waiting for \(what); the screen:\n\(last)")
            }
            usleep(10_000)
            let current = try screen()
            if current != last {
                last = current
                unchangedSince = Date()
            }
        }
    }

    /// Waits until the screen shows `text` somewhere.
    @discardableResult
    func waitFor(_ text: String, timeout: Double = 30) throws -> Screen {
        try waitUntil("'\(text)'", timeout: timeout) { $0.contains(text) }
    }

    /// Waits until row `row` (0 at the top) reads exactly `text`.
    @discardableResult
    func waitFor(row: Int, _ text: String, timeout: Double = 30) throws -> Screen {
        try waitUntil("row \(row) to read '\(text)'", timeout: timeout) { $0[row] == text }
    }

    /// Presses `key` until the selected row (the one marked `▶`) contains `text`, waiting for
    /// the mark to move after each press; returns the screen. Throws after `limit` presses.
    @discardableResult
    func pressUntilSelected(_ text: String, key: String = "Down", limit: Int = 30) throws -> Screen {
        var screen = try waitUntil("a selected row") { $0.selectedRow != nil }
        for _ in 0..<limit {
            if screen[screen.selectedRow ?? -1].contains(text) { return screen }
            let before = screen.selectedRow
            try press(key)
            screen = try waitUntil("the selection to move from row \(before ?? -1)") { $0.selectedRow != nil && $0.selectedRow != before }
        }
        throw EndToEndError("\(text) is not selected after \(limit) presses of \(key); the screen:\n\(screen)")
    }

    /// Waits until the breadcrumb (see ``Screen/breadcrumb``) reads exactly `text`.
    @discardableResult
    func waitFor(breadcrumb text: String, timeout: Double = 30) throws -> Screen {
        try waitUntil("the breadcrumb to read '\(text)'", timeout: timeout) { $0.breadcrumb == text }
    }

    /// Waits for the program to end.
    func waitForExit(timeout: Double = 30) throws -> Exit {
        try poll("the program to exit", timeout: timeout) {
            guard let text = try? String(contentsOfFile: folder.path("status"), encoding: .utf8) else { return nil }
            let fields = Dictionary(text.split(whereSeparator: \.isWhitespace).compactMap { field -> (String, String)? in
                let parts = field.split(separator: ":", maxSplits: 1).map(String.init)
                return parts.count == 2 ? (parts[0], parts[1]) : nil
            }) { $1 }
            guard let status = fields["exit"].flatMap({ Int32($0) }) else { return nil }
            return Exit(status: status, modesRestored: fields["modes-restored"] == "yes")
        }
    }

    /// Presses `q` and waits for the program to end.
    func quit() throws -> Exit {
        try press("q")
        return try waitForExit()
    }

    /// Whether the pane shows the alternate screen, and whether its cursor is visible.
    func screenModes() throws -> (alternateScreen: Bool, cursorVisible: Bool) {
        let flags = try tmux(["display-message", "-p", "-t", "app", "#{alternate_on} #{cursor_flag}"])
            .split(whereSeparator: \.isWhitespace)
        return (flags.first == "1", flags.dropFirst().first == "1")
    }

    /// Calls `attempt` every 10 ms until it returns a value; throws after `timeout` seconds.
    private func poll<Value>(_ what: String, timeout: Double = 30, _ attempt: () throws -> Value?) throws -> Value {
        let deadline = Date().addingTimeInterval(timeout)
        while true {
            if let value = try attempt() { return value }
            guard Date() < deadline else {
                throw EndToEndError("timed out after \(timeout) s waiting for \(what); the screen:\n\((try? screen())?.description ?? "?")")
            }
            usleep(10_000)
        }
    }

    /// Runs tmux on this session's server; returns its standard output.
    @discardableResult
    private func tmux(_ arguments: [String]) throws -> String {
        let output = folder.path("tmux-\(UUID().uuidString).out")
        defer { unlink(output) }
        let status = try ChildProcess.run(["tmux", "-L", server, "-f", "/dev/null"] + arguments, output: output)
        let text = (try? String(contentsOfFile: output, encoding: .utf8)) ?? ""
        guard status == 0 else {
            throw EndToEndError("tmux \(arguments.joined(separator: " ")) failed with status \(status): \(text)")
        }
        return text
    }

    /// The `sh` script around the program: `$1` the status file, `$2` the process id file,
    /// then the program and its arguments. The inner `sh` writes its process id and becomes
    /// the program (`exec`), so a signal reaches govlens itself; the wrapper catches SIGINT
    /// (Ctrl-C reaches the whole foreground process group) so that it lives to write the status.
    private static let wrapper = """
        status_file=$1; pid_file=$2; shift 2
        trap : INT
        modes=$(stty -g)
        printf '%s\\n' '\(startLine)'
        sh -c 'echo "$$" > "$0"; exec "$@"' "$pid_file" "$@"
        code=$?
        if [ "$(stty -g)" = "$modes" ]; then restored=yes; else restored=no; fi
        printf 'exit:%s modes-restored:%s\\n' "$code" "$restored" > "$status_file.part"
        mv "$status_file.part" "$status_file"
        exec sleep 600
        """
}
