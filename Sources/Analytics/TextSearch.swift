import LedgerKit

/// A case-insensitive (ASCII letters) substring search over a line item's vendor name,
/// description, reference and id.
struct TextSearch {
    private let needle: [UInt8]

    /// A search for `text`, or `nil` for empty text.
    init?(_ text: String) {
        needle = text.utf8.map(TextSearch.fold)
        if needle.isEmpty { return nil }
    }

    /// Whether line item `row` contains the text in one of its searchable fields.
    func matches(row: Int, in store: LedgerStore) -> Bool {
        let items = store.ledger.lineItems
        if contains(store.ledger.vendors.names[Int(items.vendors[row])].utf8) { return true }
        if items.descriptions.withUTF8(at: row, contains) { return true }
        return items.references.withUTF8(at: row, contains) || items.ids.withUTF8(at: row, contains)
    }

    /// Whether `haystack` contains the needle, ASCII letters compared without case.
    func contains<Bytes: Collection>(_ haystack: Bytes) -> Bool where Bytes.Element == UInt8 {
        let bytes = Array(haystack)
        guard bytes.count >= needle.count else { return false }
        let first = needle[0]
        var start = 0
        while start + needle.count <= bytes.count {
            if TextSearch.fold(bytes[start]) == first {
                var matched = 1
                while matched < needle.count && TextSearch.fold(bytes[start + matched]) == needle[matched] { matched += 1 }
                if matched == needle.count { return true }
            }
            start += 1
        }
        return false
    }

    @inline(__always)
    static func fold(_ byte: UInt8) -> UInt8 {
        byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
    }
}
