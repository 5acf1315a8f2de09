import Foundation

/// Why generated files could not be written.
public struct LedgerDirectoryError: Error, CustomStringConvertible, Sendable {
    /// What went wrong, naming the path.
    public let description: String
}

/// Writing generated files below a directory.
public enum LedgerDirectory {
    /// Makes sure `directory` can receive generated files: creates it when missing, and refuses
    /// a non-empty one unless `force` (then files are overwritten; other files are left alone).
    public static func prepare(_ directory: URL, force: Bool) throws {
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        if manager.fileExists(atPath: directory.path, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else {
                throw LedgerDirectoryError(description: "\(directory.path): exists and is not a directory")
            }
            let contents = try manager.contentsOfDirectory(atPath: directory.path)
            if !contents.isEmpty && !force {
                throw LedgerDirectoryError(description: "\(directory.path): directory is not empty (use --force to overwrite)")
            }
        } else {
            try manager.createDirectory(at: directory, withIntermediateDirectories: true)
        }
    }

    /// Writes files below `directory`, creating sub-directories as needed.
    public static func write(_ files: [GeneratedFile], to directory: URL) throws {
        var output = try DirectoryOutput(directory)
        for file in files {
            var bytes = file.bytes
            try output.begin(file.path)
            try output.write(&bytes)
            try output.end()
        }
    }
}

/// Streams files to disk through `fwrite`, chunk by chunk.
struct DirectoryOutput: LedgerOutput {
    private let root: URL
    private var file: UnsafeMutablePointer<FILE>?
    private var path = ""

    var chunkSize: Int? { 1 << 22 }

    init(_ root: URL) throws {
        self.root = root
    }

    mutating func begin(_ path: String) throws {
        let url = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        guard let opened = fopen(url.path, "wb") else {
            throw LedgerDirectoryError(description: "\(url.path): cannot open for writing (\(String(cString: strerror(errno))))")
        }
        file = opened
        self.path = url.path
    }

    mutating func write(_ bytes: inout [UInt8]) throws {
        let written = bytes.withUnsafeBufferPointer { fwrite($0.baseAddress, 1, $0.count, file) }
        guard written == bytes.count else {
            throw LedgerDirectoryError(description: "\(path): write failed (\(String(cString: strerror(errno))))")
        }
        bytes.removeAll(keepingCapacity: true)
    }

    mutating func end() throws {
        let failed = fclose(file) != 0
        file = nil
        if failed {
            throw LedgerDirectoryError(description: "\(path): close failed (\(String(cString: strerror(errno))))")
        }
    }
}
