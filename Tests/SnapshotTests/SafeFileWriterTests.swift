import Foundation
import Testing
import TestSupport
@testable import Snapshot

@Suite("Safe file writer")
struct SafeFileWriterTests {
    let writer = SafeFileWriter()

    @Test("writes a new file and leaves nothing else in the directory")
    func writesNewFile() throws {
        let scratch = try TemporaryLedgerFolder(prefix: "snapshot")
        try writer.write(Array("hello\n".utf8), to: scratch.path("report.txt"))
        #expect(try scratch.text("report.txt") == "hello\n")
        #expect(try scratch.contents() == ["report.txt"])
    }

    @Test("never replaces an existing file unless asked")
    func neverOverwrites() throws {
        let scratch = try TemporaryLedgerFolder(prefix: "snapshot")
        let path = scratch.path("report.txt")
        try writer.writeText("old", to: path)
        #expect(throws: FileWriteError.exists(path: path)) {
            try writer.writeText("new", to: path)
        }
        #expect(try scratch.text("report.txt") == "old\n")
        #expect(try scratch.contents() == ["report.txt"])
        #expect(FileWriteError.exists(path: path).description == "\(path) exists; use --force to replace it")
    }

    @Test("replaces an existing file when asked")
    func overwrites() throws {
        let scratch = try TemporaryLedgerFolder(prefix: "snapshot")
        let path = scratch.path("report.txt")
        try writer.writeText("old and longer", to: path)
        try writer.writeText("new", to: path, overwrite: true)
        #expect(try scratch.text("report.txt") == "new\n")
        #expect(try scratch.contents() == ["report.txt"])
    }

    @Test("link() refuses a file created after the existence check, and the temporary file goes")
    func linkGuardsTheRace() throws {
        let scratch = try TemporaryLedgerFolder(prefix: "snapshot")
        let path = scratch.path("report.txt")
        try writer.writeText("theirs", to: path)
        var calls = FileSystemCalls.live
        calls.exists = { _ in false }
        #expect(throws: FileWriteError.exists(path: path)) {
            try SafeFileWriter(calls: calls).writeText("mine", to: path)
        }
        #expect(try scratch.text("report.txt") == "theirs\n")
        #expect(try scratch.contents() == ["report.txt"])
    }

    @Test("a failure at any step leaves neither the file nor a temporary file behind", arguments: [
        Failure.write(ENOSPC), Failure.write(EIO), Failure.fsync(EIO), Failure.fsync(EDQUOT), Failure.close(EIO),
        Failure.link(EMLINK), Failure.rename(EXDEV),
    ])
    func nothingPartial(failure: Failure) throws {
        let scratch = try TemporaryLedgerFolder(prefix: "snapshot")
        let path = scratch.path("report.txt")
        let overwrite = failure.isRename
        #expect(throws: failure.expectedError(path: path, directory: scratch.path)) {
            try SafeFileWriter(calls: failure.inject(into: .live)).writeText("content", to: path, overwrite: overwrite)
        }
        #expect(try scratch.contents() == [])
    }

    @Test("a failed replacement keeps the old file")
    func failedReplacementKeepsOld() throws {
        let scratch = try TemporaryLedgerFolder(prefix: "snapshot")
        let path = scratch.path("report.txt")
        try writer.writeText("old", to: path)
        for failure in [Failure.write(ENOSPC), .rename(EXDEV)] {
            #expect(throws: FileWriteError.self) {
                try SafeFileWriter(calls: failure.inject(into: .live)).writeText("new", to: path, overwrite: true)
            }
        }
        #expect(try scratch.text("report.txt") == "old\n")
        #expect(try scratch.contents() == ["report.txt"])
    }

    @Test("short and interrupted writes are continued until every byte is written")
    func shortWrites() throws {
        let scratch = try TemporaryLedgerFolder(prefix: "snapshot")
        let interrupted = Flag()
        var calls = FileSystemCalls.live
        calls.writeBytes = { descriptor, bytes in
            if interrupted.setIfClear() {
                return .failure(Errno(code: EINTR))
            }
            return FileSystemCalls.live.writeBytes(descriptor, UnsafeRawBufferPointer(rebasing: bytes.prefix(3)))
        }
        let text = "東京都 budget: ¥1,000,000\n"
        try SafeFileWriter(calls: calls).writeText(text, to: scratch.path("short.txt"))
        #expect(try scratch.text("short.txt") == text)
    }

    @Test("a directory the user cannot write in is reported as such")
    func unwritableDirectory() throws {
        let scratch = try TemporaryLedgerFolder(prefix: "snapshot")
        // Root ignores permission bits, so as root use /sys, where nobody may create files.
        let directory = geteuid() == 0 ? "/sys" : scratch.path
        if geteuid() != 0 {
            chmod(scratch.path, 0o555)
        }
        let path = directory + "/report.txt"
        let error = #expect(throws: FileWriteError.self) { try writer.writeText("x", to: path) }
        #expect(error == .directoryNotWritable(directory: directory) || error == .readOnlyFileSystem(directory: directory))
        #expect(FileWriteError.directoryNotWritable(directory: "/srv/out").description
            == "cannot create a file in /srv/out: permission denied")
    }

    @Test("a missing directory, or a file where a directory should be, is reported as no such directory")
    func missingDirectory() throws {
        let scratch = try TemporaryLedgerFolder(prefix: "snapshot")
        #expect(throws: FileWriteError.noSuchDirectory(directory: scratch.path("missing"))) {
            try writer.writeText("x", to: scratch.path("missing/report.txt"))
        }
        try writer.writeText("x", to: scratch.path("plain"))
        #expect(throws: FileWriteError.noSuchDirectory(directory: scratch.path("plain"))) {
            try writer.writeText("x", to: scratch.path("plain/report.txt"))
        }
        #expect(try scratch.contents() == ["plain"])
    }

    @Test("a directory is not replaced by a file")
    func directoryTarget() throws {
        let scratch = try TemporaryLedgerFolder(prefix: "snapshot")
        try FileManager.default.createDirectory(atPath: scratch.path("exports"), withIntermediateDirectories: false)
        #expect(throws: FileWriteError.exists(path: scratch.path("exports"))) {
            try writer.writeText("x", to: scratch.path("exports"))
        }
        #expect(throws: FileWriteError.isDirectory(path: scratch.path("exports"))) {
            try writer.writeText("x", to: scratch.path("exports"), overwrite: true)
        }
        #expect(throws: FileWriteError.isDirectory(path: scratch.path("exports/"))) {
            try writer.writeText("x", to: scratch.path("exports/"), overwrite: true)
        }
        #expect(try scratch.contents() == ["exports"])
    }

    @Test("a symbolic link at the path counts as a file; replacing it leaves its target alone")
    func symbolicLink() throws {
        let scratch = try TemporaryLedgerFolder(prefix: "snapshot")
        try writer.writeText("keep", to: scratch.path("target.txt"))
        try FileManager.default.createSymbolicLink(atPath: scratch.path("link.txt"), withDestinationPath: scratch.path("target.txt"))
        #expect(throws: FileWriteError.exists(path: scratch.path("link.txt"))) {
            try writer.writeText("new", to: scratch.path("link.txt"))
        }
        try writer.writeText("new", to: scratch.path("link.txt"), overwrite: true)
        #expect(try scratch.text("target.txt") == "keep\n")
        #expect(try scratch.text("link.txt") == "new\n")
        let attributes = try FileManager.default.attributesOfItem(atPath: scratch.path("link.txt"))
        #expect(attributes[.type] as? FileAttributeType == .typeRegular)
    }

    @Test("file names with spaces and Japanese")
    func spacesInName() throws {
        let scratch = try TemporaryLedgerFolder(prefix: "snapshot")
        try FileManager.default.createDirectory(atPath: scratch.path("my exports"), withIntermediateDirectories: false)
        let name = "my exports/Riverton overview 2025 予算.md"
        try writer.writeText("# Overview", to: scratch.path(name))
        #expect(try scratch.text(name) == "# Overview\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.path("my exports")) == ["Riverton overview 2025 予算.md"])
    }

    @Test("text is UTF-8 without a byte-order mark and ends with exactly one added newline", arguments: [
        ("予算 budget", Array("予算 budget\n".utf8)),
        ("two lines\n", Array("two lines\n".utf8)),
        ("\u{FEFF}marked", Array("marked\n".utf8)),
        ("a,b\r\n1,2\r\n", Array("a,b\r\n1,2\r\n".utf8)),
        ("", []),
    ])
    func textEncoding(text: String, bytes: [UInt8]) throws {
        let scratch = try TemporaryLedgerFolder(prefix: "snapshot")
        try writer.writeText(text, to: scratch.path("out.txt"))
        let written = try scratch.bytes("out.txt")
        #expect(written == bytes)
        #expect(!written.starts(with: [0xEF, 0xBB, 0xBF]))
    }

    @Test("paths split into directory and name", arguments: [
        ("report.txt", ".", "report.txt"),
        ("/report.txt", "/", "report.txt"),
        ("out/sub/a b.md", "out/sub", "a b.md"),
        ("out/", "out", ""),
    ])
    func split(path: String, directory: String, name: String) {
        #expect(SafeFileWriter.split(path) == (directory, name))
    }

    @Test("messages name the path, sanitised")
    func messages() {
        #expect(FileWriteError.diskFull(path: "out/a.md").description == "cannot write out/a.md: no space left on the device")
        #expect(FileWriteError.noSuchDirectory(directory: "out").description == "cannot create a file in out: no such directory")
        #expect(FileWriteError.isDirectory(path: "out").description == "out is a directory")
        #expect(FileWriteError.readOnlyFileSystem(directory: "/mnt").description == "cannot create a file in /mnt: read-only file system")
        #expect(FileWriteError.system(operation: "fsync", path: "a.md", code: EIO).description
            == "cannot write a.md: fsync failed: Input/output error")
        #expect(FileWriteError.exists(path: "evil\u{1B}]0;x\u{07}.md").description == "evil␛]0;x␇.md exists; use --force to replace it")
    }
}

