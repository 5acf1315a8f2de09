#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Whether a ledger file is a JSON document or JSON Lines of line items.
public enum LedgerFileFormat: Sendable {
    /// A `.json` ledger document.
    case json
    /// A `.jsonl` file: one line item per line.
    case jsonLines
}

extension LedgerParser {
    /// The format marker every `.json` ledger document carries.
    static let formatMarker = "govlens-ledger/1"
    static let documentKeys = FieldNames(["format", "publisher", "classifications", "vendors", "budgetLines", "lineItems", "kpis"])

    private enum Pass {
        case publisherOnly
        case sections(isRoot: Bool)
    }

    /// Reads the publisher of the root file, before any file is read: every amount depends on its currency.
    ///
    /// Reports no syntax error: the root file's own turn in `parse` reads up to it and reports it.
    mutating func readPublisher(_ bytes: UnsafeBufferPointer<UInt8>, name: String, format: LedgerFileFormat) {
        rootFileName = name
        guard format == .json else { return }
        fileName = name
        let startOffset = Self.byteOrderMarkLength(bytes)
        scanner = JSONScanner(bytes, startOffset: startOffset, lineStart: startOffset)
        scanner.checksStringLength = false
        if !parseDocument(.publisherOnly) && publisherLocation == nil { rootFileUnreadable = true }
    }

    /// Reads one whole file of the ledger, all but the publisher (`readPublisher` reads it before any file).
    mutating func parse(_ bytes: UnsafeBufferPointer<UInt8>, name: String, format: LedgerFileFormat, isRoot: Bool) {
        let startOffset = Self.byteOrderMarkLength(bytes)
        beginFile(name: name, byteCount: bytes.count, byteOrderMarkLength: startOffset, isRoot: isRoot)
        if rejectsOtherEncoding(bytes) {
            // Its publisher cannot be read: do not also report it missing.
            if isRoot && format == .json { rootFileUnreadable = true }
            return
        }
        scanner = JSONScanner(bytes, startOffset: startOffset, lineStart: startOffset)
        switch format {
        case .json: _ = parseDocument(.sections(isRoot: isRoot))
        case .jsonLines: parseLines()
        }
    }

    /// Registers the next file of the ledger and warns about a byte-order mark (`byteOrderMarkLength` > 0).
    mutating func beginFile(name: String, byteCount: Int, byteOrderMarkLength: Int, isRoot: Bool) {
        fileIndex = UInt16(clamping: ledger.files.count)
        ledger.files.append(LedgerFile(path: name, byteCount: byteCount))
        fileName = name
        if isRoot { rootFileName = name }
        if byteOrderMarkLength > 0 {
            log.warning(at: SourceLocation(file: name, line: 1, column: 1), "expected UTF-8 without a byte-order mark, found one; ignored")
        }
    }

    /// Reads the lines of `bytes`, a part of a JSON Lines file that starts at a line start; its first
    /// line is line `firstLine` of the file. Returns how many lines it held.
    mutating func parseLineWindow(_ bytes: UnsafeBufferPointer<UInt8>, firstLine: Int) -> Int {
        scanner = JSONScanner(bytes)
        return parseLines(firstLine: firstLine)
    }

    /// Reports a file that starts with a UTF-16 or UTF-32 byte-order mark (`bytes` are its first bytes,
    /// four are enough) with one error, instead of a syntax error on every line; returns whether it did.
    /// The file is not read further.
    mutating func rejectsOtherEncoding(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let encoding = Self.otherEncoding(bytes) else { return false }
        log.error(at: SourceLocation(file: fileName, line: 1, column: 1), "expected UTF-8 text, found a \(encoding) byte-order mark; save the file as UTF-8")
        documentStoppedEarly = true
        return true
    }

    /// "UTF-16" or "UTF-32" when `bytes` start with that encoding's byte-order mark, else `nil`.
    static func otherEncoding(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        let mark = Array(bytes.prefix(4))
        if mark == [0xFF, 0xFE, 0, 0] || mark == [0, 0, 0xFE, 0xFF] { return "UTF-32" }
        if mark.starts(with: [0xFF, 0xFE]) || mark.starts(with: [0xFE, 0xFF]) { return "UTF-16" }
        return nil
    }

    /// 3 when `bytes` start with a UTF-8 byte-order mark, else 0.
    static func byteOrderMarkLength(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0
    }

