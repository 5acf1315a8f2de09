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

    /// Reads one file of the ledger. The root file (the one with the publisher) must come first.
    mutating func parse(_ bytes: UnsafeBufferPointer<UInt8>, name: String, format: LedgerFileFormat, isRoot: Bool) {
        fileIndex = UInt16(clamping: ledger.files.count)
        ledger.files.append(LedgerFile(path: name, byteCount: bytes.count))
        fileName = name
        if isRoot { rootFileName = name }
        var startOffset = 0
        if bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF {
            log.warning(at: SourceLocation(file: name, line: 1, column: 1), "expected UTF-8 without a byte-order mark, found one; ignored")
            startOffset = 3
        }
        scanner = JSONScanner(bytes, startOffset: startOffset, lineStart: startOffset)
        switch format {
        case .json:
            if isRoot {
                guard parseDocument(.publisherOnly) else {
                    rootFileUnreadable = true
                    return
                }
                scanner = JSONScanner(bytes, startOffset: startOffset, lineStart: startOffset)
            }
            _ = parseDocument(.sections(isRoot: isRoot))
        case .jsonLines:
            parseLines()
        }
    }

    /// Reads the top-level object; returns false after a syntax error (reported).
    private mutating func parseDocument(_ pass: Pass) -> Bool {
        do throws(JSONSyntaxError) {
            let start = scanner.mark
            guard scanner.peekKind() == .object else {
                guard case .sections = pass else { return true }
                error(start, "$", "expected a ledger document (a JSON object), found \(scanner.describeNext())")
                return false
            }
            try scanner.beginObject()
            var sawFormat = false
            var first = true
            while let key = try scanner.nextKey(first: &first) {
                let keyMark = scanner.mark
                let field = Self.documentKeys.index(of: scanner.bytes(of: key))
                guard case .sections(let isRoot) = pass else {
                    if field == 1 { try parsePublisher() } else { try scanner.skipValue() }
                    continue
                }
                switch field {
                case 0:
                    sawFormat = true
                    try parseFormat()
                case 1:
                    if !isRoot {
                        let root = rootFileName ?? "the root file"
                        error(keyMark, "$.publisher", "expected the publisher only in the ledger's root file (\(root)), found another")
                    }
                    try scanner.skipValue()
                case 2: try parseClassifications()
                case 3: try parseVendors()
                case 4: try parseBudgetLines()
                case 5: try parseArray("$.lineItems") { parser, path throws(JSONSyntaxError) in try parser.parseLineItem(prefix: path) }
                case 6: try parseKPIs()
                default:
                    let name = scanner.string(of: key)
                    warning(keyMark, "$.\(name)", "unknown key '\(Self.excerpt(name))' ignored")
                    try scanner.skipValue()
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
            report(error)
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
    private mutating func parseLines() {
        while true {
            scanner.skipWhitespace()
            if scanner.isAtEnd { return }
            do throws(JSONSyntaxError) {
                try parseLineItem(prefix: { "$" })
                while !scanner.isAtEnd, [0x20, 0x09, 0x0D].contains(scanner.base[scanner.offset]) { scanner.offset += 1 }
                if !scanner.isAtEnd && scanner.base[scanner.offset] != 0x0A {
                    error(scanner.mark, "$", "expected one line item per line, found \(scanner.describeNext()) after it")
                    skipRestOfLine()
                }
            } catch {
                report(error)
                skipRestOfLine()
            }
        }
    }

    private mutating func skipRestOfLine() {
        while !scanner.isAtEnd && scanner.base[scanner.offset] != 0x0A { scanner.offset += 1 }
    }

    /// Reports a syntax error (which has no JSON path).
    mutating func report(_ syntaxError: JSONSyntaxError) {
        log.error(at: location(syntaxError.mark), syntaxError.message)
    }
}
