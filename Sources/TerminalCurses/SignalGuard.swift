import Glibc
import Synchronization

/// Signal handling while curses owns the terminal.
///
/// - SIGINT, SIGTERM, SIGHUP (Ctrl-C in cbreak mode, `kill`, an SSH connection dropping):
///   the first one only sets a flag. ``CursesTerminal/readEvent(timeoutMilliseconds:)``
///   sees it (the signal also interrupts its `poll`) and returns ``Event/terminate``, the
///   event loop ends, and ``CursesTerminal/close()`` calls `endwin()` in the normal way.
///   A second one, when the program did not stop after the first (busy in a long
///   computation), restores the terminal from the handler and `_exit`s with 128 + signal.
/// - SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGTRAP, SIGABRT (a crash, a failed precondition):
///   the handler restores the terminal, reinstates the previous handler (the Swift runtime's
///   backtracer, or the default) and raises the signal again, so the crash is reported as
///   usual on a usable screen.
///
/// Restoring from a handler uses only async-signal-safe calls: `write` of the terminal's
/// reset strings (sgr0, cnorm, rmkx, rmcup), captured when curses started, and `tcsetattr`
/// with the terminal modes saved before curses changed them. `endwin` itself is not
/// async-signal-safe, so handlers never call it.
///
/// The handlers are installed before `newterm`, so ncurses sees them and does not install
/// its own SIGINT/SIGTERM handlers (which would `_exit(1)`), and ``uninstall()`` brings
/// back exactly what the program had before.
enum SignalGuard {
    static let stopSignals: [Int32] = [SIGINT, SIGTERM, SIGHUP]
    static let crashSignals: [Int32] = [SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGTRAP, SIGABRT]
    /// Room for the previous action of every classic signal (all of the above are below 32).
    private static let signalSlots = 32

    /// The first stop signal received, 0 if none.
    static let pendingSignal = Atomic<Int32>(0)

    /// What the handlers need to restore the terminal.
    private struct Restore {
        var bytes: UnsafeMutablePointer<UInt8>?
        var byteCount: Int
        var outputDescriptor: Int32
        var inputDescriptor: Int32
        var modes: UnsafeMutablePointer<termios>?
        var previous: UnsafeMutablePointer<sigaction>
    }

    /// Changed only on the curses thread, and only while our handlers are not installed or
    /// the signals they handle are blocked.
    nonisolated(unsafe) private static var restore: Restore?

    /// Installs the handlers. When a handler has to restore the terminal it applies `modes`
    /// (if any) to `inputDescriptor` and writes the reset sequence (see
    /// ``setResetSequence(_:)``) to `outputDescriptor`.
    static func install(outputDescriptor: Int32, inputDescriptor: Int32, modes: termios?) {
        precondition(restore == nil, "signal handlers already installed")
        pendingSignal.store(0, ordering: .sequentiallyConsistent)
        var savedModes: UnsafeMutablePointer<termios>?
        if let modes {
            savedModes = UnsafeMutablePointer<termios>.allocate(capacity: 1)
            savedModes?.initialize(to: modes)
        }
        let previous = UnsafeMutablePointer<sigaction>.allocate(capacity: signalSlots)
        previous.initialize(repeating: sigaction(), count: signalSlots)
        restore = Restore(
            bytes: nil, byteCount: 0, outputDescriptor: outputDescriptor, inputDescriptor: inputDescriptor,
            modes: savedModes, previous: previous)
        for signal in stopSignals {
            setHandler(onStopSignal, for: signal, previous: previous + Int(signal))
        }
        for signal in crashSignals {
            setHandler(onCrashSignal, for: signal, previous: previous + Int(signal))
        }
    }

    /// Sets the bytes that reset the terminal; known only once curses has loaded terminfo.
    static func setResetSequence(_ sequence: [UInt8]) {
        let bytes = UnsafeMutablePointer<UInt8>.allocate(capacity: max(1, sequence.count))
        bytes.initialize(from: sequence, count: sequence.count)
        withHandledSignalsBlocked {
            guard restore != nil else { return }
            restore?.bytes?.deallocate()
            restore?.bytes = bytes
            restore?.byteCount = sequence.count
        }
    }

    /// Reinstates the handlers that were there before ``install(outputDescriptor:inputDescriptor:modes:)``.
    static func uninstall() {
        withHandledSignalsBlocked {
            guard let current = restore else { return }
            for signal in stopSignals + crashSignals {
                sigaction(signal, current.previous + Int(signal), nil)
            }
            restore = nil
            current.previous.deallocate()
            current.modes?.deallocate()
            current.bytes?.deallocate()
        }
    }

    /// Writes the reset strings and restores the saved terminal modes; async-signal-safe.
    static func restoreTerminal() {
        guard let current = restore else { return }
        if let bytes = current.bytes, current.byteCount > 0 {
            _ = write(current.outputDescriptor, bytes, current.byteCount)
        }
        if let modes = current.modes {
            _ = tcsetattr(current.inputDescriptor, TCSANOW, modes)
        }
    }

    private static func setHandler(_ handler: @convention(c) (Int32) -> Void, for signal: Int32, previous: UnsafeMutablePointer<sigaction>) {
        var action = sigaction()
        action.__sigaction_handler.sa_handler = handler
        sigemptyset(&action.sa_mask)
        action.sa_flags = SA_RESTART
        sigaction(signal, &action, previous)
    }

    /// Runs `body` with the stop signals blocked on this thread, so no handler of ours sees
    /// `restore` half-changed. (Crash signals are synchronous: they come from `body` itself.)
    private static func withHandledSignalsBlocked(_ body: () -> Void) {
        var blocked = sigset_t()
        var saved = sigset_t()
        sigemptyset(&blocked)
        for signal in stopSignals {
            sigaddset(&blocked, signal)
        }
        pthread_sigmask(SIG_BLOCK, &blocked, &saved)
        body()
        pthread_sigmask(SIG_SETMASK, &saved, nil)
    }

    private static let onStopSignal: @convention(c) (Int32) -> Void = { signal in
        if SignalGuard.pendingSignal.compareExchange(expected: 0, desired: signal, ordering: .sequentiallyConsistent).exchanged {
            return
        }
        SignalGuard.restoreTerminal()
        _exit(128 + signal)
    }

    private static let onCrashSignal: @convention(c) (Int32) -> Void = { signal in
        SignalGuard.restoreTerminal()
        if let current = SignalGuard.restore {
            sigaction(signal, current.previous + Int(signal), nil)
        }
        raise(signal)
    }
}
