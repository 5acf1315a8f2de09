import Dispatch
import LedgerKit

/// What makes text search fast without copying the texts. Descriptions are dictionary-encoded
/// by the loader, so each distinct description is searched once and rows match by code; ids and
/// references are nearly all distinct, so each row has a 64-bit Bloom filter of the byte pairs
/// they contain.
///
/// A row can contain the needle in its id or reference only if its filter has every bit of the
/// needle's byte pairs, so only those rows (true matches and about 1 in 10,000 others for a
/// 6-letter needle) are searched. Vendor names are few and searched per query.
///
/// Memory: 8 bytes per line item.
struct TextIndex: Sendable {
    /// Per row, the Bloom filter of the folded byte pairs of its id and reference.
    let signatures: [UInt64]

    /// Computes the filters of `items`, the rows split between two threads.
    ///
    /// - Complexity: O(bytes of ids and references).
    init(_ items: LineItemColumns) {
        let rowCount = items.count
        signatures = [UInt64](unsafeUninitializedCapacity: rowCount) { filters, initialized in
            nonisolated(unsafe) let filters = filters
            DispatchQueue.concurrentPerform(iterations: 2) { half in
                let rows = half == 0 ? 0..<rowCount / 2 : rowCount / 2..<rowCount
                items.ids.forEachUTF8(in: rows) { row, id in filters[row] = Self.signature(id) }
                items.references.forEachUTF8(in: rows) { row, reference in filters[row] |= Self.signature(reference) }
            }
            initialized = rowCount
        }
    }

    /// Per distinct description of `items`, whether it contains `search`'s needle.
    static func matchingDescriptions(_ search: TextSearch, in items: LineItemColumns) -> [Bool] {
        let dictionary = items.descriptions.dictionary
        return (0..<dictionary.count).map { dictionary.withUTF8(at: $0, search.contains) }
    }

    /// The Bloom filter of the folded byte pairs of `text`: bit `hash(pair) mod 64` per pair.
    static func signature(_ text: UnsafeBufferPointer<UInt8>) -> UInt64 {
        guard text.count > 1 else { return 0 }
        var bits: UInt64 = 0
        var previous = TextSearch.fold(text[0])
        for index in 1..<text.count {
            let byte = TextSearch.fold(text[index])
            bits |= bit(previous, byte)
            previous = byte
        }
        return bits
    }

    /// The filter bits that a text containing `search`'s needle must have (0 for a one-byte needle).
    static func signature(of search: TextSearch) -> UInt64 {
        search.needle.withUnsafeBufferPointer(signature)
    }

    @inline(__always)
    private static func bit(_ first: UInt8, _ second: UInt8) -> UInt64 {
        1 << (((UInt32(first) << 8 | UInt32(second)) &* 0x9E37_79B1) >> 26)
    }
}
