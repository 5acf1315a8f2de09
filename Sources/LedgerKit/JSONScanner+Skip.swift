extension JSONScanner {
    /// Skips one complete value of any kind, validating it; nesting beyond `maximumDepth` is an error.
    ///
    /// Iterative, so hostile nesting cannot overflow the stack.
    mutating func skipValue() throws(JSONSyntaxError) {
        var closers: [UInt8] = []
        var first = true
        repeat {
            if let closer = closers.last {
                let more =
                    closer == UInt8(ascii: "}")
                    ? try nextKey(first: &first) != nil
                    : try nextElement(first: &first)
                if !more {
                    closers.removeLast()
                    first = false
                    continue
                }
            }
            switch peekKind() {
            case .object, .array:
                guard depth < Self.maximumDepth else { throw nestingError() }
                closers.append(base[offset] == UInt8(ascii: "{") ? UInt8(ascii: "}") : UInt8(ascii: "]"))
                offset += 1
                depth += 1
                first = true
            case .string:
                let stringMark = mark
                let token = try readString()
                if checksStringLength && byteCount(of: token) > Self.maximumStringBytes { throw tooLong(token, at: stringMark) }
            case .number: _ = try readNumber()
            case .bool: _ = try readBool()
            case .null: try readNull()
            case .endOfInput: throw error("expected a value, found \(endName)")
            case .invalid: throw error("expected a value, found \(describeNext())")
            }
        } while !closers.isEmpty
    }

    /// Describes what comes next, for "found …" in messages: `an object`, `"text"`, `12.5`, `end of file`.
    func describeNext() -> String {
        var index = offset
        while index < end, [0x20, 0x09, 0x0D, 0x0A].contains(base[index]) { index += 1 }
        guard index < end else { return endName }
        let byte = base[index]
        switch byte {
        case UInt8(ascii: "{"): return "an object"
        case UInt8(ascii: "["): return "an array"
        case UInt8(ascii: "\""):
            var stop = index + 1
            var escaped = false
            while stop < end, stop - index < 48 {
                let current = base[stop]
                if current < 0x20 { break }
                stop += 1
                if current == UInt8(ascii: "\""), !escaped { break }
                escaped = current == UInt8(ascii: "\\") && !escaped
            }
            return quotedExcerpt(index..<stop, quote: false)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "a")...UInt8(ascii: "z"),
            UInt8(ascii: "A")...UInt8(ascii: "Z"):
            var stop = index
            while stop < end, stop - index < 40,
                Self.isIdentifierByte(base[stop]) || [UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: ".")].contains(base[stop])
            {
                stop += 1
            }
            // Numbers and the literals true, false and null as they are; other words quoted.
            let literal = ["true", "false", "null"].contains { $0.utf8.elementsEqual(UnsafeBufferPointer(start: base + index, count: stop - index)) }
            return quotedExcerpt(index..<stop, quote: !(Self.isDigit(byte) || byte == UInt8(ascii: "-") || literal))
        case 0x00: return "a NUL byte (0x00)"
        case 0xEF where end - index >= 3 && base[index + 1] == 0xBB && base[index + 2] == 0xBF:
            return "a UTF-8 byte-order mark"
        case UInt8(ascii: "'"): return "\"'\" (JSON strings take double quotes)"
        case 0x21...0x7E: return "'\(Self.printable(byte))'"
        case 0xC2...0xF4:
            // A character outside quotes, e.g. an unquoted name: show it when it is valid UTF-8.
            var copy = self
            copy.offset = index
            if (try? copy.skipUTF8Sequence()) != nil { return "'\(quotedExcerpt(index..<copy.offset, quote: false))'" }
            return "the byte 0x\(Self.hex2(byte))"
        default: return "the byte 0x\(Self.hex2(byte))"
        }
    }

    /// The whole input text in `range` (a number literal, for conversion; `quotedExcerpt` is for messages).
    func literalText(_ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(start: base + range.lowerBound, count: range.count), as: UTF8.self)
    }

    /// The input bytes in `range` as text for a message, cut at 40 bytes with `…`; invalid UTF-8 is replaced.
    func quotedExcerpt(_ range: Range<Int>, quote: Bool = true) -> String {
        let clipped = range.lowerBound..<min(range.upperBound, range.lowerBound + 40, end)
        var text = String(decoding: UnsafeBufferPointer(start: base + clipped.lowerBound, count: clipped.count), as: UTF8.self)
        if clipped.count < range.count { text += "…" }
        return quote ? "'\(text)'" : text
    }
}
