import LedgerKit

/// One record of a CSV file: its fields, decoded, and where it starts.
public struct CSVRecord: Sendable, Equatable {
    /// The fields, in order, with quotes removed and doubled quotes undone; line breaks inside a
    /// quoted field are kept as written (`\r\n` inside a field becomes `\n`).
    public let fields: [String]
    /// The 1-based line on which the record starts.
    public let line: Int
    /// Byte offsets, in the file, of the start of each field (for diagnostics).
    let fieldOffsets: [Int]
    /// The byte offset of the record's first byte, which is the start of its line.
    let offset: Int
}

/// A problem that stops reading a CSV file: where it is and what was expected.
public struct CSVError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Where the problem is.
    public let location: SourceLocation
    /// `expected …, found …`.
    public let message: String

    /// `FILE:LINE:COLUMN: error: message`.
    public var description: String { "\(location): error: \(message)" }
}

/// Reads RFC 4180 CSV text record by record, byte by byte.
///
/// Accepts a UTF-8 byte-order mark at the start (skipped), CRLF, LF and lone CR line ends, mixed in
/// one file, and quoted fields holding separators, quotes (doubled) and line breaks. A file must be
/// UTF-8 without NUL bytes: the whole file is checked before the first record. Blank lines between
/// records are skipped. A quote inside an unquoted field, text after a closing quote and a quote
/// left open at the end of the file are errors with their line and column.
///
/// ```swift
/// var reader = try CSVReader(bytes: Array(text.utf8), file: "spend.csv")
/// while let record = try reader.next() { print(record.line, record.fields) }
/// ```
public struct CSVReader: Sendable {
    /// The file name used in diagnostics.
    public let file: String
    private let bytes: [UInt8]
    private let separator: UInt8
    private let textStart: Int
    private var position: Int
    private var line = 1
    private var lineStart: Int

    /// Prepares to read `bytes`; throws when they are not UTF-8 text.
    ///
    /// - Parameters:
    ///   - bytes: the whole file.
    ///   - file: the name used in diagnostics.
    ///   - separator: the field separator, a comma unless the file uses another ASCII character.
    /// - Complexity: O(n) for the encoding check.
    public init(bytes: [UInt8], file: String, separator: UInt8 = UInt8(ascii: ",")) throws(CSVError) {
        self.bytes = bytes
        self.file = file
        self.separator = separator
        textStart = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        position = textStart
        lineStart = textStart
        if let bad = TextCheck.firstProblem(in: bytes, from: textStart) {
            throw CSVError(location: location(of: bad.offset, line: 1, lineStart: textStart), message: bad.message)
        }
    }

    /// The next record, or `nil` at the end of the file.
    public mutating func next() throws(CSVError) -> CSVRecord? {
        skipBlankLines()
        guard position < bytes.count else { return nil }
        let startLine = line
        let startOffset = position
        var fields: [String] = []
        var offsets: [Int] = []
        while true {
            offsets.append(position)
            let (field, ended) = try readField()
            fields.append(field)
            if ended { break }
        }
        return CSVRecord(fields: fields, line: startLine, fieldOffsets: offsets, offset: startOffset)
    }

    /// Where field `index` of `record` starts: line and column (in Unicode scalars, 1-based).
    public func location(of record: CSVRecord, field index: Int) -> SourceLocation {
        location(of: record.fieldOffsets[index], line: record.line, lineStart: record.offset)
    }

    /// The location of byte `offset`, counting lines from `line`, which starts at byte `lineStart`.
    private func location(of offset: Int, line: Int, lineStart: Int) -> SourceLocation {
        var lineNumber = line
        var start = lineStart
        var index = lineStart
        while index < offset && index < bytes.count {
            let byte = bytes[index]
            if byte == 0x0A || (byte == 0x0D && (index + 1 >= bytes.count || bytes[index + 1] != 0x0A)) {
                lineNumber += 1
                start = index + 1
            }
            index += 1
        }
        let column = bytes[start..<min(offset, bytes.count)].reduce(1) { $1 & 0xC0 == 0x80 ? $0 : $0 + 1 }
        return SourceLocation(file: file, line: lineNumber, column: column)
    }

    /// The location of byte `offset` on the current line.
    private func here(_ offset: Int) -> SourceLocation {
        location(of: offset, line: line, lineStart: lineStart)
    }

    private mutating func skipBlankLines() {
        while position < bytes.count, bytes[position] == 0x0A || bytes[position] == 0x0D {
            consumeLineEnd()
        }
    }

    /// Consumes a CRLF, LF or lone CR at `position` and counts the line.
    private mutating func consumeLineEnd() {
        if bytes[position] == 0x0D, position + 1 < bytes.count, bytes[position + 1] == 0x0A { position += 1 }
        position += 1
        line += 1
        lineStart = position
    }

    /// Reads one field; `ended` is true when the record ends after it.
    private mutating func readField() throws(CSVError) -> (field: String, ended: Bool) {
        if position < bytes.count, bytes[position] == UInt8(ascii: "\"") { return try readQuotedField() }
        let start = position
        while position < bytes.count {
            let byte = bytes[position]
            if byte == separator {
                let field = String(decoding: bytes[start..<position], as: UTF8.self)
                position += 1
                return (field, false)
            }
            if byte == 0x0A || byte == 0x0D { break }
            if byte == UInt8(ascii: "\"") {
                throw CSVError(
                    location: here(position),
                    message: "expected a quote only around a whole field, found '\"' inside an unquoted field")
            }
            position += 1
        }
        let field = String(decoding: bytes[start..<position], as: UTF8.self)
        if position < bytes.count { consumeLineEnd() }
        return (field, true)
    }

    private mutating func readQuotedField() throws(CSVError) -> (field: String, ended: Bool) {
        let opening = here(position)
        position += 1
        var content: [UInt8] = []
        while true {
            guard position < bytes.count else {
                throw CSVError(
                    location: opening,
                    message: "expected a closing quote for the field that opens here, found the end of the file")
            }
            let byte = bytes[position]
            if byte == UInt8(ascii: "\"") {
                if position + 1 < bytes.count, bytes[position + 1] == UInt8(ascii: "\"") {
                    content.append(byte)
                    position += 2
                    continue
                }
                position += 1
                break
            }
            if byte == 0x0D || byte == 0x0A {
                content.append(0x0A)
                consumeLineEnd()
                continue
            }
            content.append(byte)
            position += 1
        }
        let field = String(decoding: content, as: UTF8.self)
        guard position < bytes.count else { return (field, true) }
        let next = bytes[position]
        if next == separator {
            position += 1
            return (field, false)
        }
        if next == 0x0A || next == 0x0D {
            consumeLineEnd()
            return (field, true)
        }
        throw CSVError(
            location: here(position),
            message: "expected a separator or the end of the line after a closing quote, found '\(TextCheck.character(at: position, in: bytes))'")
    }
}
