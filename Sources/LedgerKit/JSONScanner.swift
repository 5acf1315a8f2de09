/// A position in the input: byte offset, and the line it is on (for diagnostics).
struct JSONMark: Sendable {
    /// Byte offset from the start of the input.
    var offset: Int
    /// 1-based line number.
    var line: Int
    /// Byte offset at which `line` starts.
    var lineStart: Int
}

/// The scanner's last computed column: a class, so that the non-mutating `column(of:)` can update it.
final class ColumnCache {
    var lineStart = -1
    var offset = 0
    var column = 1
}

/// A malformed-JSON error at a position; the parser turns it into a diagnostic.
struct JSONSyntaxError: Error {
    let mark: JSONMark
    let message: String
}

/// The kind of the next JSON value, decided by its first byte.
enum JSONValueKind: Equatable {
    case object, array, string, number, bool, null, endOfInput, invalid
}

/// A string value in the input: its bytes are the input slice `start..<end`, or, when it had
/// escapes, the scanner's scratch buffer.
struct JSONStringToken {
    let start: Int
    let end: Int
    let escaped: Bool
}

/// A streaming, byte-level JSON scanner over a buffer that tracks lines for diagnostics.
///
/// The scanner reads one value at a time and never builds a tree: the ledger parser drives it
/// and stores values straight into their final form. Line numbers are counted while skipping
/// whitespace, the only place a line break can occur in valid JSON, so tracking them is nearly free;
/// columns are computed only when a diagnostic needs one.
struct JSONScanner {
    let base: UnsafePointer<UInt8>
    /// Where the input ends; JSON Lines moves it to the end of each line in turn.
    var end: Int
    var offset: Int
    var line = 1
    var lineStart: Int
    /// How messages name `end`: "end of file", or "end of line" in JSON Lines.
    var endName = "end of file"
    /// Arrays and objects open at `offset` (the top-level value is level 1).
    var depth = 0
    /// Whether strings longer than `maximumStringBytes` are syntax errors when skipped or used as keys.
    var checksStringLength = true
    /// Where the key last returned by `nextKey` starts, for diagnostics about the key itself.
    var keyMark = JSONMark(offset: 0, line: 1, lineStart: 0)
    /// Decoded bytes of the last string that had escapes.
    let scratch = ScratchBuffer()
    /// The last column computed, so that columns of later marks on the same line continue from it.
    private let columnCache = ColumnCache()

    /// Deepest nesting of arrays and objects accepted, counting the top-level value as level 1.
    static let maximumDepth = 64
    /// The longest string (value or key) accepted, in UTF-8 bytes once decoded.
    static let maximumStringBytes = 65_536

    /// Scans `buffer[startOffset...]`; `line` and `lineStart` say where that offset is in the file.
    init(_ buffer: UnsafeBufferPointer<UInt8>, startOffset: Int = 0, line: Int = 1, lineStart: Int = 0) {
        base = buffer.baseAddress ?? UnsafePointer(bitPattern: 1)!
        end = buffer.count
        offset = startOffset
        self.line = line
        self.lineStart = lineStart
    }

    /// The current position.
    var mark: JSONMark { JSONMark(offset: offset, line: line, lineStart: lineStart) }

    /// Whether the whole input has been read.
    var isAtEnd: Bool { offset >= end }

    /// 1-based column of `mark`, in Unicode scalars.
    ///
    /// Continues from the last column computed when it is earlier on the same line: definitions
    /// record their location, and a minified file (one long line) must not cost a scan from the
    /// start of the line for each of them.
    func column(of mark: JSONMark) -> Int {
        var column = 1
        var index = mark.lineStart
        let cache = columnCache
        if cache.lineStart == mark.lineStart && cache.offset <= mark.offset {
            column = cache.column
            index = cache.offset
        }
        while index < mark.offset && index < end {
            if base[index] & 0xC0 != 0x80 { column += 1 }
            index += 1
        }
        cache.lineStart = mark.lineStart
        cache.offset = index
        cache.column = column
        return column
    }

    /// Skips spaces, tabs, carriage returns and line feeds, counting lines.
    @inline(__always)
    mutating func skipWhitespace() {
        while offset < end {
            let byte = base[offset]
            if byte == 0x20 || byte == 0x09 || byte == 0x0D {
                offset += 1
            } else if byte == 0x0A {
                offset += 1
                line += 1
                lineStart = offset
            } else {
                return
            }
        }
    }

    /// Skips whitespace and tells the kind of the next value.
    mutating func peekKind() -> JSONValueKind {
        skipWhitespace()
        guard offset < end else { return .endOfInput }
        switch base[offset] {
        case UInt8(ascii: "{"): return .object
        case UInt8(ascii: "["): return .array
        case UInt8(ascii: "\""): return .string
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .number
        case UInt8(ascii: "t"), UInt8(ascii: "f"): return .bool
        case UInt8(ascii: "n"): return .null
        default: return .invalid
        }
    }

    func error(_ message: String, at mark: JSONMark? = nil) -> JSONSyntaxError {
        JSONSyntaxError(mark: mark ?? self.mark, message: message)
    }

    /// Consumes `byte` after whitespace, or throws "expected `what`, found …".
    mutating func expect(_ byte: UInt8, _ what: String) throws(JSONSyntaxError) {
        skipWhitespace()
        guard offset < end, base[offset] == byte else {
            throw error("expected \(what), found \(describeNext())")
        }
        offset += 1
    }

    /// Consumes the start of an object.
    mutating func beginObject() throws(JSONSyntaxError) {
        try open(UInt8(ascii: "{"), "'{'")
    }

