/// Line-item rows grouped by a dense code (a vendor, a category, an organisation), ascending
/// within each group: a counting sort, so grouping costs two passes and no hashing.
struct RowBuckets: Sendable {
    /// Rows ordered by (code, row).
    let rows: [Int32]
    /// The rows of code `c` are `rows[starts[c]..<starts[c + 1]]`.
    let starts: [Int32]

    /// Groups the rows `0..<rowCount` for which `code(row)` is in `0..<codeCount`; rows whose
    /// code is negative are left out. Both passes are cut into `parts` that the cores share.
    ///
    /// - Complexity: O(rows + parts × codes).
    init(rowCount: Int, codeCount: Int, parts: Int, code: (Int) -> Int) {
        let counts = UnsafeMutableBufferPointer<Int32>.allocate(capacity: parts * codeCount)
        defer { counts.deallocate() }
        counts.initialize(repeating: 0)
        func range(_ part: Int) -> Range<Int> { (rowCount * part / parts)..<(rowCount * (part + 1) / parts) }
        forEachPart(parts) { part in
            let base = part * codeCount
            for row in range(part) {
                let value = code(row)
                if value >= 0 { counts[base + value] &+= 1 }
            }
        }
        // Offsets per (part, code): codes in order, and within a code the parts in order.
        var starts = [Int32](repeating: 0, count: codeCount + 1)
        var total: Int32 = 0
        for value in 0..<codeCount {
            starts[value] = total
            for part in 0..<parts {
                let count = counts[part * codeCount + value]
                counts[part * codeCount + value] = total
                total += count
            }
        }
        starts[codeCount] = total
        rows = [Int32](unsafeUninitializedCapacity: Int(total)) { rows, initialized in
            forEachPart(parts) { part in
                let base = part * codeCount
                for row in range(part) {
                    let value = code(row)
                    guard value >= 0 else { continue }
                    rows[Int(counts[base + value])] = Int32(truncatingIfNeeded: row)
                    counts[base + value] &+= 1
                }
            }
            initialized = Int(total)
        }
        self.starts = starts
    }

    /// The number of codes.
    var codeCount: Int { starts.count - 1 }

    /// Where the rows of `code` lie in `rows`.
    func range(of code: Int) -> Range<Int> { Int(starts[code])..<Int(starts[code + 1]) }
}
