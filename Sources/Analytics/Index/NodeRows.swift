import LedgerKit

/// The rows of every node of a hierarchy, listed node by node in the hierarchy's preorder and
/// ascending within a node: an inverted index whose postings for a whole subtree are one
/// contiguous slice, because a subtree is a range of preorder ranks.
///
/// A query on one agency then visits its rows (a few percent of the ledger) instead of every
/// row. Rows without a node (-1) are not listed. Memory: 4 bytes per line item plus 4 per node.
struct NodeRows: Sendable {
    /// Row indices ordered by (preorder rank of the row's node, row).
    private let rows: [Int32]
    /// `starts[rank]` is where the rows of the node at `rank` begin in `rows`; one extra entry at the end.
    private let starts: [Int32]

    /// Lists the rows of `column` (node indices, -1 for none) under `hierarchy`, by counting sort.
    ///
    /// - Complexity: O(rows + nodes), two passes over the column.
    init(column: [Int32], hierarchy: HierarchyIndex) {
        let nodeCount = hierarchy.count
        var starts = [Int32](repeating: 0, count: nodeCount + 2)
        // Ranks shifted by one so that rows without a node land in slot 0, which is dropped.
        let slotOfNode = [Int32](unsafeUninitializedCapacity: nodeCount + 1) { slots, initialized in
            slots[0] = 0
            for node in 0..<nodeCount { slots[node + 1] = hierarchy.rank[node] + 1 }
            initialized = nodeCount + 1
        }
        var listed = 0
        column.withUnsafeBufferPointer { column in
            slotOfNode.withUnsafeBufferPointer { slotOfNode in
                starts.withUnsafeMutableBufferPointer { starts in
                    for node in column { starts[Int(slotOfNode[Int(node) + 1]) + 1] &+= 1 }
                    listed = column.count - Int(starts[1])
                    starts[1] = 0
                    for slot in 1..<(nodeCount + 1) { starts[slot + 1] &+= starts[slot] }
                }
            }
        }
        var next = starts
        rows = [Int32](unsafeUninitializedCapacity: listed) { rows, initialized in
            column.withUnsafeBufferPointer { column in
                slotOfNode.withUnsafeBufferPointer { slotOfNode in
                    next.withUnsafeMutableBufferPointer { next in
                        for row in column.indices {
                            let slot = Int(slotOfNode[Int(column[row]) + 1])
                            guard slot > 0 else { continue }
                            rows[Int(next[slot])] = Int32(truncatingIfNeeded: row)
                            next[slot] &+= 1
                        }
                    }
                }
            }
            initialized = listed
        }
        self.starts = Array(starts.dropFirst())
    }

    /// Where the rows of the nodes ranked `ranks` lie in the listing.
    func slice(ranks: Range<Int>) -> Range<Int> { Int(starts[ranks.lowerBound])..<Int(starts[ranks.upperBound]) }

    /// Calls `body` with the listing's rows, ordered by node rank then row.
    func withRows<R>(_ body: (UnsafeBufferPointer<Int32>) throws -> R) rethrows -> R {
        try rows.withUnsafeBufferPointer(body)
    }
}

extension NodeRows {
    /// Calls `body` with the number of rows written to `chunk()` (at most `capacity`, never 0),
    /// delivering the rows of the nodes ranked `ranks` in ascending row order; `chunk` is asked
    /// again after each call.
    ///
    /// One node's rows, or nodes whose rows follow each other, are copied as listed; otherwise
    /// the nodes' ascending lists are merged through a bitmap over the rows they span.
    ///
    /// - Complexity: O(listed rows + nodes), plus O(rows spanned / 64) when merging.
    func forEachAscendingChunk(
        ranks: Range<Int>, into chunk: () -> UnsafeMutablePointer<Int32>, capacity: Int, _ body: (Int) -> Void
    ) {
        let listed = slice(ranks: ranks)
        guard !listed.isEmpty else { return }
        var lowest = Int32.max, highest = Int32.min, ascending = true
        withRows { rows in
            for rank in ranks where starts[rank] < starts[rank + 1] {
                let first = rows[Int(starts[rank])], last = rows[Int(starts[rank + 1]) - 1]
                ascending = ascending && first > highest
                lowest = min(lowest, first)
                highest = max(highest, last)
            }
        }
        withRows { rows in
            if ascending {
                var start = listed.lowerBound
                while start < listed.upperBound {
                    let count = min(capacity, listed.upperBound - start)
                    chunk().update(from: rows.baseAddress! + start, count: count)
                    body(count)
                    start += count
                }
                return
            }
            let wordCount = Int(highest - lowest) >> 6 + 1
            let words = UnsafeMutablePointer<UInt64>.allocate(capacity: wordCount)
            defer { words.deallocate() }
            words.initialize(repeating: 0, count: wordCount)
            for position in listed {
                let offset = Int(rows[position] &- lowest)
                words[offset >> 6] |= 1 << UInt64(offset & 63)
            }
            var count = 0
            var destination = chunk()
            for word in 0..<wordCount {
                var bits = words[word]
                let base = lowest &+ Int32(truncatingIfNeeded: word << 6)
                while bits != 0 {
                    destination[count] = base &+ Int32(truncatingIfNeeded: bits.trailingZeroBitCount)
                    count &+= 1
                    bits &= bits &- 1
                    if count == capacity {
                        body(count)
                        count = 0
                        destination = chunk()
                    }
                }
            }
            if count > 0 { body(count) }
        }
    }
}
