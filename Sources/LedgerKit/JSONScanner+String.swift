extension JSONScanner {
    /// Reads a string; its bytes are then available through `bytes(of:)`.
    ///
    /// Rejects what JSON forbids (raw control characters, bad escapes, unpaired surrogates) and
    /// invalid UTF-8, each with the position of the offending byte.
    mutating func readString() throws(JSONSyntaxError) -> JSONStringToken {
        skipWhitespace()
        guard offset < end, base[offset] == UInt8(ascii: "\"") else {
            throw error("expected a string, found \(describeNext())")
        }
        offset += 1
        let start = offset
        skipPlainWords()
        while offset < end {
            let byte = base[offset]
            if byte == UInt8(ascii: "\"") {
                offset += 1
                return JSONStringToken(start: start, end: offset - 1, escaped: false)
            }
            if byte == UInt8(ascii: "\\") {
                scratch.removeAll()
                scratch.append(contentsOf: UnsafeBufferPointer(start: base + start, count: offset - start))
                return try readEscapedRest(start: start)
            }
            if byte < 0x20 { throw controlCharacterError(byte) }
            if byte < 0x80 { offset += 1 } else { try skipUTF8Sequence() }
        }
        throw error("expected '\"' to end the string, found \(endName)")
    }

    /// Moves over string bytes eight at a time while none of them needs a look: a quote, a
    /// backslash, a control character or a byte of a multi-byte sequence (SWAR: bit 7 of each
    /// byte of `flags` is set where such a byte is, or may be, and then the byte loop decides).
    @inline(__always)
    private mutating func skipPlainWords() {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        while offset + 8 <= end {
            let word = UnsafeRawPointer(base + offset).loadUnaligned(as: UInt64.self)
            let quotes = word ^ (ones &* 0x22)
            let backslashes = word ^ (ones &* 0x5C)
            let flags = (word &- ones &* 0x20) | (quotes &- ones) & ~quotes | (backslashes &- ones) & ~backslashes | word
            if flags & highs != 0 { return }
            offset += 8
        }
    }

    /// The bytes of `token`, valid until the next string is read (and while the input lives).
    @inline(__always)
    func bytes(of token: JSONStringToken) -> UnsafeBufferPointer<UInt8> {
        token.escaped ? scratch.bytes : UnsafeBufferPointer(start: base + token.start, count: token.end - token.start)
    }

    /// The text of `token` as a Swift string.
    func string(of token: JSONStringToken) -> String {
        String(decoding: bytes(of: token), as: UTF8.self)
    }

    /// The decoded length of `token` in bytes.
    func byteCount(of token: JSONStringToken) -> Int {
        token.escaped ? scratch.count : token.end - token.start
    }

    /// "expected a string of at most 65536 bytes, found one of N bytes" at `mark`, where `token` starts.
    func tooLong(_ token: JSONStringToken, at mark: JSONMark) -> JSONSyntaxError {
        error("expected a string of at most \(Self.maximumStringBytes) bytes, found one of \(byteCount(of: token)) bytes", at: mark)
    }

    private mutating func readEscapedRest(start: Int) throws(JSONSyntaxError) -> JSONStringToken {
        while offset < end {
            let byte = base[offset]
            if byte == UInt8(ascii: "\"") {
                offset += 1
                return JSONStringToken(start: start, end: offset - 1, escaped: true)
            }
            if byte == UInt8(ascii: "\\") {
                try readEscape()
            } else if byte < 0x20 {
                throw controlCharacterError(byte)
            } else if byte < 0x80 {
                scratch.append(byte)
                offset += 1
            } else {
                let sequenceStart = offset
                try skipUTF8Sequence()
                scratch.append(contentsOf: UnsafeBufferPointer(start: base + sequenceStart, count: offset - sequenceStart))
            }
        }
        throw error("expected '\"' to end the string, found \(endName)")
    }

    private mutating func readEscape() throws(JSONSyntaxError) {
        let escapeMark = mark
        offset += 1
        guard offset < end else { throw error("expected an escape character after '\\', found \(endName)") }
        let byte = base[offset]
        offset += 1
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): scratch.append(byte)
        case UInt8(ascii: "b"): scratch.append(0x08)
        case UInt8(ascii: "f"): scratch.append(0x0C)
        case UInt8(ascii: "n"): scratch.append(0x0A)
        case UInt8(ascii: "r"): scratch.append(0x0D)
        case UInt8(ascii: "t"): scratch.append(0x09)
        case UInt8(ascii: "u"):
            var scalar = try readHex4(escapeMark)
            if (0xD800..<0xDC00).contains(scalar) {
                guard end - offset >= 2, base[offset] == UInt8(ascii: "\\"), base[offset + 1] == UInt8(ascii: "u") else {
                    let found = offset < end ? "'\(Self.printable(base[offset]))'" : endName
                    throw error("expected a low surrogate escape after \\u\(Self.hex4(scalar)), found \(found)", at: escapeMark)
                }
                offset += 2
                let low = try readHex4(escapeMark)
                guard (0xDC00..<0xE000).contains(low) else {
                    throw error("expected a low surrogate after \\u\(Self.hex4(scalar)), found \\u\(Self.hex4(low))", at: escapeMark)
                }
                scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
            } else if (0xDC00..<0xE000).contains(scalar) {
                throw error("expected a character escape, found the unpaired low surrogate \\u\(Self.hex4(scalar))", at: escapeMark)
            }
            appendUTF8(scalar)
        default:
            throw error("expected one of \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX, found \\\(Self.printable(byte))", at: escapeMark)
        }
    }

    private mutating func readHex4(_ escapeMark: JSONMark) throws(JSONSyntaxError) -> UInt32 {
        var value: UInt32 = 0
        for index in 0..<4 {
            guard offset + index < end else { throw error("expected four hex digits after \\u, found \(endName)", at: escapeMark) }
            let byte = base[offset + index]
            let digit: UInt32
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(byte - 48)
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt32(byte - 87)
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt32(byte - 55)
            default: throw error("expected four hex digits after \\u, found '\(Self.printable(byte))'", at: escapeMark)
            }
            value = value << 4 | digit
        }
        offset += 4
        return value
    }

    private mutating func appendUTF8(_ scalar: UInt32) {
        switch scalar {
        case ..<0x80:
            scratch.append(UInt8(scalar))
        case ..<0x800:
            scratch.append(UInt8(0xC0 | scalar >> 6))
            scratch.append(UInt8(0x80 | scalar & 0x3F))
        case ..<0x10000:
            scratch.append(UInt8(0xE0 | scalar >> 12))
            scratch.append(UInt8(0x80 | scalar >> 6 & 0x3F))
            scratch.append(UInt8(0x80 | scalar & 0x3F))
        default:
            scratch.append(UInt8(0xF0 | scalar >> 18))
            scratch.append(UInt8(0x80 | scalar >> 12 & 0x3F))
            scratch.append(UInt8(0x80 | scalar >> 6 & 0x3F))
            scratch.append(UInt8(0x80 | scalar & 0x3F))
        }
    }

    /// Validates one multi-byte UTF-8 sequence at `offset` (RFC 3629: no overlongs, no surrogates) and moves past it.
    mutating func skipUTF8Sequence() throws(JSONSyntaxError) {
        let lead = base[offset]
        let length: Int
        var lower: UInt8 = 0x80
        var upper: UInt8 = 0xBF
        switch lead {
        case 0xC2...0xDF: length = 2
        case 0xE0: length = 3; lower = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED: length = 3; upper = 0x9F
        case 0xF0: length = 4; lower = 0x90
        case 0xF1...0xF3: length = 4
        case 0xF4: length = 4; upper = 0x8F
        default: throw error("expected UTF-8 text, found the invalid byte 0x\(Self.hex2(lead))")
        }
        guard end - offset >= length else { throw error("expected UTF-8 text, found a truncated sequence at \(endName)") }
        for index in 1..<length {
            let byte = base[offset + index]
            let (low, high) = index == 1 ? (lower, upper) : (0x80, 0xBF)
            guard byte >= low && byte <= high else {
                throw error("expected UTF-8 text, found the invalid byte sequence 0x\(Self.hex2(lead)) 0x\(Self.hex2(byte))")
            }
        }
        offset += length
    }

    private func controlCharacterError(_ byte: UInt8) -> JSONSyntaxError {
        if byte == 0x0A || byte == 0x0D {
            return error("expected '\"' to end the string, found a line break")
        }
        if byte == 0 { return error("expected text, found a NUL byte (0x00)") }
        return error("expected text, found the control character 0x\(Self.hex2(byte)); escape it as \\u00\(Self.hex2(byte))")
    }

    static func hex2(_ byte: UInt8) -> String {
        let digits = Array("0123456789ABCDEF")
        return String([digits[Int(byte >> 4)], digits[Int(byte & 0xF)]])
    }

    static func hex4(_ value: UInt32) -> String {
        hex2(UInt8(value >> 8 & 0xFF)) + hex2(UInt8(value & 0xFF))
    }

    static func printable(_ byte: UInt8) -> String {
        byte >= 0x20 && byte < 0x7F ? String(UnicodeScalar(byte)) : "0x" + hex2(byte)
    }
}
