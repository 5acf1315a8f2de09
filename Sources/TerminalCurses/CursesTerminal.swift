import CNCursesW
import Glibc
import Synchronization
import TerminalCore

/// The terminal, driven through ncursesw: the only place GovLens talks to curses.
///
/// Starting it sets the locale from the environment, opens curses on the terminal
/// (standard input/output when they are terminals, else `/dev/tty`), and switches to
/// cbreak, no echo, keypad, `nonl`, a 25 ms Escape delay and a hidden cursor. The event
/// loop then alternates ``present(_:)`` and ``readEvent(timeoutMilliseconds:)``, and
/// ends with ``close()``.
///
/// ```swift
/// let terminal = try CursesTerminal()
/// defer { terminal.close() }
/// var canvas = Canvas(size: terminal.size, glyphs: terminal.glyphs)
/// while true {
///     render(state, into: &canvas)
///     terminal.present(canvas)
///     switch terminal.readEvent() {
///     case .resize(let size)?: canvas.resize(to: size)
///     case .terminate?: return
///     case .key(let key)?: state = update(state, key)
///     case nil: continue
///     }
/// }
/// ```
///
/// The terminal is restored with `endwin()` on every exit path: ``close()`` (also run by
/// `deinit`), an `exit()` anywhere in the program (an `atexit` hook), SIGINT, SIGTERM and
/// SIGHUP (see `SignalGuard`: the first becomes ``Event/terminate``, a second one restores
/// and exits from the handler), and crashes (restored from the signal handler).
///
/// ncurses is not thread-safe: create, use and close a terminal on one thread, and have at
/// most one open at a time.
public final class CursesTerminal {
    /// Whether roles may be drawn in colour.
    public enum ColorPolicy: Sendable {
        /// Colour when the terminal has colours and `NO_COLOR` is unset or empty.
        case automatic
        /// Colour whenever the terminal has colours, whatever `NO_COLOR` says.
        case always
        /// Attributes only (bold, dim, reverse, underline).
        case never
    }

    /// How to start the terminal; the defaults suit the real program.
    public struct Options: Sendable {
        /// Colour or attributes only.
        public var colors: ColorPolicy = .automatic
        /// Install the SIGINT/SIGTERM/SIGHUP and crash handlers (see the type's overview).
        public var handlesSignals = true
        /// Milliseconds curses waits after Escape for the rest of an escape sequence.
        public var escapeDelay = 25
        /// The locale name given to `setlocale(LC_ALL, _)`; `""` takes it from the environment.
        public var locale = ""
        /// The terminfo type; `nil` uses `TERM`.
        public var terminalType: String?
        /// Read keys from this descriptor instead of standard input or `/dev/tty`.
        public var inputDescriptor: Int32?
        /// Draw to this descriptor instead of standard output or `/dev/tty`.
        public var outputDescriptor: Int32?

        /// The defaults.
        public init() {}
    }

    /// The glyphs the locale can show: Unicode under UTF-8, else ASCII. Create canvases
    /// with these glyphs.
    public let glyphs: Glyphs
    /// Whether styles are drawn with colour pairs.
    public let usesColor: Bool
    /// The stop signal that ended the session, if one did (for an exit status of 128 + signal).
    public private(set) var receivedSignal: Int32?

    let palette: CursesPalette
    let inputDescriptor: Int32
    private let screen: OpaquePointer
    private let inputFile: UnsafeMutablePointer<FILE>
    private let outputFile: UnsafeMutablePointer<FILE>
    private let ownedTTY: Int32?
    private let handlesSignals: Bool
    private var isOpen = true

    /// Whether a curses screen is open in this process (read by the `atexit` hook).
    private static let screenOpen = Atomic<Bool>(false)
    private static let exitHookInstalled = Atomic<Bool>(false)

