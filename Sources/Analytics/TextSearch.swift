/// A case-insensitive substring search (ASCII letters compared without case, every other byte
/// exactly) over UTF-8 bytes, searched in place without copying.
struct TextSearch: Sendable {
    /// The needle, ASCII letters folded to lower case.
    let needle: [UInt8]

    /// A search for `text`, or `nil` for empty text.
    init?(_ text: String) {
        needle = text.utf8.map(TextSearch.fold)
        if needle.isEmpty { return nil }
    }

    /// Whether `haystack` contains the needle.
    ///
    /// Scans for the needle's first byte and checks its last byte before comparing the middle.
    func contains(_ haystack: UnsafeBufferPointer<UInt8>) -> Bool {
        let length = needle.count
        guard haystack.count >= length, let text = haystack.baseAddress else { return false }
        return needle.withUnsafeBufferPointer { needle in
            let first = needle[0]
            let last = needle[length - 1]
            var start = 0
            let end = haystack.count - length
            while start <= end {
                if Self.fold(text[start]) == first && Self.fold(text[start + length - 1]) == last {
                    var matched = 1
                    while matched < length - 1 && Self.fold(text[start + matched]) == needle[matched] { matched += 1 }
                    if matched >= length - 1 { return true }
                }
                start += 1
            }
            return false
        }
    }

    /// Whether `text` contains the needle.
    func contains(_ text: String) -> Bool {
        var text = text
        return text.withUTF8(contains)
    }

    /// `byte` with ASCII upper-case letters lowered.
    @inline(__always)
    static func fold(_ byte: UInt8) -> UInt8 {
        byte &- 0x41 < 26 ? byte | 0x20 : byte
    }
}
