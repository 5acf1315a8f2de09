#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An input file, read with `pread` into private buffers, never written (the program does not touch its inputs).
///
/// Not memory-mapped: a mapped file that another program truncates while it is read kills the
/// reader with SIGBUS, while a read that comes up short is an error the loader can report.
final class InputFile {
    /// Why a file could not be read.
    struct ReadError: Error {
        let message: String
    }

    /// The largest input file accepted.
    static let maximumSize = 4 << 30
    /// Bytes asked of each `pread` call.
    static let readSize = 8 << 20

    /// The file's size when it was opened; reads stop there even if it grows.
    let size: Int
    private let descriptor: Int32

    /// Opens `path` for reading; it must be a regular file of at most `maximumSize` bytes.
    init(path: String) throws(ReadError) {
        // O_NONBLOCK: opening a named pipe without a writer must fail below ("not a regular file"), not hang.
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard descriptor >= 0 else { throw ReadError(message: "cannot open: \(Self.lastError())") }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else {
            let message = "cannot read: \(Self.lastError())"
            close(descriptor)
            throw ReadError(message: message)
        }
        guard (info.st_mode & S_IFMT) == S_IFREG else {
            close(descriptor)
            throw ReadError(message: "not a regular file")
        }
        let size = Int(info.st_size)
        guard size <= Self.maximumSize else {
            close(descriptor)
            throw ReadError(message: "expected a file of at most 4 GiB, found \(size) bytes")
        }
        self.descriptor = descriptor
        self.size = size
    }

    deinit { close(descriptor) }

    /// Reads the bytes at `range` of the file into `destination`, which has room for `range.count` bytes.
    ///
    /// A file that ends before `range` does (it was truncated after it was opened) is an error.
    func read(_ range: Range<Int>, into destination: UnsafeMutableRawPointer) throws(ReadError) {
        var done = 0
        while done < range.count {
            let count = pread(descriptor, destination + done, min(Self.readSize, range.count - done), off_t(range.lowerBound + done))
            if count < 0 {
                if errno == EINTR { continue }
                throw ReadError(message: "cannot read: \(Self.lastError())")
            }
            guard count > 0 else { throw Self.shrank(expected: size, found: range.lowerBound + done) }
            done += count
        }
    }

    /// "the file shrank while it was read" with the sizes.
    static func shrank(expected: Int, found: Int) -> ReadError {
        ReadError(message: "the file shrank while it was read: expected \(expected) bytes, found \(found)")
    }

    private static func lastError() -> String { String(cString: strerror(errno)) }
}

/// Bytes read from an input, in memory the loader owns until it lets go of them.
final class InputBytes: @unchecked Sendable {
    private let bytes: UnsafeBufferPointer<UInt8>

    /// The number of bytes.
    var count: Int { bytes.count }

    /// Calls `body` with the bytes, which stay allocated until it returns.
    func withBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        try withExtendedLifetime(self) { try body(bytes) }
    }

    /// Reads `range` of `file`.
    init(_ file: InputFile, _ range: Range<Int>) throws(InputFile.ReadError) {
        let buffer = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: max(1, range.count))
        do {
            try file.read(range, into: UnsafeMutableRawPointer(buffer.baseAddress!))
        } catch {
            buffer.deallocate()
            throw error
        }
        bytes = UnsafeBufferPointer(start: buffer.baseAddress, count: range.count)
    }

    /// A copy of `range` of `contents`.
    init(_ contents: [UInt8], _ range: Range<Int>) {
        let buffer = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: max(1, range.count))
        _ = buffer.initialize(from: contents[range])
        bytes = UnsafeBufferPointer(start: buffer.baseAddress, count: range.count)
    }

    deinit { UnsafeMutableBufferPointer(mutating: bytes).baseAddress?.deallocate() }
}
