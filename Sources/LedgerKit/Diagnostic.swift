/// A place in an input file: 1-based line and column (column counts Unicode scalars).
public struct SourceLocation: Hashable, Sendable, CustomStringConvertible {
    /// The file as the user named it.
    public let file: String
    /// 1-based line; 0 when the problem concerns the whole file.
    public let line: Int
    /// 1-based column in Unicode scalars; 0 when the problem concerns the whole file or line.
    public let column: Int

    /// Creates a location.
    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    /// The same location moved down `offset` lines when it is in `file` and has a line.
    func shiftingLines(in file: String, by offset: Int) -> SourceLocation {
        guard self.file == file, line > 0, offset != 0 else { return self }
        return SourceLocation(file: file, line: line + offset, column: column)
    }

    /// `FILE:LINE:COLUMN`, leaving out what is 0.
    public var description: String {
        if line == 0 { return file }
        if column == 0 { return "\(file):\(line)" }
        return "\(file):\(line):\(column)"
    }
}

/// A problem found in a ledger, with where it is, the JSON path, and what was expected and found.
public struct Diagnostic: Hashable, Sendable, CustomStringConvertible {
    /// How bad the problem is.
    public enum Severity: String, Sendable, Comparable {
        case error, warning, note

        private var rank: Int {
            switch self {
            case .error: 0
            case .warning: 1
            case .note: 2
            }
        }

        public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
    }

    /// Error, warning or note.
    public let severity: Severity
    /// Where; `nil` for problems without a file (a path that does not exist is reported with the path as file).
    public let location: SourceLocation?
    /// The JSON path of the value, e.g. `$.lineItems[41].amount`, when there is one.
    public let path: String?
    /// What is wrong: what was expected and what was found.
    public let message: String
    /// Related places, such as the first definition of a duplicate id.
    public let notes: [Diagnostic]

    /// Creates a diagnostic.
    public init(
        _ severity: Severity, at location: SourceLocation?, path: String? = nil, _ message: String,
        notes: [Diagnostic] = []
    ) {
        self.severity = severity
        self.location = location
        self.path = path
        self.message = message
        self.notes = notes
    }

    /// The same diagnostic with the lines of locations in `file` moved down by `offset` (and its notes').
    func shiftingLines(in file: String, by offset: Int) -> Diagnostic {
        Diagnostic(
            severity, at: location.map { $0.shiftingLines(in: file, by: offset) }, path: path, message,
            notes: notes.map { $0.shiftingLines(in: file, by: offset) })
    }

    /// The compiler-style line, `FILE:LINE:COLUMN: error: $.path: message`, without the notes.
    public var headline: String {
        var text = ""
        if let location { text += "\(location): " }
        text += "\(severity.rawValue): "
        if let path { text += "\(path): " }
        return text + message
    }

    /// The headline followed by its notes' headlines, one per line.
    public var description: String {
        ([headline] + notes.map(\.headline)).joined(separator: "\n")
    }
}

/// Collects diagnostics in the order found, keeping at most `limit` of them and counting the rest.
public struct DiagnosticLog: Sendable {
    /// The diagnostics kept, in the order found.
    public private(set) var diagnostics: [Diagnostic] = []
    /// All errors reported, kept or not.
    public private(set) var errorCount = 0
    /// All warnings reported, kept or not.
    public private(set) var warningCount = 0
    /// Errors that were input/output failures (unreadable files) rather than problems in the data.
    public private(set) var ioErrorCount = 0
    /// How many diagnostics to keep; the rest are only counted.
    public let limit: Int
    /// All diagnostics reported, kept or not (notes reported on their own included).
    private var reportedCount = 0

    /// Creates a log that keeps at most `limit` diagnostics.
    public init(limit: Int = 1000) { self.limit = limit }

    /// Whether any error was reported.
    public var hasErrors: Bool { errorCount > 0 }

    /// How many diagnostics were counted but not kept.
    public var droppedCount: Int { reportedCount - diagnostics.count }

    /// Records a diagnostic.
    public mutating func report(_ diagnostic: Diagnostic) {
        switch diagnostic.severity {
        case .error: errorCount += 1
        case .warning: warningCount += 1
        case .note: break
        }
        reportedCount += 1
        if diagnostics.count < limit { diagnostics.append(diagnostic) }
    }

    /// Records everything `other` recorded (each kept diagnostic through `transform`) and everything
    /// `late` recorded, after what this log holds, interleaved by file and line; within a line, `late`'s
    /// come before `other`'s that are further along the line.
    mutating func absorb(_ other: DiagnosticLog, transform: (Diagnostic) -> Diagnostic, interleaving late: DiagnosticLog) {
        errorCount += other.errorCount + late.errorCount
        warningCount += other.warningCount + late.warningCount
        ioErrorCount += other.ioErrorCount + late.ioErrorCount
        reportedCount += other.reportedCount + late.reportedCount
        func key(_ diagnostic: Diagnostic) -> (Int, Int) { (diagnostic.location?.line ?? 0, diagnostic.location?.column ?? 0) }
        let pending = late.diagnostics.enumerated().sorted { left, right in
            let (a, b) = (key(left.element), key(right.element))
            return (a.0, a.1, left.offset) < (b.0, b.1, right.offset)
        }.map(\.element)
        var next = 0
        for diagnostic in other.diagnostics.map(transform) {
            while next < pending.count && key(pending[next]) < key(diagnostic) {
                if diagnostics.count < limit { diagnostics.append(pending[next]) }
                next += 1
            }
            if diagnostics.count < limit { diagnostics.append(diagnostic) }
        }
        for diagnostic in pending[next...] where diagnostics.count < limit { diagnostics.append(diagnostic) }
    }

    /// Records an error.
    public mutating func error(at location: SourceLocation?, path: String? = nil, _ message: String, notes: [Diagnostic] = []) {
        report(Diagnostic(.error, at: location, path: path, message, notes: notes))
    }

    /// Records a file that could not be read.
    public mutating func ioError(at location: SourceLocation, _ message: String) {
        ioErrorCount += 1
        error(at: location, message)
    }

    /// Records a warning.
    public mutating func warning(at location: SourceLocation?, path: String? = nil, _ message: String) {
        report(Diagnostic(.warning, at: location, path: path, message))
    }
}
