import Glibc

/// A pseudo-terminal for driving curses headless: the program side (`replica`) is given to
/// `CursesTerminal` as input and output; the test types into and reads from `controller`.
final class PseudoTerminal {
    let controller: Int32
    let replica: Int32

    init(width: Int, height: Int) throws {
        let controller = posix_openpt(O_RDWR | O_NOCTTY | O_CLOEXEC)
        guard controller >= 0, grantpt(controller) == 0, unlockpt(controller) == 0,
              let name = ptsname(controller) else {
            throw PseudoTerminalError(operation: "posix_openpt")
        }
        let replica = open(name, O_RDWR | O_NOCTTY | O_CLOEXEC)
        guard replica >= 0 else {
            Glibc.close(controller)
            throw PseudoTerminalError(operation: "open replica")
        }
        self.controller = controller
        self.replica = replica
        resize(width: width, height: height)
    }

    deinit {
        Glibc.close(replica)
        if controller >= 0 {
            Glibc.close(controller)
        }
    }

    /// Sets the window size the program will see.
    func resize(width: Int, height: Int) {
        var size = winsize(ws_row: UInt16(height), ws_col: UInt16(width), ws_xpixel: 0, ws_ypixel: 0)
        _ = ioctl(controller, UInt(TIOCSWINSZ), &size)
    }

    /// Types bytes as if from a keyboard.
    func type(_ text: String) {
        let bytes = Array(text.utf8)
        _ = bytes.withUnsafeBytes { write(controller, $0.baseAddress, $0.count) }
    }

    /// Everything the program wrote since the last call, read until the output is idle.
    func drainOutput(idleMilliseconds: Int32 = 50) -> [UInt8] {
        var output: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            var descriptor = pollfd(fd: controller, events: Int16(POLLIN), revents: 0)
            guard poll(&descriptor, 1, idleMilliseconds) > 0, descriptor.revents & Int16(POLLIN) != 0 else { break }
            let count = buffer.withUnsafeMutableBytes { read(controller, $0.baseAddress, $0.count) }
            guard count > 0 else { break }
            output += buffer[0..<count]
        }
        return output
    }
}

// The pseudo-terminal functions sit behind _XOPEN_SOURCE in glibc's headers, which the Glibc
// module does not define; declare the C symbols directly.
@_silgen_name("posix_openpt") private func posix_openpt(_ flags: Int32) -> Int32
@_silgen_name("grantpt") private func grantpt(_ descriptor: Int32) -> Int32
@_silgen_name("unlockpt") private func unlockpt(_ descriptor: Int32) -> Int32
@_silgen_name("ptsname") private func ptsname(_ descriptor: Int32) -> UnsafeMutablePointer<CChar>?

struct PseudoTerminalError: Error {
    let operation: String
}

extension Array where Element == UInt8 {
    /// Whether `needle`'s UTF-8 bytes occur in these bytes.
    func contains(utf8 needle: String) -> Bool {
        let pattern = Array(needle.utf8)
        guard !pattern.isEmpty, pattern.count <= count else { return pattern.isEmpty }
        return (0...(count - pattern.count)).contains { start in
            self[start..<(start + pattern.count)].elementsEqual(pattern)
        }
    }
}
