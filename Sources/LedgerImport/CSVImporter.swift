import LedgerKit

/// A CSV file to import: its name as the user gave it, and its bytes.
public struct ImportFile: Sendable {
    /// The path as given, used in diagnostics; its last component is matched against the tables' `files`.
    public let path: String
    /// The file's bytes.
    public let bytes: [UInt8]

    /// Creates an input file.
    public init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
    }

    /// The last path component.
    var name: String { String(path.split(separator: "/").last ?? Substring(path)) }

    /// The name without its last extension: `spend-2014` for `data/spend-2014.csv`.
    var stem: String {
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return name }
        return String(name[..<dot])
    }
}

/// How the rows of one file went.
public struct FileReport: Sendable, Equatable {
    /// The file as given.
    public let path: String
    /// The kind of record its table makes: `lineItems`, `budgetLines` or `kpis`.
    public let records: String
    /// Data rows read (the header and blank lines not counted).
    public let rows: Int
    /// Rows that could not be converted.
    public let badRows: Int
}

/// What an import made, and what went wrong.
public struct ImportResult: Sendable {
    /// The ledger made from every row that converted.
    public let ledger: ImportedLedger
    /// One report per file read, in reading order.
    public let files: [FileReport]
    /// Rows that could not be converted, one error each, in reading order.
    public let rowErrors: [Diagnostic]
    /// Problems that stop a whole file from being read: no matching table, not CSV, a missing column.
    public let fileErrors: [Diagnostic]

    /// Whether a ledger can be written: no file problems, and no bad rows unless they may be skipped.
    public func succeeded(skippingBadRows: Bool) -> Bool {
        fileErrors.isEmpty && (skippingBadRows || rowErrors.isEmpty)
    }
}

/// Converts CSV files into one ledger, following a column map (docs/import.md).
///
/// Files are read in Unicode code-point order of their paths, whatever order they are given in, so
/// the same files always give the same ledger, byte for byte.
///
/// ```swift
/// let map = try ImportMap.read(mapData, file: "oxford.map.json")
/// let result = CSVImporter(map: map).run([ImportFile(path: "q1.csv", bytes: bytes)])
/// if result.succeeded(skippingBadRows: true) { try LedgerWriter.files(result.ledger, layout: .folder) … }
/// ```
public struct CSVImporter: Sendable {
    /// The map that says what each column means.
    public let map: ImportMap

    /// Creates an importer for `map`.
    public init(map: ImportMap) {
        self.map = map
    }

    /// Reads every file and converts every row it can.
    ///
    /// - Complexity: O(total size of the files).
    public func run(_ files: [ImportFile]) -> ImportResult {
        var builder = LedgerBuilder(publisher: map.publisher)
        var reports: [FileReport] = []
        var rowErrors: [Diagnostic] = []
        var fileErrors: [Diagnostic] = []
        let ordered = files.sorted { $0.path.unicodeScalars.lexicographicallyPrecedes($1.path.unicodeScalars) }
        var stems: [String: String] = [:]
        for file in ordered {
            if let other = stems[file.stem] {
                fileErrors.append(
                    Diagnostic(.error, at: SourceLocation(file: file.path, line: 0, column: 0), "expected file names that differ without their extension, found the same name as \(other)"))
                continue
            }
            stems[file.stem] = file.path
            read(file, into: &builder, reports: &reports, rowErrors: &rowErrors, fileErrors: &fileErrors)
        }
        return ImportResult(ledger: builder.ledger, files: reports, rowErrors: rowErrors, fileErrors: fileErrors)
    }

    private func read(
        _ file: ImportFile, into builder: inout LedgerBuilder, reports: inout [FileReport], rowErrors: inout [Diagnostic],
        fileErrors: inout [Diagnostic]
    ) {
        let whole = SourceLocation(file: file.path, line: 0, column: 0)
        guard let (table, groups) = matchingTable(file.name) else {
            let patterns = map.tables.compactMap(\.files).map { "'\($0)'" }.joined(separator: ", ")
            fileErrors.append(Diagnostic(.error, at: whole, "expected a file name that a table of the map matches (\(patterns)), found '\(file.name)'"))
            return
        }
        do throws(CSVError) {
            var reader = try CSVReader(bytes: file.bytes, file: file.path)
            guard let header = try reader.next() else {
                fileErrors.append(Diagnostic(.error, at: whole, "expected a header row, found an empty file"))
                return
            }
            var binder = HeaderBinder(header: header.fields, mapMissing: map.missing)
            let rows = bind(table, &binder, group: file.stem)
            guard binder.absent.isEmpty else {
                let headerLine = SourceLocation(file: file.path, line: header.line, column: 0)
                fileErrors += binder.absent.map { Diagnostic(.error, at: headerLine, $0) }
                return
            }
            let stem = file.stem
            var count = 0
            var bad = 0
            while let record = try reader.next() {
                count += 1
                let line = SourceLocation(file: file.path, line: record.line, column: 0)
                guard record.fields.count == header.fields.count else {
                    bad += 1
                    rowErrors.append(Diagnostic(.error, at: line, "expected \(header.fields.count) fields as in the header, found \(record.fields.count)"))
                    continue
                }
                let context = RowContext(fields: record.fields, fileStem: stem, groups: groups, line: record.line, row: count)
                do throws(RowError) {
                    try rows.convert(context, at: line, into: &builder)
                } catch {
                    bad += 1
                    let location = error.column.map { reader.location(of: record, field: $0) } ?? line
                    rowErrors.append(Diagnostic(.error, at: location, error.message))
                }
            }
            reports.append(FileReport(path: file.path, records: table.records.name, rows: count, badRows: bad))
        } catch {
            fileErrors.append(Diagnostic(.error, at: error.location, error.message))
        }
    }

    private func matchingTable(_ name: String) -> (ImportTable, [String: String])? {
        for table in map.tables {
            if let groups = FileNamePattern(table.files).match(name) { return (table, groups) }
        }
        return nil
    }

    private func bind(_ table: ImportTable, _ binder: inout HeaderBinder, group: String) -> any TableRows {
        switch table.records {
        case .lineItems(let fields): LineItemRows(fields, binder: &binder, publisher: map.publisher, group: group)
        case .budgetLines(let fields): BudgetLineRows(fields, binder: &binder, publisher: map.publisher)
        case .kpis(let fields): KPIRows(fields, binder: &binder, publisher: map.publisher)
        }
    }
}
