import CPrefetch

/// Interns byte strings (codes, ids) as dense `Int32` indices, in order of first appearance.
///
/// An open-addressing hash table over a single byte arena: no `String` is created on the hot
/// path, so a million ids cost one arena and three arrays rather than a million heap objects.
struct ByteInterner: Sendable {
    private(set) var arena: [UInt8] = []
    /// `ends[i]` is the arena offset where entry `i` ends; entry `i` starts at `ends[i - 1]` (or 0).
    private(set) var ends: [UInt32] = []
    /// Slots hold the entry's hash in the high 32 bits and its index + 1 in the low 32; 0 is empty.
    /// With the hash in the slot, a probe touches the arena only for a likely match: one cache miss
    /// per new entry in a table of millions, not three.
    private var slots: [UInt64]
    private var mask: Int

    init(capacity: Int = 64) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = Array(repeating: 0, count: size)
        mask = size - 1
    }

    /// The number of distinct entries.
    var count: Int { ends.count }

    /// Returns the index of `bytes`, adding it if new; `inserted` tells which.
    @inline(__always)
    mutating func intern(_ bytes: UnsafeBufferPointer<UInt8>) -> (index: Int32, inserted: Bool) {
        intern(bytes, hash: Self.hash(bytes))
    }

    /// `intern` of `bytes` whose `hash(_:)` is `hash`.
    @inline(__always)
    mutating func intern(_ bytes: UnsafeBufferPointer<UInt8>, hash: UInt32) -> (index: Int32, inserted: Bool) {
        var slot = Int(hash) & mask
        while true {
            let entry = slots[slot]
            if entry == 0 { break }
            let index = Int(entry & 0xFFFF_FFFF) - 1
            if UInt32(truncatingIfNeeded: entry >> 32) == hash && equals(index, bytes) { return (Int32(index), false) }
            slot = (slot + 1) & mask
        }
        let index = ends.count
        arena.append(contentsOf: bytes)
        ends.append(UInt32(arena.count))
        slots[slot] = UInt64(hash) << 32 | UInt64(index + 1)
        if ends.count * 2 > slots.count { grow() }
        return (Int32(index), true)
    }

    /// Starts bringing in the slot where a probe for `hash` begins, so that interning many
    /// entries into a large table overlaps their cache misses (the chunk merge does).
    @inline(__always)
    func prefetch(hash: UInt32) {
        slots.withUnsafeBufferPointer { govlens_prefetch_for_write($0.baseAddress! + (Int(hash) & mask)) }
    }

    /// The `hash(_:)` of every entry, in index order.
    func hashes() -> [UInt32] {
        arena.withUnsafeBufferPointer { arena in
            var start = 0
            return ends.map { end in
                defer { start = Int(end) }
                return Self.hash(UnsafeBufferPointer(rebasing: arena[start..<Int(end)]))
            }
        }
    }

    /// Returns the index of `bytes` if present.
    func find(_ bytes: UnsafeBufferPointer<UInt8>) -> Int32? {
        let hash = Self.hash(bytes)
        var slot = Int(hash) & mask
        while true {
            let entry = slots[slot]
            if entry == 0 { return nil }
            let index = Int(entry & 0xFFFF_FFFF) - 1
            if UInt32(truncatingIfNeeded: entry >> 32) == hash && equals(index, bytes) { return Int32(index) }
            slot = (slot + 1) & mask
        }
    }

    /// Makes room for `count` more entries of about `averageBytes` each, so the table never regrows.
    mutating func reserve(_ count: Int, averageBytes: Int) {
        arena.reserveCapacity(arena.count + count * averageBytes)
        ends.reserveCapacity(ends.count + count)
        var size = slots.count
        while size < (ends.count + count) * 2 { size <<= 1 }
        if size > slots.count { rehash(size: size) }
    }

    /// The entries as a text column, in index order (the lookup table is not part of it).
    var column: TextColumn { TextColumn(bytes: arena, ends: ends) }

    /// Calls `body` with the bytes of entry `index`.
    func withEntry<R>(_ index: Int32, _ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        let range = self.range(of: Int(index))
        return try arena.withUnsafeBufferPointer { try body(UnsafeBufferPointer(rebasing: $0[range])) }
    }

    /// The entry at `index` as a string.
    func string(at index: Int32) -> String {
        let range = self.range(of: Int(index))
        return arena.withUnsafeBufferPointer {
            String(decoding: UnsafeBufferPointer(rebasing: $0[range]), as: UTF8.self)
        }
    }

    /// All entries as strings, in index order.
    func allStrings() -> [String] { (0..<ends.count).map { string(at: Int32($0)) } }

    private func range(of index: Int) -> Range<Int> {
        (index == 0 ? 0 : Int(ends[index - 1]))..<Int(ends[index])
    }

    @inline(__always)
    private func equals(_ index: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let range = range(of: index)
        guard range.count == bytes.count else { return false }
        return arena.withUnsafeBufferPointer { stored in
            guard let storedBase = stored.baseAddress, let base = bytes.baseAddress else { return true }
            return Self.equal(UnsafeRawPointer(storedBase + range.lowerBound), UnsafeRawPointer(base), count: range.count)
        }
    }

    /// Whether `count` bytes at `left` and `right` are equal, compared eight at a time (codes and
    /// ids are too short for a call to `memcmp` to pay).
    @inline(__always)
    private static func equal(_ left: UnsafeRawPointer, _ right: UnsafeRawPointer, count: Int) -> Bool {
        guard count >= 8 else {
            for offset in 0..<count where left.load(fromByteOffset: offset, as: UInt8.self) != right.load(fromByteOffset: offset, as: UInt8.self) {
                return false
            }
            return true
        }
        var offset = 0
        while offset + 8 <= count {
            if left.loadUnaligned(fromByteOffset: offset, as: UInt64.self) != right.loadUnaligned(fromByteOffset: offset, as: UInt64.self) { return false }
            offset += 8
        }
        return offset == count
            || left.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self) == right.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self)
    }

    private mutating func grow() { rehash(size: slots.count * 2) }

    private mutating func rehash(size: Int) {
        let old = slots
        slots = Array(repeating: 0, count: size)
        mask = size - 1
        for entry in old where entry != 0 {
            var slot = Int(UInt32(truncatingIfNeeded: entry >> 32)) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = entry
        }
    }

    /// A hash of the bytes read eight at a time (short ends as one word), each word mixed in by a
    /// multiply and a shift, then finished so that every bit depends on every byte: codes and ids
    /// of 5 to 30 bytes take a few multiplies, not one per byte.
    @inline(__always)
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt32 {
        let count = bytes.count
        var hash: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(truncatingIfNeeded: count)
        if let base = bytes.baseAddress, count > 0 {
            let raw = UnsafeRawPointer(base)
            var offset = 0
            while offset + 8 <= count {
                hash = mix(hash, raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
                offset += 8
            }
            if offset < count {
                let tail: UInt64
                if count >= 8 {
                    tail = raw.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self)
                } else if count >= 4 {
                    tail = UInt64(raw.loadUnaligned(as: UInt32.self)) << 32 | UInt64(raw.loadUnaligned(fromByteOffset: count - 4, as: UInt32.self))
                } else {
                    tail = UInt64(base[0]) << 16 | UInt64(base[count / 2]) << 8 | UInt64(base[count - 1])
                }
                hash = mix(hash, tail)
            }
        }
        hash ^= hash >> 32
        hash = hash &* 0x94D0_49BB_1331_11EB
        hash ^= hash >> 29
        return UInt32(truncatingIfNeeded: hash)
    }

    @inline(__always)
    private static func mix(_ hash: UInt64, _ word: UInt64) -> UInt64 {
        let mixed = (hash ^ word) &* 0xBF58_476D_1CE4_E5B9
        return mixed ^ (mixed >> 31)
    }
}
