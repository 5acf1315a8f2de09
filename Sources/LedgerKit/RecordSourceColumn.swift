/// Where each line item is defined, 4 bytes a row: the line of each row, and the file of each run
/// of rows from one file (rows of a file are appended together, so there are about as many runs as files).
public struct RecordSourceColumn: RandomAccessCollection, Equatable, Sendable {
    private var lines: [UInt32] = []
    /// The first row of each run, ascending.
    private var runStarts: [Int] = []
    /// The file of each run.
    private var runFiles: [UInt16] = []

    /// Creates an empty column.
    public init() {}

    /// The first row.
    public var startIndex: Int { 0 }
    /// One past the last row.
    public var endIndex: Int { lines.count }

    /// Where row `row` is defined.
    public subscript(row: Int) -> RecordSource {
        RecordSource(file: runFiles[run(of: row)], line: lines[row])
    }

    /// The rows of each file's runs, in row order.
    public var runs: [(file: UInt16, rows: Range<Int>)] {
        runStarts.indices.map { (runFiles[$0], runStarts[$0]..<($0 + 1 < runStarts.count ? runStarts[$0 + 1] : lines.count)) }
    }

    /// Appends a row defined at `source`.
    @inline(__always)
    mutating func append(_ source: RecordSource) {
        if runFiles.last != source.file {
            runStarts.append(lines.count)
            runFiles.append(source.file)
        }
        lines.append(source.line)
    }

    /// Appends the rows of `other`, their lines moved down by `lineOffset`.
    mutating func append(contentsOf other: RecordSourceColumn, lineOffset: UInt32) {
        for (file, rows) in other.runs {
            if runFiles.last != file {
                runStarts.append(lines.count)
                runFiles.append(file)
            }
            lines += other.lines[rows].lazy.map { $0 + lineOffset }
        }
    }

    mutating func reserveCapacity(_ rows: Int) { lines.reserveCapacity(rows) }

    /// The run that holds `row`.
    private func run(of row: Int) -> Int {
        precondition(row >= 0 && row < lines.count, "row out of range")
        var low = 0
        var high = runStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if runStarts[middle] <= row { low = middle } else { high = middle - 1 }
        }
        return low
    }

    public static func == (left: RecordSourceColumn, right: RecordSourceColumn) -> Bool {
        left.lines == right.lines && left.runStarts == right.runStarts && left.runFiles == right.runFiles
    }
}
