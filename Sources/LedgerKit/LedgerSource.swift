/// The files of one ledger, ready to load: the root file (with the publisher) first.
public struct LedgerSource: Sendable {
    /// One input file: on disk, or in memory (the embedded demo, tests).
    public struct File: Sendable {
        /// Where the bytes come from.
        public enum Contents: Sendable {
            /// Read from this path.
            case disk
            /// These bytes.
            case memory([UInt8])
        }

        /// The path shown in diagnostics (and read from, for `.disk`).
        public let path: String
        /// JSON document or JSON Lines.
        public let format: LedgerFileFormat
        /// Where the bytes come from.
        public let contents: Contents

        /// Creates a file entry.
        public init(path: String, format: LedgerFileFormat, contents: Contents = .disk) {
            self.path = path
            self.format = format
            self.contents = contents
        }

        /// The format a file name implies: `.jsonl` is JSON Lines, anything else a JSON document.
        public static func format(ofName name: String) -> LedgerFileFormat {
            name.hasSuffix(".jsonl") ? .jsonLines : .json
        }
    }

    /// A name for the ledger: its root folder or file as the user named it.
    public let name: String
    /// The files; the first is the root file that holds the publisher. `LedgerLoader` reads that
    /// publisher first, then every file in Unicode code-point order of the paths.
    public let files: [File]

    /// Creates a source; `files.first` must be the root file.
    public init(name: String, files: [File]) {
        self.name = name
        self.files = files
    }
}