    /// Reads the top-level object; returns false after a syntax error (reported in the sections pass).
    private mutating func parseDocument(_ pass: Pass) -> Bool {
        do throws(JSONSyntaxError) {
            guard scanner.peekKind() == .object else {
                guard case .sections(let isRoot) = pass else { return true }
                error(scanner.mark, "$", "expected a ledger document (a JSON object), found \(scanner.describeNext())")
                // The publisher cannot be found in it: do not also report it missing.
                if isRoot { rootFileUnreadable = true }
                documentStoppedEarly = true
                return false
            }
            let start = scanner.mark
            try scanner.beginObject()
            var sawFormat = false
            var seen = KeysSeen()
            var first = true
            while let key = try scanner.nextKey(first: &first) {
                let keyMark = scanner.keyMark
                let field = Self.documentKeys.index(of: scanner.bytes(of: key))
                guard case .sections(let isRoot) = pass else {
                    if field == 1 { try parsePublisher() } else { try scanner.skipValue() }
                    continue
                }
                // A second publisher has its own error, from the publisher pass.
                if field != 1, !seen.insert(field: field, name: { scanner.string(of: key) }) {
                    try repeatedKey(keyMark, "$.\(scanner.string(of: key))")
                    continue
                }
                switch field {
                case 0:
                    sawFormat = true
                    try parseFormat()
                case 1:
                    if !isRoot {
                        let root = rootFileName ?? "the root file"
                        error(keyMark, "$.publisher", "expected the publisher only in the ledger's root file (\(root)), found one in this file")
                    }
                    try scanner.skipValue()
                case 2: try parseClassifications()
                case 3: try parseVendors()
                case 4: try parseBudgetLines()
                case 5: try parseArray("$.lineItems") { parser, path throws(JSONSyntaxError) in try parser.parseLineItem(prefix: path) }
                case 6: try parseKPIs()
                default:
                    let name = scanner.string(of: key)
                    try unknownKey(keyMark, "$.\(name)", name)
                }
            }
            scanner.skipWhitespace()
            if !scanner.isAtEnd {
                guard case .sections = pass else { return true }
                error(scanner.mark, "$", "expected end of file after the ledger document, found \(scanner.describeNext())")
                return false
            }
            if case .sections = pass, !sawFormat {
                error(start, "$", "expected the required key 'format' (\"\(Self.formatMarker)\"), found none")
            }
            return true
        } catch {
            if case .sections = pass {
                report(error)
                documentStoppedEarly = true
            }
            return false
        }
    }

    private mutating func parseFormat() throws(JSONSyntaxError) {
        let mark = scanner.mark
        guard let text = try readString({ "$.format" }, allowEmpty: true) else { return }
        if text != Self.formatMarker {
            error(mark, "$.format", "expected \"\(Self.formatMarker)\", found \"\(Self.excerpt(text))\"")
        }
    }

    /// Reads JSON Lines: one line item per line; a syntax error loses only its line.
    ///
    /// The scanner's input ends at each line feed in turn, so a value cannot run on into the next
    /// line (JSON Lines has no line breaks inside a value) and an error stays on its line.
    @discardableResult
    mutating func parseLines(firstLine: Int = 1) -> Int {
        let fileEnd = scanner.end
        var lineStart = scanner.offset
        var line = firstLine
        scanner.endName = "end of line"
        while lineStart < fileEnd {
            let lineFeed = memchr(scanner.base + lineStart, 0x0A, fileEnd - lineStart)
            let lineEnd = lineFeed.map { UnsafeRawPointer($0) - UnsafeRawPointer(scanner.base) } ?? fileEnd
            // A CR before the LF belongs to the line ending: "end of line" is where it starts.
            scanner.end = lineEnd > lineStart && scanner.base[lineEnd - 1] == 0x0D ? lineEnd - 1 : lineEnd
            scanner.offset = lineStart
            scanner.line = line
            scanner.lineStart = lineStart
            scanner.depth = 0
            parseLine()
            lineStart = lineEnd + 1
            line += 1
        }
        return line - firstLine
    }

    /// Reads the line the scanner is set to: blank, or one line-item object.
    private mutating func parseLine() {
        guard scanner.peekKind() != .endOfInput else { return }
        guard scanner.peekKind() == .object else {
            error(scanner.mark, "$", "expected a line item (an object), found \(scanner.describeNext())")
            return
        }
        do throws(JSONSyntaxError) {
            elementIndex = -1
            try parseLineItem(prefix: { "$" })
            scanner.skipWhitespace()
            if !scanner.isAtEnd {
                error(scanner.mark, "$", "expected one line item per line, found \(scanner.describeNext()) after it")
            }
        } catch {
            report(error)
        }
    }

    /// Reports a syntax error (which has no JSON path).
    mutating func report(_ syntaxError: JSONSyntaxError) {
        log.error(at: location(syntaxError.mark), syntaxError.message)
    }
}