    /// Starts curses on the terminal.
    ///
    /// - Throws: ``CursesTerminalError`` when there is no terminal or its type is unknown.
    public init(options: Options = Options()) throws(CursesTerminalError) {
        precondition(!Self.screenOpen.load(ordering: .sequentiallyConsistent), "a CursesTerminal is already open")
        glyphs = TerminalLocale.activate(options.locale)

        var tty: Int32?
        func terminalDescriptor(_ given: Int32?, standard: Int32) -> Int32? {
            if let given { return given }
            if isatty(standard) != 0 { return standard }
            if tty == nil {
                let opened = open("/dev/tty", O_RDWR | O_CLOEXEC | O_NOCTTY)
                tty = opened >= 0 ? opened : nil
            }
            return tty
        }
        guard let input = terminalDescriptor(options.inputDescriptor, standard: STDIN_FILENO),
              let output = terminalDescriptor(options.outputDescriptor, standard: STDOUT_FILENO),
              let inputFile = Self.openStream(duplicating: input, mode: "r")
        else {
            if let tty { Glibc.close(tty) }
            throw .noTerminal
        }
        guard let outputFile = Self.openStream(duplicating: output, mode: "w") else {
            fclose(inputFile)
            if let tty { Glibc.close(tty) }
            throw .noTerminal
        }

        var shellModes = termios()
        let hasShellModes = tcgetattr(input, &shellModes) == 0
        if options.handlesSignals {
            SignalGuard.install(outputDescriptor: output, inputDescriptor: input, modes: hasShellModes ? shellModes : nil)
        }
        let type = options.terminalType ?? Self.environment("TERM")
        guard let screen = newterm(type, outputFile, inputFile) else {
            if options.handlesSignals {
                SignalGuard.uninstall()
            }
            fclose(inputFile)
            fclose(outputFile)
            if let tty { Glibc.close(tty) }
            throw .unknownTerminalType(type)
        }
        set_term(screen)
        self.screen = screen
        self.inputFile = inputFile
        self.outputFile = outputFile
        self.ownedTTY = tty
        self.inputDescriptor = input
        self.handlesSignals = options.handlesSignals
        Self.screenOpen.store(true, ordering: .sequentiallyConsistent)
        Self.installExitHook()

        let window = govlens_stdscr()
        cbreak()
        noecho()
        nonl()
        intrflush(window, false)
        keypad(window, true)
        leaveok(window, true)
        set_escdelay(Int32(options.escapeDelay))
        curs_set(0)

        var color = false
        if CursesPalette.wantsColor(policy: options.colors, noColor: Self.environment("NO_COLOR"), terminalHasColors: has_colors()) {
            start_color()
            color = CursesPalette.hasEnoughPairs(Int(govlens_color_pairs()))
        }
        usesColor = color
        palette = CursesPalette(mode: color ? .color : .monochrome)
        palette.installColorPairs()

        if options.handlesSignals {
            SignalGuard.setResetSequence(Self.resetSequence())
        }
    }

    deinit {
        close()
    }

    /// The terminal's current size in cells.
    public var size: Size {
        let window = govlens_stdscr()
        return Size(width: Int(getmaxx(window)), height: Int(getmaxy(window)))
    }

    /// Restores the terminal (`endwin`) and releases curses; safe to call more than once.
    public func close() {
        guard isOpen else { return }
        isOpen = false
        if handlesSignals {
            SignalGuard.uninstall()
        }
        endwin()
        delscreen(screen)
        fclose(inputFile)
        fclose(outputFile)
        if let ownedTTY {
            Glibc.close(ownedTTY)
        }
        Self.screenOpen.store(false, ordering: .sequentiallyConsistent)
    }

    /// Records and clears a pending stop signal; true if there was one.
    func takePendingSignal() -> Bool {
        let signal = SignalGuard.pendingSignal.exchange(0, ordering: .sequentiallyConsistent)
        guard signal != 0 else { return false }
        receivedSignal = signal
        return true
    }

    /// The bytes that put the terminal back in its ordinary state, from terminfo:
    /// attributes off, cursor visible, keypad transmit off, leave the alternate screen.
    private static func resetSequence() -> [UInt8] {
        var bytes: [UInt8] = []
        for capability in ["sgr0", "cnorm", "rmkx", "rmcup"] {
            guard let value = tigetstr(capability), Int(bitPattern: value) != -1 else { continue }
            bytes += Array(String(cString: value).utf8)
        }
        return bytes
    }

    /// A stdio stream on a duplicate of `descriptor`, so closing it leaves the caller's open.
    private static func openStream(duplicating descriptor: Int32, mode: String) -> UnsafeMutablePointer<FILE>? {
        let duplicate = dup(descriptor)
        guard duplicate >= 0 else { return nil }
        guard let stream = fdopen(duplicate, mode) else {
            Glibc.close(duplicate)
            return nil
        }
        return stream
    }

    private static func environment(_ name: String) -> String? {
        getenv(name).map { String(cString: $0) }
    }

    /// Ends curses at process exit if the program exits without closing the terminal.
    private static func installExitHook() {
        guard !exitHookInstalled.exchange(true, ordering: .sequentiallyConsistent) else { return }
        atexit {
            if CursesTerminal.screenOpen.load(ordering: .sequentiallyConsistent) {
                endwin()
            }
        }
    }
}
