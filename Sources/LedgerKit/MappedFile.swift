#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A read-only memory map of an input file (never written: the program does not touch its inputs).
final class MappedFile {
    /// Why a file could not be read.
    struct ReadError: Error {
        let message: String
    }

    /// The largest input file accepted.
    static let maximumSize = 4 << 30

    let bytes: UnsafeBufferPointer<UInt8>
    private let mapping: UnsafeMutableRawPointer?

    /// Maps `path` read-only.
    init(path: String) throws(ReadError) {
        // O_NONBLOCK: opening a named pipe without a writer must fail below ("not a regular file"), not hang.
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard descriptor >= 0 else { throw ReadError(message: "cannot open: \(Self.lastError())") }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { throw ReadError(message: "cannot read: \(Self.lastError())") }
        guard (info.st_mode & S_IFMT) == S_IFREG else { throw ReadError(message: "not a regular file") }
        let size = Int(info.st_size)
        guard size <= Self.maximumSize else {
            throw ReadError(message: "expected a file of at most 4 GiB, found \(size) bytes")
        }
        guard size > 0 else {
            mapping = nil
            bytes = UnsafeBufferPointer(start: nil, count: 0)
            return
        }
        guard let pointer = mmap(nil, size, PROT_READ, MAP_PRIVATE, descriptor, 0), pointer != MAP_FAILED else {
            throw ReadError(message: "cannot read: \(Self.lastError())")
        }
        _ = madvise(pointer, size, MADV_SEQUENTIAL)
        mapping = pointer
        bytes = UnsafeBufferPointer(start: pointer.assumingMemoryBound(to: UInt8.self), count: size)
    }

    deinit {
        if let mapping { munmap(mapping, bytes.count) }
    }

    /// Gives back to the kernel the memory of the whole pages inside `range` of a mapped file's bytes,
    /// once they have been read: they leave the resident set, and a later read maps them in again.
    ///
    /// Only for `bytes` of a `MappedFile` (on other memory, MADV_DONTNEED would discard the contents).
    static func release(_ bytes: UnsafeBufferPointer<UInt8>, range: Range<Int>) {
        guard let base = bytes.baseAddress, !range.isEmpty else { return }
        let page = Int(sysconf(Int32(_SC_PAGESIZE)))
        let start = (Int(bitPattern: base + range.lowerBound) + page - 1) / page * page
        let end = Int(bitPattern: base + range.upperBound) / page * page
        guard end > start, let pointer = UnsafeMutableRawPointer(bitPattern: start) else { return }
        _ = madvise(pointer, end - start, MADV_DONTNEED)
    }

    private static func lastError() -> String { String(cString: strerror(errno)) }
}
