#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import TerminalCore

/// Why ``SafeFileWriter`` could not write a file; ``description`` is the message for the user.
public enum FileWriteError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The file exists and replacing it was not asked for.
    case exists(path: String)
    /// The directory does not allow creating files in it.
    case directoryNotWritable(directory: String)
    /// The directory is on a read-only file system.
    case readOnlyFileSystem(directory: String)
    /// The directory does not exist, or a part of its path is not a directory.
    case noSuchDirectory(directory: String)
    /// The path names a directory, not a file.
    case isDirectory(path: String)
    /// The device or the user's quota ran out of space.
    case diskFull(path: String)
    /// Any other failure of a system call: what was being done, on which path, and the
    /// `errno` value.
    case system(operation: String, path: String, code: Int32)

    /// The message for the user, naming the path; paths are sanitised.
    public var description: String {
        switch self {
        case .exists(let path):
            "\(Self.shown(path)) exists; use --force to replace it"
        case .directoryNotWritable(let directory):
            "cannot create a file in \(Self.shown(directory)): permission denied"
        case .readOnlyFileSystem(let directory):
            "cannot create a file in \(Self.shown(directory)): read-only file system"
        case .noSuchDirectory(let directory):
            "cannot create a file in \(Self.shown(directory)): no such directory"
        case .isDirectory(let path):
            "\(Self.shown(path)) is a directory"
        case .diskFull(let path):
            "cannot write \(Self.shown(path)): no space left on the device"
        case .system(let operation, let path, let code):
            "cannot write \(Self.shown(path)): \(operation) failed: \(String(cString: strerror(code)))"
        }
    }

    /// The error for a failed system call, with the common causes named.
    ///
    /// - Parameters:
    ///   - code: The `errno` value.
    ///   - operation: The call, for the message (`"write"`, `"fsync"`).
    ///   - path: The file being written.
    ///   - directory: The directory the file is created in.
    static func from(_ code: Int32, operation: String, path: String, directory: String) -> FileWriteError {
        switch code {
        case EACCES, EPERM: .directoryNotWritable(directory: directory)
        case EROFS: .readOnlyFileSystem(directory: directory)
        case ENOENT, ENOTDIR: .noSuchDirectory(directory: directory)
        case EISDIR: .isDirectory(path: path)
        case ENOSPC, EDQUOT: .diskFull(path: path)
        default: .system(operation: operation, path: path, code: code)
        }
    }

    private static func shown(_ path: String) -> String {
        TextSanitizer.sanitize(path)
    }
}
