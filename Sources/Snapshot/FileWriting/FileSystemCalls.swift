#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An `errno` value from a failed system call.
struct Errno: Error, Equatable {
    /// The value, such as `ENOSPC`.
    let code: Int32

    /// The current thread's `errno`.
    static var current: Errno { Errno(code: errno) }
}

/// The system calls ``SafeFileWriter`` makes, as values, so that tests can make any of
/// them fail and check that nothing is left behind.
struct FileSystemCalls: Sendable {
    /// open(2): a descriptor.
    var openFile: @Sendable (_ path: String, _ flags: Int32, _ mode: mode_t) -> Result<Int32, Errno>
    /// write(2): the number of bytes written, possibly fewer than given.
    var writeBytes: @Sendable (_ descriptor: Int32, _ bytes: UnsafeRawBufferPointer) -> Result<Int, Errno>
    /// fsync(2).
    var syncFile: @Sendable (_ descriptor: Int32) -> Result<Void, Errno>
    /// close(2).
    var closeFile: @Sendable (_ descriptor: Int32) -> Result<Void, Errno>
    /// link(2): fails with `EEXIST` when `destination` exists.
    var linkFile: @Sendable (_ source: String, _ destination: String) -> Result<Void, Errno>
    /// rename(2): replaces `destination` atomically.
    var renameFile: @Sendable (_ source: String, _ destination: String) -> Result<Void, Errno>
    /// unlink(2).
    var unlinkFile: @Sendable (_ path: String) -> Result<Void, Errno>
    /// Whether anything (a symbolic link included, even a dangling one) is at `path`.
    var exists: @Sendable (_ path: String) -> Bool

    /// The real system calls.
    static let live = FileSystemCalls(
        openFile: { path, flags, mode in
            let descriptor = open(path, flags, mode)
            return descriptor >= 0 ? .success(descriptor) : .failure(.current)
        },
        writeBytes: { descriptor, bytes in
            let written = write(descriptor, bytes.baseAddress, bytes.count)
            return written >= 0 ? .success(written) : .failure(.current)
        },
        syncFile: { descriptor in
            fsync(descriptor) == 0 ? .success(()) : .failure(.current)
        },
        closeFile: { descriptor in
            close(descriptor) == 0 ? .success(()) : .failure(.current)
        },
        linkFile: { source, destination in
            link(source, destination) == 0 ? .success(()) : .failure(.current)
        },
        renameFile: { source, destination in
            rename(source, destination) == 0 ? .success(()) : .failure(.current)
        },
        unlinkFile: { path in
            unlink(path) == 0 ? .success(()) : .failure(.current)
        },
        exists: { path in
            var status = stat()
            return lstat(path, &status) == 0
        }
    )
}
