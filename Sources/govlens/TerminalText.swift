#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import TerminalCore

/// Cleans text before it is printed outside curses (validate output, errors): data can hold
/// escape sequences and bidi controls, so every printed line goes through the one sanitiser.
enum TerminalText {
    /// ASCII under a non-UTF-8 locale (`LANG=C`), Unicode otherwise.
    static let mode: TextSanitizer.Mode = {
        setlocale(LC_ALL, "")
        guard let codeset = nl_langinfo(nl_item(CODESET)) else { return .ascii }
        let name = String(cString: codeset).uppercased()
        return name == "UTF-8" || name == "UTF8" ? .unicode : .ascii
    }()

    /// `text` sanitised as one line: a line break from the data becomes a visible `␤` (or `^J`), so
    /// data can neither drive the terminal nor forge a line of output.
    static func clean(_ text: String) -> String {
        TextSanitizer.sanitize(text, mode: mode)
    }
}
