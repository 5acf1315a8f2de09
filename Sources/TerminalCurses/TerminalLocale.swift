import CNCursesW
import Glibc
import TerminalCore

/// The process locale, as curses sees it.
public enum TerminalLocale {
    /// Sets the process locale from the environment (`setlocale(LC_ALL, name)`; `""` means
    /// `LANG`/`LC_*`) and reports which glyphs the terminal can show: ``Glyphs/unicode``
    /// when the codeset is UTF-8, else ``Glyphs/ascii``.
    ///
    /// Curses must see the locale before `newterm`, or double-width characters take one
    /// column; ``CursesTerminal`` calls this itself.
    @discardableResult
    public static func activate(_ name: String = "") -> Glyphs {
        setlocale(LC_ALL, name)
        return isUTF8(codeset: currentCodeset()) ? .unicode : .ascii
    }

    /// The codeset of the current `LC_CTYPE`, e.g. `"UTF-8"` or `"ANSI_X3.4-1968"`.
    public static func currentCodeset() -> String {
        guard let codeset = nl_langinfo(nl_item(CODESET)) else { return "" }
        return String(cString: codeset)
    }

    /// Whether a codeset name means UTF-8 (`UTF-8`, `utf8`, any case).
    static func isUTF8(codeset: String) -> Bool {
        let normalized = codeset.lowercased().filter { $0 != "-" && $0 != "_" }
        return normalized == "utf8"
    }
}
