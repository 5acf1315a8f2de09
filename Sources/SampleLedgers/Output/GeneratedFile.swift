/// One generated file: a path relative to the output directory (with `/` separators) and its bytes.
public struct GeneratedFile: Sendable, Equatable {
    /// Relative path, e.g. `line-items/FY2025.jsonl`.
    public let path: String
    /// The file's content.
    public let bytes: [UInt8]

    public init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
    }
}

/// Collects whole files in memory.
struct MemoryOutput: LedgerOutput {
    private(set) var files: [GeneratedFile] = []
    private var path = ""
    private var buffer: [UInt8] = []

    var chunkSize: Int? { nil }

    mutating func begin(_ path: String) {
        self.path = path
        buffer = []
    }

    mutating func write(_ bytes: inout [UInt8]) {
        if buffer.isEmpty {
            swap(&buffer, &bytes)
        } else {
            buffer.append(contentsOf: bytes)
        }
        bytes.removeAll(keepingCapacity: true)
    }

    mutating func end() {
        files.append(GeneratedFile(path: path, bytes: buffer))
        buffer = []
    }
}
