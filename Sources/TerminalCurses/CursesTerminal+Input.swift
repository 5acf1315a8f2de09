import CNCursesW
import Glibc
import TerminalCore

extension CursesTerminal {
    /// Waits for the next event: a key, a resize, or a request to stop.
    ///
    /// Returns ``Event/terminate`` when a stop signal (SIGINT, SIGTERM, SIGHUP) arrived or
    /// the terminal went away (hang-up on the input), ``Event/resize(_:)`` with the new size
    /// after the terminal was resized, and ``Event/key(_:)`` for keys GovLens knows; other
    /// input is skipped.
    ///
    /// - Parameter timeoutMilliseconds: How long to wait; `nil` waits until an event comes.
    /// - Returns: The event, or `nil` when the timeout passed without one.
    public func readEvent(timeoutMilliseconds: Int? = nil) -> Event? {
        let window = govlens_stdscr()
        let deadline = timeoutMilliseconds.map { Self.now() + $0 }
        while true {
            if takePendingSignal() {
                return .terminate
            }
            wtimeout(window, 0)
            var character: wint_t = 0
            switch wget_wch(window, &character) {
            case KEY_CODE_YES:
                if Int32(character) == KEY_RESIZE {
                    return .resize(size)
                }
                if let key = CursesKeys.key(forKeyCode: Int32(character)) {
                    return .key(key)
                }
                continue
            case OK:
                if character == 0x1B, skipUnknownSequence(window) {
                    continue
                }
                if let key = CursesKeys.key(forCharacter: UInt32(character)) {
                    return .key(key)
                }
                continue
            default:
                break
            }
            let remaining = deadline.map { $0 - Self.now() } ?? Int.max
            if remaining <= 0 {
                return nil
            }
            if waitForInput(milliseconds: min(remaining, 250)) == .hungUp {
                return .terminate
            }
        }
    }

    /// After an Escape from `wget_wch`: when `[` or `O` follows at once, the terminal sent a
    /// key sequence its terminfo entry does not describe (a wrong `TERM`, a newer terminal):
    /// consumes the rest of it (up to a final byte `@`…`~`) and returns `true`, so it is
    /// neither taken for Escape (which would go back or quit) nor typed as text. Anything
    /// else is pushed back and the Escape stands.
    private func skipUnknownSequence(_ window: UnsafeMutablePointer<WINDOW>?) -> Bool {
        var next: wint_t = 0
        guard wget_wch(window, &next) == OK else { return false }
        guard next == 0x5B || next == 0x4F else {
            unget_wch(wchar_t(next))
            return false
        }
        if next == 0x4F {
            _ = wget_wch(window, &next)
            return true
        }
        for _ in 0..<32 {
            guard wget_wch(window, &next) == OK else { return true }
            if (0x40...0x7E).contains(next) { return true }
        }
        return true
    }

    private enum InputState {
        case ready
        case hungUp
    }

    /// Blocks until the input is readable, a signal arrives, or the time passes, and tells
    /// whether the input is gone: hung up, in error, or "readable" with no bytes to read
    /// (end of file), which would otherwise make the loop spin.
    private func waitForInput(milliseconds: Int) -> InputState {
        var descriptor = pollfd(fd: inputDescriptor, events: Int16(POLLIN), revents: 0)
        guard poll(&descriptor, 1, Int32(milliseconds)) > 0 else { return .ready }
        if descriptor.revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0 {
            return .hungUp
        }
        var available: Int32 = 0
        if ioctl(inputDescriptor, UInt(FIONREAD), &available) != 0 || available == 0 {
            return .hungUp
        }
        return .ready
    }

    /// Milliseconds on the monotonic clock.
    private static func now() -> Int {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return time.tv_sec * 1000 + time.tv_nsec / 1_000_000
    }
}
