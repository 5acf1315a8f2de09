/// Checks that bytes are UTF-8 text, for the CSV reader.
enum TextCheck {
    /// The first byte offset at or after `start` where `bytes` stop being UTF-8 text (invalid
    /// UTF-8 or a NUL byte), with a message; `nil` when all is text.
    static func firstProblem(in bytes: [UInt8], from start: Int) -> (offset: Int, message: String)? {
        var index = start
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0 { return (index, "expected text, found a NUL byte") }
            if byte < 0x80 {
                index += 1
                continue
            }
            let length = sequenceLength(bytes, at: index)
            guard length > 0 else { return (index, "expected UTF-8 text, found the byte 0x\(hex(byte))") }
            index += length
        }
        return nil
    }

    /// The character that starts at `offset` (which must be the start of a UTF-8 sequence in valid text).
    static func character(at offset: Int, in bytes: [UInt8]) -> String {
        let length = bytes[offset] < 0x80 ? 1 : max(sequenceLength(bytes, at: offset), 1)
        return String(decoding: bytes[offset..<min(offset + length, bytes.count)], as: UTF8.self)
    }

    /// The length of the well-formed multi-byte sequence at `index`, or 0 when it is not one
    /// (overlong forms, surrogates and values beyond U+10FFFF are not well formed).
    private static func sequenceLength(_ bytes: [UInt8], at index: Int) -> Int {
        let lead = bytes[index]
        let (length, low, high): (Int, UInt8, UInt8) =
            switch lead {
            case 0xC2...0xDF: (2, 0x80, 0xBF)
            case 0xE0: (3, 0xA0, 0xBF)
            case 0xE1...0xEC, 0xEE...0xEF: (3, 0x80, 0xBF)
            case 0xED: (3, 0x80, 0x9F)
            case 0xF0: (4, 0x90, 0xBF)
            case 0xF1...0xF3: (4, 0x80, 0xBF)
            case 0xF4: (4, 0x80, 0x8F)
            default: (0, 0, 0)
            }
        guard length > 0, index + length <= bytes.count else { return 0 }
        guard (low...high).contains(bytes[index + 1]) else { return 0 }
        for offset in 2..<length where bytes[index + offset] & 0xC0 != 0x80 { return 0 }
        return length
    }

    private static func hex(_ byte: UInt8) -> String {
        let digits = Array("0123456789ABCDEF")
        return String([digits[Int(byte >> 4)], digits[Int(byte & 0xF)]])
    }
}