/// A system call made to fail with an `errno` value.
enum Failure: Sendable, CustomStringConvertible {
    case write(Int32)
    case fsync(Int32)
    case close(Int32)
    case link(Int32)
    case rename(Int32)

    var description: String {
        switch self {
        case .write(let code): "write \(code)"
        case .fsync(let code): "fsync \(code)"
        case .close(let code): "close \(code)"
        case .link(let code): "link \(code)"
        case .rename(let code): "rename \(code)"
        }
    }

    /// Whether the failing call is only made when replacing.
    var isRename: Bool {
        if case .rename = self { return true }
        return false
    }

    /// `calls` with this call failing. Directory fsync still succeeds, so only the step
    /// under test fails.
    func inject(into calls: FileSystemCalls) -> FileSystemCalls {
        var calls = calls
        switch self {
        case .write(let code): calls.writeBytes = { _, _ in .failure(Errno(code: code)) }
        case .fsync(let code): calls.syncFile = { _ in .failure(Errno(code: code)) }
        case .close(let code):
            calls.closeFile = { descriptor in
                _ = FileSystemCalls.live.closeFile(descriptor)
                return .failure(Errno(code: code))
            }
        case .link(let code): calls.linkFile = { _, _ in .failure(Errno(code: code)) }
        case .rename(let code): calls.renameFile = { _, _ in .failure(Errno(code: code)) }
        }
        return calls
    }

    /// What the writer should report.
    func expectedError(path: String, directory: String) -> FileWriteError {
        switch self {
        case .write(ENOSPC), .fsync(EDQUOT): .diskFull(path: path)
        case .write(let code): .system(operation: "write", path: path, code: code)
        case .fsync(let code): .system(operation: "fsync", path: path, code: code)
        case .close(let code): .system(operation: "close", path: path, code: code)
        case .link(let code): .system(operation: "link", path: path, code: code)
        case .rename(let code): .system(operation: "rename", path: path, code: code)
        }
    }
}

/// A flag that is set once, safely across threads.
final class Flag: @unchecked Sendable {
    private let lock = NSLock()
    private var isSet = false

    /// Sets the flag; returns whether it was clear before.
    func setIfClear() -> Bool {
        lock.lock()
        defer { lock.unlock() }
        let wasClear = !isSet
        isSet = true
        return wasClear
    }
}
