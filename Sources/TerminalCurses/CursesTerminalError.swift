/// Why a ``CursesTerminal`` could not start.
public enum CursesTerminalError: Error, Equatable, CustomStringConvertible {
    /// Neither standard input/output nor `/dev/tty` is a terminal.
    case noTerminal
    /// curses does not know the terminal type (`TERM`), or it is unset.
    case unknownTerminalType(String?)

    public var description: String {
        switch self {
        case .noTerminal:
            "no terminal: standard input and output are not terminals and /dev/tty cannot be opened"
        case .unknownTerminalType(let name?):
            "unknown terminal type '\(name)': set TERM to a type in the terminfo database (e.g. xterm-256color)"
        case .unknownTerminalType(nil):
            "TERM is not set: set it to a type in the terminfo database (e.g. xterm-256color)"
        }
    }
}
