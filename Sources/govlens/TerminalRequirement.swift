#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Whether the dashboard can run here: an interactive terminal on standard input and output,
/// of a type that can address the cursor.
enum TerminalRequirement {
    /// Why the dashboard cannot run, or `nil` when it can.
    static func problem() -> String? {
        let type = getenv("TERM").map { String(cString: $0) } ?? ""
        if type.isEmpty { return "TERM is not set" }
        if type == "dumb" { return "the terminal is dumb (TERM=dumb)" }
        if isatty(STDIN_FILENO) == 0 { return "standard input is not a terminal" }
        if isatty(STDOUT_FILENO) == 0 { return "standard output is not a terminal" }
        return nil
    }
}