    /// Consumes an opening bracket or brace, one level deeper; too deep is an error at the bracket.
    private mutating func open(_ byte: UInt8, _ what: String) throws(JSONSyntaxError) {
        skipWhitespace()
        if depth >= Self.maximumDepth && offset < end && base[offset] == byte { throw nestingError() }
        try expect(byte, what)
        depth += 1
    }

    func nestingError() -> JSONSyntaxError {
        error("expected at most \(Self.maximumDepth) levels of nesting, found more")
    }

    /// Reads the next key of the object being read, or returns `nil` at its closing brace.
    ///
    /// `first` must start `true` for each object; the scanner uses it to require commas between members.
    mutating func nextKey(first: inout Bool) throws(JSONSyntaxError) -> JSONStringToken? {
        skipWhitespace()
        guard offset < end else {
            throw error(first ? "expected '}' or a key, found \(endName)" : "expected ',' or '}' after an object member, found \(endName)")
        }
        if base[offset] == UInt8(ascii: "}") {
            offset += 1
            depth -= 1
            return nil
        }
        if !first {
            guard base[offset] == UInt8(ascii: ",") else {
                throw error("expected ',' or '}' after an object member, found \(describeNext())")
            }
            offset += 1
            skipWhitespace()
        }
        first = false
        guard offset < end, base[offset] == UInt8(ascii: "\"") else {
            throw error("expected a string key, found \(describeNext())")
        }
        keyMark = mark
        let key = try readString()
        if checksStringLength && byteCount(of: key) > Self.maximumStringBytes { throw tooLong(key, at: keyMark) }
        try expect(UInt8(ascii: ":"), "':' after the key")
        skipWhitespace()
        return key
    }

    /// Consumes the start of an array.
    mutating func beginArray() throws(JSONSyntaxError) {
        try open(UInt8(ascii: "["), "'['")
    }

    /// Moves to the next element of the array being read; returns `false` at its closing bracket.
    mutating func nextElement(first: inout Bool) throws(JSONSyntaxError) -> Bool {
        skipWhitespace()
        guard offset < end else {
            throw error(first ? "expected ']' or a value, found \(endName)" : "expected ',' or ']' after an array element, found \(endName)")
        }
        if base[offset] == UInt8(ascii: "]") {
            offset += 1
            depth -= 1
            return false
        }
        if !first {
            guard base[offset] == UInt8(ascii: ",") else {
                throw error("expected ',' or ']' after an array element, found \(describeNext())")
            }
            offset += 1
            skipWhitespace()
            if offset < end && base[offset] == UInt8(ascii: "]") {
                throw error("expected a value after ',', found ']'")
            }
        }
        first = false
        return true
    }

    /// Reads `true` or `false`.
    mutating func readBool() throws(JSONSyntaxError) -> Bool {
        skipWhitespace()
        if matchLiteral("true") { return true }
        if matchLiteral("false") { return false }
        throw error("expected true or false, found \(describeNext())")
    }

    /// Reads `null`.
    mutating func readNull() throws(JSONSyntaxError) {
        skipWhitespace()
        guard matchLiteral("null") else { throw error("expected null, found \(describeNext())") }
    }

    private mutating func matchLiteral(_ literal: StaticString) -> Bool {
        let count = literal.utf8CodeUnitCount
        guard end - offset >= count else { return false }
        let text = literal.utf8Start
        for index in 0..<count where base[offset + index] != text[index] { return false }
        if offset + count < end, Self.isIdentifierByte(base[offset + count]) { return false }
        offset += count
        return true
    }

    /// Reads a number and returns the range of its literal text; the grammar is JSON's, exactly.
    mutating func readNumber() throws(JSONSyntaxError) -> Range<Int> {
        skipWhitespace()
        let start = offset
        if offset < end && base[offset] == UInt8(ascii: "-") { offset += 1 }
        guard offset < end, Self.isDigit(base[offset]) else { throw invalidNumber(from: start) }
        if base[offset] == UInt8(ascii: "0") {
            offset += 1
        } else {
            while offset < end && Self.isDigit(base[offset]) { offset += 1 }
        }
        if offset < end && base[offset] == UInt8(ascii: ".") {
            offset += 1
            guard offset < end, Self.isDigit(base[offset]) else { throw invalidNumber(from: start) }
            while offset < end && Self.isDigit(base[offset]) { offset += 1 }
        }
        if offset < end && (base[offset] | 0x20) == UInt8(ascii: "e") {
            offset += 1
            if offset < end && (base[offset] == UInt8(ascii: "+") || base[offset] == UInt8(ascii: "-")) { offset += 1 }
            guard offset < end, Self.isDigit(base[offset]) else { throw invalidNumber(from: start) }
            while offset < end && Self.isDigit(base[offset]) { offset += 1 }
        }
        if offset < end && Self.isIdentifierByte(base[offset]) { throw invalidNumber(from: start) }
        return start..<offset
    }

    private mutating func invalidNumber(from start: Int) -> JSONSyntaxError {
        var stop = offset
        while stop < end && stop - start < 40 && (Self.isIdentifierByte(base[stop]) || base[stop] == UInt8(ascii: "-")
            || base[stop] == UInt8(ascii: "+") || base[stop] == UInt8(ascii: "."))
        {
            stop += 1
        }
        let mark = JSONMark(offset: start, line: line, lineStart: lineStart)
        return error("expected a number, found \(quotedExcerpt(start..<max(stop, start + 1)))", at: mark)
    }

    static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    static func isIdentifierByte(_ byte: UInt8) -> Bool {
        (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z") || isDigit(byte) || byte == UInt8(ascii: "_")
    }
}
