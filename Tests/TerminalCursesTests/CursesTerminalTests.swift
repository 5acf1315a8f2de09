import Glibc
import Testing
import TerminalCore
@testable import TerminalCurses

/// Curses keeps global state: these tests run one at a time, each with its own screen on a
/// pseudo-terminal.
@Suite("Curses terminal, headless on a pseudo-terminal", .serialized)
struct CursesTerminalTests {
    private func open(_ pty: PseudoTerminal, colors: CursesTerminal.ColorPolicy = .never, locale: String = "C.UTF-8") throws -> CursesTerminal {
        var options = CursesTerminal.Options()
        options.terminalType = "xterm-256color"
        options.locale = locale
        options.colors = colors
        options.handlesSignals = false
        options.inputDescriptor = pty.replica
        options.outputDescriptor = pty.replica
        return try CursesTerminal(options: options)
    }

    @Test("reports the terminal size and UTF-8 glyphs")
    func sizeAndGlyphs() throws {
        let pty = try PseudoTerminal(width: 100, height: 30)
        let terminal = try open(pty)
        defer { terminal.close() }
        #expect(terminal.size == Size(width: 100, height: 30))
        #expect(terminal.glyphs == .unicode)
    }

    @Test("the C locale selects ASCII glyphs")
    func asciiLocale() throws {
        let pty = try PseudoTerminal(width: 80, height: 24)
        let terminal = try open(pty, locale: "C")
        defer { terminal.close() }
        #expect(terminal.glyphs == .ascii)
    }

    @Test("presenting a canvas writes its ASCII and Japanese text; a second identical frame writes almost nothing")
    func present() throws {
        let pty = try PseudoTerminal(width: 40, height: 6)
        let terminal = try open(pty)
        defer { terminal.close() }
        _ = pty.drainOutput()
        var canvas = Canvas(size: terminal.size, glyphs: terminal.glyphs)
        canvas.drawBox(canvas.bounds, title: "予算")
        canvas.put("Hello, Riverton", x: 2, y: 1)
        canvas.put("東京都千代田区", x: 2, y: 2)
        terminal.present(canvas)
        let first = pty.drainOutput()
        #expect(first.contains(utf8: "Hello, Riverton"))
        #expect(first.contains(utf8: "東京都千代田区"))
        #expect(first.contains(utf8: "予算"))
        #expect(first.contains(utf8: "┌"))
        terminal.present(canvas)
        let second = pty.drainOutput()
        #expect(second.count < 16)
        canvas.put("Jello", x: 2, y: 1)
        terminal.present(canvas)
        let third = pty.drainOutput()
        #expect(third.contains(utf8: "J"))
        #expect(!third.contains(utf8: "ello"))
    }

    @Test("styles: colour pairs when allowed, attributes otherwise")
    func styledOutput() throws {
        let pty = try PseudoTerminal(width: 20, height: 3)
        let colored = try open(pty, colors: .always)
        #expect(colored.usesColor)
        _ = pty.drainOutput()
        var canvas = Canvas(size: colored.size)
        canvas.put("over", x: 0, y: 0, style: .bad)
        colored.present(canvas)
        let red = pty.drainOutput()
        colored.close()
        #expect(red.contains(utf8: "\u{1B}[31m"))
        #expect(red.contains(utf8: "over"))

        let mono = try open(pty, colors: .never)
        defer { mono.close() }
        #expect(!mono.usesColor)
        _ = pty.drainOutput()
        mono.present(canvas)
        let plain = pty.drainOutput()
        #expect(!plain.contains(utf8: "\u{1B}[31m"))
        #expect(plain.contains(utf8: "\u{1B}[4m") || plain.contains(utf8: ";4m"))
    }

    @Test("keys typed on the terminal arrive as Key values", arguments: [
        ("q", Key.character("q")), ("日", .character("日")), ("\r", .enter), ("\t", .tab),
        ("\u{18}", .control("x")), ("\u{7F}", .backspace), ("\u{1B}OA", .up), ("\u{1B}OB", .down),
        ("\u{1B}[5~", .pageUp), ("\u{1B}[6~", .pageDown), ("\u{1B}OH", .home), ("\u{1B}OF", .end),
        ("\u{1B}[Z", .backTab), ("\u{1B}[15~", .function(5)), ("\u{1B}[3~", .delete), ("\u{1B}", .escape),
    ])
    func keys(typed: String, expected: Key) throws {
        let pty = try PseudoTerminal(width: 20, height: 3)
        let terminal = try open(pty)
        defer { terminal.close() }
        pty.type(typed)
        #expect(terminal.readEvent(timeoutMilliseconds: 2000) == .key(expected))
        #expect(terminal.readEvent(timeoutMilliseconds: 0) == nil)
    }

