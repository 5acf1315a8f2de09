/// Builders of hostile ledger bytes: things a careless export or an attacker might produce.
public enum HostileInput {
    /// The UTF-8 byte-order mark.
    public static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// `text` with a UTF-8 byte-order mark in front.
    public static func withByteOrderMark(_ text: String) -> [UInt8] { byteOrderMark + Array(text.utf8) }

    /// `text` with every line feed written as CR LF.
    public static func withCRLF(_ text: String) -> String { text.replacingOccurrences(of: "\n", with: "\r\n") }

    /// `depth` nested arrays, `[[[…]]]`, closed properly.
    public static func nestedArrays(depth: Int) -> String {
        String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
    }

    /// `depth` nested objects, `{"a":{"a":…{}}}`, closed properly.
    public static func nestedObjects(depth: Int) -> String {
        String(repeating: "{\"a\":", count: depth - 1) + "{}" + String(repeating: "}", count: depth - 1)
    }

    /// A JSON string literal (with quotes) of `count` repetitions of `unit`.
    public static func longString(count: Int, of unit: String = "x") -> String {
        "\"" + String(repeating: unit, count: count) + "\""
    }

    /// `text` with the bytes of its first occurrence of `marker` replaced by `bytes`, to put bytes
    /// that a Swift string cannot hold (invalid UTF-8) at a chosen place.
    public static func replacing(_ marker: String, with bytes: [UInt8], in text: String) -> [UInt8] {
        let haystack = Array(text.utf8)
        let needle = Array(marker.utf8)
        guard !needle.isEmpty, haystack.count >= needle.count else { return haystack }
        for start in 0...(haystack.count - needle.count) where Array(haystack[start..<start + needle.count]) == needle {
            return Array(haystack[..<start]) + bytes + Array(haystack[(start + needle.count)...])
        }
        return haystack
    }

    /// Invalid UTF-8 sequences, each with the kind of fault it has.
    public static let invalidUTF8: [(name: String, bytes: [UInt8])] = [
        ("overlong two-byte '/'", [0xC0, 0xAF]),
        ("overlong three-byte", [0xE0, 0x80, 0xAF]),
        ("overlong four-byte", [0xF0, 0x80, 0x80, 0xAF]),
        ("UTF-16 surrogate U+D800 encoded", [0xED, 0xA0, 0x80]),
        ("beyond U+10FFFF", [0xF4, 0x90, 0x80, 0x80]),
        ("stray continuation byte", [0x80]),
        ("lead byte without continuation", [0xE2, 0x28, 0xA1]),
        ("byte 0xFF", [0xFF]),
    ]
}
