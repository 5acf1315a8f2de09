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
enum SignalGuard {
    static let stopSignals: [Int32] = [SIGINT, SIGTERM, SIGHUP]
    static let crashSignals: [Int32] = [SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGTRAP, SIGABRT]
    /// Room for the previous action of every classic signal (all of the above are below 32).
    private static let signalSlots = 32

    /// The first stop signal received, 0 if none.
    static let pendingSignal = Atomic<Int32>(0)

    /// What the handlers need to restore the terminal, prepared before they are installed.
    private struct Restore {
        var bytes: UnsafeMutablePointer<UInt8>
        var byteCount: Int
        var outputDescriptor: Int32
        var inputDescriptor: Int32
        var modes: UnsafeMutablePointer<termios>?
        var previous: UnsafeMutablePointer<sigaction>
    }

    /// Set only by ``install(resetSequence:outputDescriptor:inputDescriptor:modes:)`` and
    /// ``uninstall()``, on the curses thread, while no handler of ours is installed.
    nonisolated(unsafe) private static var restore: Restore?

    /// Installs the handlers. `resetSequence` is written to `outputDescriptor` and `modes`
    /// (if any) applied to `inputDescriptor` when a handler has to restore the terminal.
    static func install(resetSequence: [UInt8], outputDescriptor: Int32, inputDescriptor: Int32, modes: termios?) {
        precondition(restore == nil, "signal handlers already installed")
        pendingSignal.store(0, ordering: .sequentiallyConsistent)
        let bytes = UnsafeMutablePointer<UInt8>.allocate(capacity: max(1, resetSequence.count))
        bytes.initialize(from: resetSequence, count: resetSequence.count)
        var savedModes: UnsafeMutablePointer<termios>?
        if let modes {
            savedModes = UnsafeMutablePointer<termios>.allocate(capacity: 1)
            savedModes?.initialize(to: modes)
        }
        let previous = UnsafeMutablePointer<sigaction>.allocate(capacity: signalSlots)
        previous.initialize(repeating: sigaction(), count: signalSlots)
        restore = Restore(
            bytes: bytes, byteCount: resetSequence.count, outputDescriptor: outputDescriptor, inputDescriptor: inputDescriptor,
            modes: savedModes, previous: previous)
        for signal in stopSignals {
            setHandler(onStopSignal, for: signal, previous: previous + Int(signal))
        }
        for signal in crashSignals {
            setHandler(onCrashSignal, for: signal, previous: previous + Int(signal))
        }
    }

    /// Reinstates the handlers that were there before ``install(resetSequence:outputDescriptor:inputDescriptor:modes:)``.
    static func uninstall() {
        guard let current = restore else { return }
        for signal in stopSignals + crashSignals {
            sigaction(signal, current.previous + Int(signal), nil)
        }
        restore = nil
        current.previous.deallocate()
        current.modes?.deallocate()
        current.bytes.deallocate()
    }

    private static func setHandler(_ handler: @convention(c) (Int32) -> Void, for signal: Int32, previous: UnsafeMutablePointer<sigaction>) {
        var action = sigaction()
        action.__sigaction_handler.sa_handler = handler
        sigemptyset(&action.sa_mask)
        action.sa_flags = SA_RESTART
        sigaction(signal, &action, previous)
    }

    /// Writes the reset strings and restores the saved terminal modes; async-signal-safe.
    static func restoreTerminal() {
        guard let current = restore else { return }
        if current.byteCount > 0 {
            _ = write(current.outputDescriptor, current.bytes, current.byteCount)
        }
        if let modes = current.modes {
            _ = tcsetattr(current.inputDescriptor, TCSANOW, modes)
        }
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
