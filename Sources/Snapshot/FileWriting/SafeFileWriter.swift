#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes export files so that a reader never sees half a file and an existing file is
/// never replaced by accident.
///
/// The bytes go to a new temporary file in the target's directory, which is flushed to
/// disk (`fsync`) and then put in place: with `link()`, which fails if the target exists,
/// or, when replacing was asked for, with `rename()`, which replaces it atomically.
/// Finally the directory is flushed so the new name survives a crash. On any failure the
/// temporary file is removed and the target is as it was.
///
/// A symbolic link at the target counts as an existing file; when replacing, the link
/// itself is replaced and the file it points to is left alone.
///
/// ```swift
/// try SafeFileWriter().writeText(CanvasText.markdown(canvas, title: "Overview"),
///                                to: "exports/overview.md", overwrite: force)
/// ```
public struct SafeFileWriter: Sendable {
    /// The system calls used; tests substitute failing ones.
    let calls: FileSystemCalls

    /// Creates a writer that uses the file system.
    public init() {
        self.init(calls: .live)
    }

    /// Creates a writer that makes its system calls through `calls`.
    init(calls: FileSystemCalls) {
        self.calls = calls
    }

    /// Writes `text` as UTF-8 without a byte-order mark, ending with a newline (one is
    /// added when non-empty text lacks it, a CRLF counting as one; a leading U+FEFF is
    /// dropped).
    ///
    /// - Parameters:
    ///   - text: The file's content.
    ///   - path: Where to write; its directory must exist.
    ///   - overwrite: Whether an existing file may be replaced.
    /// - Throws: ``FileWriteError``; ``FileWriteError/exists(path:)`` when the file
    ///   exists and `overwrite` is false.
    public func writeText(_ text: String, to path: String, overwrite: Bool = false) throws(FileWriteError) {
        var content = text.first == "\u{FEFF}" ? String(text.dropFirst()) : text
        // By bytes: Swift's hasSuffix("\n") is false for a string ending in "\r\n" (one Character).
        if !content.isEmpty, content.utf8.last != UInt8(ascii: "\n") {
            content += "\n"
        }
        try write(Array(content.utf8), to: path, overwrite: overwrite)
    }

    /// Writes `bytes` to the file at `path`, all or nothing.
    ///
    /// - Parameters:
    ///   - bytes: The file's content.
    ///   - path: Where to write; its directory must exist.
    ///   - overwrite: Whether an existing file may be replaced.
    /// - Throws: ``FileWriteError``; ``FileWriteError/exists(path:)`` when the file
    ///   exists and `overwrite` is false.
    public func write(_ bytes: [UInt8], to path: String, overwrite: Bool = false) throws(FileWriteError) {
        let (directory, name) = Self.split(path)
        guard !name.isEmpty, name != ".", name != ".." else { throw .isDirectory(path: path) }
        if !overwrite, calls.exists(path) {
            throw .exists(path: path)
        }
        let temporary = try createTemporaryFile(in: directory, for: path)
        var open = true
        do throws(FileWriteError) {
            try writeAll(bytes, to: temporary.descriptor, path: path, directory: directory)
            try check(calls.syncFile(temporary.descriptor), "fsync", path: path, directory: directory)
            open = false
            try check(calls.closeFile(temporary.descriptor), "close", path: path, directory: directory)
            try place(temporary.path, at: path, overwrite: overwrite, directory: directory)
        } catch {
            if open {
                _ = calls.closeFile(temporary.descriptor)
            }
            _ = calls.unlinkFile(temporary.path)
            throw error
        }
        try syncDirectory(directory, path: path)
    }

    /// The directory part of `path` (`.` when there is none) and the file name.
    static func split(_ path: String) -> (directory: String, name: String) {
        guard let slash = path.lastIndex(of: "/") else { return (".", path) }
        let directory = String(path[..<slash])
        return (directory.isEmpty ? "/" : directory, String(path[path.index(after: slash)...]))
    }

    /// Creates a new, empty, uniquely named file in `directory`.
    private func createTemporaryFile(in directory: String, for path: String) throws(FileWriteError) -> (path: String, descriptor: Int32) {
        let flags = O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC
        var attempts = 0
        while true {
            let candidate = "\(directory)/.govlens-\(String(UInt64.random(in: 0...UInt64.max), radix: 36)).tmp"
            switch calls.openFile(candidate, flags, 0o666) {
            case .success(let descriptor):
                return (candidate, descriptor)
            case .failure(let failure) where failure.code == EEXIST && attempts < 8:
                attempts += 1
            case .failure(let failure):
                throw FileWriteError.from(failure.code, operation: "create", path: path, directory: directory)
            }
        }
    }

    /// Writes every byte, continuing after short writes and interruptions; a write that
    /// makes no progress counts as an I/O error.
    private func writeAll(_ bytes: [UInt8], to descriptor: Int32, path: String, directory: String) throws(FileWriteError) {
        var failure: Errno?
        bytes.withUnsafeBytes { buffer in
            var start = 0
            while start < buffer.count {
                switch calls.writeBytes(descriptor, UnsafeRawBufferPointer(rebasing: buffer[start...])) {
                case .success(let written) where written > 0:
                    start += written
                case .success:
                    failure = Errno(code: EIO)
                    return
                case .failure(let error) where error.code == EINTR:
                    continue
                case .failure(let error):
                    failure = error
                    return
                }
            }
        }
        if let failure {
            throw FileWriteError.from(failure.code, operation: "write", path: path, directory: directory)
        }
    }

    /// Gives the finished temporary file its name: a new link, or a rename over the old file.
    private func place(_ temporary: String, at path: String, overwrite: Bool, directory: String) throws(FileWriteError) {
        if overwrite {
            try check(calls.renameFile(temporary, path), "rename", path: path, directory: directory)
            return
        }
        if case .failure(let failure) = calls.linkFile(temporary, path) {
            throw failure.code == EEXIST
                ? .exists(path: path)
                : FileWriteError.from(failure.code, operation: "link", path: path, directory: directory)
        }
        _ = calls.unlinkFile(temporary)
    }

    /// Flushes the directory, so the file's name is on disk too. File systems that cannot
    /// flush a directory (`EINVAL`) are accepted.
    private func syncDirectory(_ directory: String, path: String) throws(FileWriteError) {
        let descriptor: Int32
        switch calls.openFile(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC, 0) {
        case .success(let opened): descriptor = opened
        case .failure(let failure): throw .system(operation: "open directory", path: path, code: failure.code)
        }
        defer { _ = calls.closeFile(descriptor) }
        if case .failure(let failure) = calls.syncFile(descriptor), failure.code != EINVAL {
            throw .system(operation: "fsync directory", path: path, code: failure.code)
        }
    }

    private func check(_ result: Result<Void, Errno>, _ operation: String, path: String, directory: String) throws(FileWriteError) {
        if case .failure(let failure) = result {
            throw FileWriteError.from(failure.code, operation: operation, path: path, directory: directory)
        }
    }
}
