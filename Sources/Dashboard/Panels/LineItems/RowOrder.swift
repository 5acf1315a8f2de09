/// Stable counting sorts of row lists by a small integer key.
enum RowOrder {
    /// `rows` ordered by `key` (each in 0..<`keyCount`), largest key first when `descending`;
    /// rows with equal keys keep their order.
    ///
    /// - Complexity: O(rows + keyCount), two reads of the key per row.
    static func sorted(_ rows: [Int32], keyCount: Int, descending: Bool, key: (Int32) -> Int) -> [Int32] {
        guard rows.count > 1, keyCount > 1 else { return rows }
        var starts = [Int](repeating: 0, count: keyCount + 1)
        for row in rows { starts[bucket(key(row), keyCount, descending) + 1] += 1 }
        for index in 1...keyCount { starts[index] += starts[index - 1] }
        return [Int32](unsafeUninitializedCapacity: rows.count) { sorted, initialized in
            for row in rows {
                let slot = bucket(key(row), keyCount, descending)
                sorted[starts[slot]] = row
                starts[slot] += 1
            }
            initialized = rows.count
        }
    }

    /// The bucket of `key`: the key itself, or counted from the end when descending.
    @inline(__always)
    private static func bucket(_ key: Int, _ keyCount: Int, _ descending: Bool) -> Int {
        descending ? keyCount - 1 - key : key
    }
}
