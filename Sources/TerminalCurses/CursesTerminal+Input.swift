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