    @Test("a key sequence the terminfo entry does not know is skipped whole, not taken for Escape", arguments: [
        "\u{1B}[4~", "\u{1B}[1;5D", "\u{1B}[200~", "\u{1B}OP2",
    ])
    func unknownSequence(typed: String) throws {
        let pty = try PseudoTerminal(width: 20, height: 3)
        let terminal = try open(pty)
        defer { terminal.close() }
        pty.type(typed + "j")
        let expected: [Event] = typed == "\u{1B}OP2" ? [.key(.function(1)), .key(.character("2")), .key(.character("j"))] : [.key(.character("j"))]
        var events: [Event] = []
        while let event = terminal.readEvent(timeoutMilliseconds: events.count < expected.count ? 2000 : 0) {
            events.append(event)
        }
        #expect(events == expected)
    }

    @Test("Escape followed by a letter is Escape, then the letter")
    func escapeThenLetter() throws {
        let pty = try PseudoTerminal(width: 20, height: 3)
        let terminal = try open(pty)
        defer { terminal.close() }
        pty.type("\u{1B}q")
        #expect(terminal.readEvent(timeoutMilliseconds: 2000) == .key(.escape))
        #expect(terminal.readEvent(timeoutMilliseconds: 2000) == .key(.character("q")))
    }

    @Test("readEvent returns nil after the timeout when nothing is typed")
    func timeout() throws {
        let pty = try PseudoTerminal(width: 20, height: 3)
        let terminal = try open(pty)
        defer { terminal.close() }
        #expect(terminal.readEvent(timeoutMilliseconds: 30) == nil)
    }

    @Test("a terminal that goes away ends the session")
    func hangUp() throws {
        let pty = try PseudoTerminal(width: 20, height: 3)
        let terminal = try open(pty)
        defer { terminal.close() }
        Glibc.close(pty.controller)
        #expect(terminal.readEvent(timeoutMilliseconds: 2000) == .terminate)
    }

    @Test("a stop signal ends the session with Event.terminate and is recorded; handlers are removed on close")
    func stopSignal() throws {
        let pty = try PseudoTerminal(width: 20, height: 3)
        var options = CursesTerminal.Options()
        options.terminalType = "xterm-256color"
        options.locale = "C.UTF-8"
        options.inputDescriptor = pty.replica
        options.outputDescriptor = pty.replica
        let terminal = try CursesTerminal(options: options)
        var previous = sigaction()
        sigaction(SIGHUP, nil, &previous)
        #expect(previous.__sigaction_handler.sa_handler != nil)
        raiseUnblocked(SIGHUP)
        #expect(terminal.readEvent(timeoutMilliseconds: 2000) == .terminate)
        #expect(terminal.receivedSignal == SIGHUP)
        terminal.close()
        sigaction(SIGHUP, nil, &previous)
        #expect(previous.__sigaction_handler.sa_handler == nil)
    }

    @Test("the signal-handler restore writes the terminal's reset strings")
    func emergencyRestore() throws {
        let pty = try PseudoTerminal(width: 20, height: 3)
        var options = CursesTerminal.Options()
        options.terminalType = "xterm-256color"
        options.locale = "C.UTF-8"
        options.inputDescriptor = pty.replica
        options.outputDescriptor = pty.replica
        let terminal = try CursesTerminal(options: options)
        defer { terminal.close() }
        _ = pty.drainOutput()
        SignalGuard.restoreTerminal()
        let written = pty.drainOutput()
        #expect(written.contains(utf8: "\u{1B}[?1049l"))
        #expect(written.contains(utf8: "\u{1B}[?25h"))
    }

    @Test("a window-size change arrives as a resize event with the new size")
    func resize() throws {
        let pty = try PseudoTerminal(width: 80, height: 24)
        let terminal = try open(pty)
        defer { terminal.close() }
        pty.resize(width: 60, height: 20)
        raiseUnblocked(SIGWINCH)
        #expect(terminal.readEvent(timeoutMilliseconds: 2000) == .resize(Size(width: 60, height: 20)))
        #expect(terminal.size == Size(width: 60, height: 20))
    }

    /// The test runner blocks most signals; deliver one to this thread with it unblocked.
    private func raiseUnblocked(_ signal: Int32) {
        var unblock = sigset_t()
        var saved = sigset_t()
        sigemptyset(&unblock)
        sigaddset(&unblock, signal)
        pthread_sigmask(SIG_UNBLOCK, &unblock, &saved)
        raise(signal)
        pthread_sigmask(SIG_SETMASK, &saved, nil)
    }

    @Test("an unknown terminal type is an error that names it, and leaves signal handling as it was")
    func unknownType() throws {
        let pty = try PseudoTerminal(width: 20, height: 3)
        var options = CursesTerminal.Options()
        options.terminalType = "no-such-terminal-type"
        options.inputDescriptor = pty.replica
        options.outputDescriptor = pty.replica
        #expect(throws: CursesTerminalError.unknownTerminalType("no-such-terminal-type")) {
            try CursesTerminal(options: options)
        }
        var current = sigaction()
        sigaction(SIGHUP, nil, &current)
        #expect(current.__sigaction_handler.sa_handler == nil)
    }
}
