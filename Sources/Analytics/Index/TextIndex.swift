import Dispatch
import LedgerKit

/// What makes text search fast without copying the texts: descriptions as a dictionary (each
/// distinct description is searched once, rows match by code), and for ids and references,
/// which are nearly all distinct, a 64-bit Bloom filter per row of the byte pairs they contain.
///
/// A row can contain the needle in its id or reference only if its filter has every bit of
/// the needle's byte pairs, so only those rows (true matches and about 1 in 10,000 others for
/// a 6-letter needle) are searched. Vendor names are few and searched per query.
///
/// Memory: 12 bytes per line item (a 4-byte description code, an 8-byte filter) plus 4 bytes
/// per distinct description.
struct TextIndex: Sendable {
    /// Per row, the index of its description among the distinct ones.
    let descriptionCodes: [UInt32]
    /// Per distinct description, a row that has it.
    private let representatives: [Int32]
    /// Per row, the Bloom filter of the folded byte pairs of its id and reference.
    let signatures: [UInt64]

    /// Indexes the texts of `items`: the description dictionary on one thread while the
    /// filters are computed on another.
    ///
    /// - Complexity: O(bytes of text).
    init(_ items: LineItemColumns) {
        let rowCount = items.count
        nonisolated(unsafe) var distinct: [Int32] = []
        var filters: [UInt64] = []
        descriptionCodes = [UInt32](unsafeUninitializedCapacity: rowCount) { codes, initialized in
            filters = [UInt64](unsafeUninitializedCapacity: rowCount) { filters, filled in
                nonisolated(unsafe) let (codes, filters) = (codes, filters)
                DispatchQueue.concurrentPerform(iterations: 2) { job in
                    if job == 0 {
                        distinct = TextDictionary.build(items.descriptions, into: codes)
                    } else {
                        for row in 0..<rowCount {
                            filters[row] = items.ids.withUTF8(at: row, Self.signature) | items.references.withUTF8(at: row, Self.signature)
                        }
                    }
                }
                filled = rowCount
            }
            initialized = rowCount
        }
        representatives = distinct
        signatures = filters
    }

    /// The number of distinct descriptions.
    var distinctDescriptions: Int { representatives.count }

    /// Per distinct description, whether it contains `search`'s needle.
    func matchingDescriptions(_ search: TextSearch, in items: LineItemColumns) -> [Bool] {
        representatives.map { items.descriptions.withUTF8(at: Int($0), search.contains) }
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

/// Interns the texts of a column by content, giving each row the code of its distinct text.
///
/// Rows are hashed, then coded by hash in an open-addressing table, then each row's text is
/// compared with its code's first row; a row whose text differs (a hash collision) is coded
/// through an exact table instead, so codes are exact whatever the hash.
enum TextDictionary {
    /// Writes the code of each row's text to `codes` (one per row of `column`) and returns a row
    /// per distinct text, in order of first appearance; `hash` is replaceable for tests.
    static func build(
        _ column: TextColumn, into codes: UnsafeMutableBufferPointer<UInt32>,
        hash: (UnsafeBufferPointer<UInt8>) -> UInt64 = TextDictionary.hash
    ) -> [Int32] {
        let rowCount = codes.count
        let hashes = [UInt64](unsafeUninitializedCapacity: rowCount) { hashes, initialized in
            for row in 0..<rowCount { hashes[row] = column.withUTF8(at: row, hash) }
            initialized = rowCount
        }
        var representatives: [Int32] = []
        var table = HashSlots()
        for row in 0..<rowCount {
            codes[row] = table.code(of: hashes[row]) {
                representatives.append(Int32(truncatingIfNeeded: row))
                return UInt32(representatives.count - 1)
            }
        }
        var collided: [[UInt8]: UInt32] = [:]
        for row in 0..<rowCount {
            let first = Int(representatives[Int(codes[row])])
            guard first != row, !column.withUTF8(at: row, { text in column.withUTF8(at: first) { equal($0, text) } }) else { continue }
            let text = column.withUTF8(at: row, Array.init)
            if let code = collided[text] {
                codes[row] = code
            } else {
                representatives.append(Int32(truncatingIfNeeded: row))
                codes[row] = UInt32(representatives.count - 1)
                collided[text] = codes[row]
            }
        }
        return representatives
    }

    /// Whether two texts have the same bytes, compared eight at a time.
    private static func equal(_ first: UnsafeBufferPointer<UInt8>, _ second: UnsafeBufferPointer<UInt8>) -> Bool {
        guard first.count == second.count else { return false }
        let (first, second) = (UnsafeRawBufferPointer(first), UnsafeRawBufferPointer(second))
        var offset = 0
        while offset + 8 <= first.count {
            if first.loadUnaligned(fromByteOffset: offset, as: UInt64.self) != second.loadUnaligned(fromByteOffset: offset, as: UInt64.self) {
                return false
            }
            offset += 8
        }
        while offset < first.count {
            if first[offset] != second[offset] { return false }
            offset += 1
        }
        return true
    }

    /// A 64-bit hash of `text`, eight bytes at a time (the last eight overlapping).
    static func hash(_ text: UnsafeBufferPointer<UInt8>) -> UInt64 {
        let raw = UnsafeRawBufferPointer(text)
        var hash: UInt64 = 0x243F_6A88_85A3_08D3 ^ UInt64(raw.count)
        if raw.count < 8 {
            var tail: UInt64 = 0
            for byte in raw { tail = tail << 8 | UInt64(byte) }
            hash ^= tail
        } else {
            var offset = 0
            while offset + 8 < raw.count {
                hash = (hash ^ raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) &* 0x9E37_79B9_7F4A_7C15
                hash ^= hash >> 29
                offset += 8
            }
            hash ^= raw.loadUnaligned(fromByteOffset: raw.count - 8, as: UInt64.self)
        }
        hash = hash &* 0xBF58_476D_1CE4_E5B9
        return hash ^ (hash >> 31)
    }
}

/// An open-addressing table from 64-bit hashes to codes, kept at most half full.
private struct HashSlots {
    private var hashes = [UInt64](repeating: 0, count: 1024)
    /// Code + 1 per slot, 0 when empty.
    private var codes = [UInt32](repeating: 0, count: 1024)
    private var count = 0

    /// The code stored for `hash`, or the one `add` returns, stored for it.
    mutating func code(of hash: UInt64, add: () -> UInt32) -> UInt32 {
        let mask = codes.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while codes[slot] != 0 {
            if hashes[slot] == hash { return codes[slot] - 1 }
            slot = (slot + 1) & mask
        }
        let code = add()
        hashes[slot] = hash
        codes[slot] = code + 1
        count += 1
        if count * 2 > codes.count { grow() }
        return code
    }

    private mutating func grow() {
        let (oldHashes, oldCodes) = (hashes, codes)
        hashes = [UInt64](repeating: 0, count: oldCodes.count * 2)
        codes = [UInt32](repeating: 0, count: oldCodes.count * 2)
        let mask = codes.count - 1
        for (hash, code) in zip(oldHashes, oldCodes) where code != 0 {
            var slot = Int(truncatingIfNeeded: hash) & mask
            while codes[slot] != 0 { slot = (slot + 1) & mask }
            hashes[slot] = hash
            codes[slot] = code
        }
    }
}
