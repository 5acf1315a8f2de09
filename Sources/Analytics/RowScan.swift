import LedgerKit

/// How a filter's rows are found — a scan of the blocks the zone maps cannot rule out, or the
/// organisation index's rows of a subtree — and the loop that delivers them ascending, a chunk
/// of at most one block at a time, after the per-row tests.
///
/// Chunks are small enough to stay in the L1 cache while every test narrows them, and a
/// consumer (a selection, a grouped report) uses each before the next is made. A large scan is
/// cut into parts, consecutive runs of blocks, that the cores share (`forEachPart`).
struct RowScan {
    /// Where candidate rows come from.
    private enum Source {
        /// Blocks to scan, each with the tests its summary left open.
        case blocks([Block])
        /// The organisation index's rows of the nodes ranked in the range.
        case subtree(ranks: Range<Int>)
    }

    /// A block to scan.
    private struct Block {
        let index: Int32
        /// The tests its summary left open.
        let needs: RowTests.Needs
        /// The tally of the rows that pass, when only the kind decides which do: the summary's
        /// tallies of the kinds kept give their number and totals without reading a row.
        let known: Tally?
        /// At most this many of its rows pass (exactly this many when `known` is set).
        let bound: Int
        /// The rows the scan reads: all of the block's.
        let rows: Int
    }

    private let store: LedgerStore
    private let tests: RowTests
    private let source: Source
    /// At most this many rows pass.
    let bound: Int
    /// For each part, its first block (an index into the blocks scanned) and its bound; one part
    /// for a subtree or a scan of fewer than twice `LedgerStore.rowsPerPart` rows.
    private let parts: [(firstBlock: Int, bound: Int)]

    /// The number of parts, each delivered by `forEachChunk(inPart:_:)`.
    var partCount: Int { parts.count }

    /// The most parts a scan is cut into (see `LedgerStore.rowsPerPart`).
    static let maximumParts = 4

    /// Plans `filter` on `store`.
    ///
    /// The organisation index serves a subtree when its rows are fewer than a third of the rows
    /// in the blocks a scan would visit: each listed row costs a few scattered reads, each scanned
    /// row a sequential one.
    init(_ filter: LineItemFilter, store: LedgerStore) {
        self.store = store
        let unplanned = RowTests(filter, store: store)
        var blocks: [Block] = []
        var scanned = 0
        var passing = 0
        if !unplanned.rejectsEverything {
            let summaries = store.blocks
            for block in 0..<summaries.count {
                guard let needs = Self.needs(of: block, in: summaries, tests: unplanned) else { continue }
                let known = needs.isSubset(of: .kinds) && unplanned.onlyKindsLeft ? summaries.tally(of: block, kinds: unplanned.kinds) : nil
                let rows = summaries.rows(of: block).count
                let bound = known?.count ?? rows
                guard bound > 0 else { continue }
                blocks.append(Block(index: Int32(block), needs: needs, known: known, bound: bound, rows: rows))
                scanned += rows
                passing += bound
            }
        }
        if let organisation = filter.organisation, scanned > 0 {
            let hierarchy = store.hierarchy(.organisation)
            let first = Int(hierarchy.rank[Int(organisation)])
            let ranks = first..<Int(hierarchy.subtreeEnd[first])
            let listed = store.organisationRows.slice(ranks: ranks).count
            if listed * 3 < scanned {
                tests = unplanned.leavingOutOrganisation()
                source = .subtree(ranks: ranks)
                bound = listed
                parts = [(0, listed)]
                return
            }
        }
        tests = unplanned
        source = .blocks(blocks)
        bound = passing
        parts = Self.parts(of: blocks, rows: scanned, rowsPerPart: store.rowsPerPart)
    }

    /// Cuts `blocks`, which read `rows` rows in all, into parts that read about equal rows,
    /// about `rowsPerPart` each; each part's bound is the sum of its blocks' bounds.
    private static func parts(of blocks: [Block], rows: Int, rowsPerPart: Int) -> [(firstBlock: Int, bound: Int)] {
        let count = min(maximumParts, max(1, rows / rowsPerPart))
        var parts: [(firstBlock: Int, bound: Int)] = [(0, 0)]
        var partRows = 0
        for (index, block) in blocks.enumerated() {
            if partRows * count >= rows && parts.count < count {
                parts.append((index, 0))
                partRows = 0
            }
            parts[parts.count - 1].bound += block.bound
            partRows += block.rows
        }
        return parts
    }

    /// The tests rows of `block` still need, or `nil` when its summary rules every row out.
    private static func needs(of block: Int, in summaries: BlockSummaries, tests: RowTests) -> RowTests.Needs? {
        var needs = RowTests.Needs.all
        func settle(_ need: RowTests.Needs, _ verdict: BlockVerdict) -> Bool {
            if verdict == .all { needs.remove(need) }
            return verdict != .none
        }
        guard settle(.kinds, .of(kinds: summaries.kinds[block], in: tests.kinds)),
            settle(.days, tests.days.map { .of(summaries.firstDays[block]...summaries.lastDays[block], in: $0) } ?? .all),
            settle(.amounts, tests.amounts.map { .of(summaries.minimumAmounts[block]...summaries.maximumAmounts[block], in: $0) } ?? .all)
        else { return nil }
        return needs
    }

    /// Calls `body` with the rows that pass, ascending, a chunk at a time (never an empty chunk).
    func forEachChunk(_ body: (UnsafeBufferPointer<Int32>) -> Void) {
        for part in parts.indices { forEachChunk(inPart: part, body) }
    }

    /// Calls `body` with the rows of part `part` that pass, as `forEachChunk(_:)` does; parts
    /// follow each other in row order, and different parts may be run on different threads.
    func forEachChunk(inPart part: Int, _ body: (UnsafeBufferPointer<Int32>) -> Void) {
        let chunk = UnsafeMutablePointer<Int32>.allocate(capacity: BlockSummaries.size)
        defer { chunk.deallocate() }
        run(part, writingTo: { _ in chunk }) { rows, _ in body(rows) }
    }

    /// Writes the rows that pass, ascending, to `rows`, which has room for `bound` rows; returns
    /// how many pass and the tally of their amounts. The parts share the cores, each writing
    /// from where its bound says, and are then moved together (when a part's bound is exact,
    /// as for blocks decided by kind alone, nothing moves). A test writes one row past those it
    /// keeps, so each part's last block is refined in a buffer of its own and copied: that row
    /// would be the next part's first, written by another thread, or lie past the end.
    ///
    /// Each chunk is tallied while it is in the L1 cache, or from the block summary's kind
    /// tallies when only the kind decided its rows, so the totals need no second pass.
    func collect(into rows: UnsafeMutablePointer<Int32>) -> (count: Int, tally: Tally) {
        let results = UnsafeMutableBufferPointer<(count: Int, tally: Tally)>.allocate(capacity: parts.count)
        defer { results.deallocate() }
        var start = 0
        let starts = parts.map { part in
            defer { start += part.bound }
            return start
        }
        store.ledger.lineItems.amounts.withUnsafeBufferPointer { amounts in
            forEachPart(parts.count) { part in
                let last = UnsafeMutablePointer<Int32>.allocate(capacity: BlockSummaries.size)
                defer { last.deallocate() }
                var count = 0
                var tally = Tally()
                run(part, writingTo: { isLast in isLast ? last : rows + starts[part] + count }) { chunk, known in
                    if chunk.baseAddress == UnsafePointer(last) { (rows + starts[part] + count).update(from: last, count: chunk.count) }
                    count += chunk.count
                    if let known { return tally.merge(known) }
                    var chunkTally = Tally()
                    for row in chunk { chunkTally.add(amounts[Int(row)]) }
                    tally.merge(chunkTally)
                }
                (results.baseAddress! + part).initialize(to: (count, tally))
            }
        }
        var (total, tally) = results[0]
        for part in 1..<parts.count {
            if starts[part] != total {
                UnsafeMutableRawPointer(rows + total).copyMemory(from: rows + starts[part], byteCount: results[part].count * MemoryLayout<Int32>.stride)
            }
            total += results[part].count
            tally.merge(results[part].tally)
        }
        return (total, tally)
    }

    /// Finds the rows of part `part` that pass, a chunk at a time, each written where
    /// `destination` says (room for a block; told whether the chunk is the part's last block);
    /// `body` also gets the chunk's tally when the block summary gives it.
    private func run(
        _ part: Int, writingTo destination: (_ isLast: Bool) -> UnsafeMutablePointer<Int32>, _ body: (UnsafeBufferPointer<Int32>, Tally?) -> Void
    ) {
        func deliver(_ chunk: UnsafeMutablePointer<Int32>, _ candidates: RowTests.Candidates, _ needs: RowTests.Needs, _ known: Tally?) {
            let kept = tests.refine(chunk, candidates, needs: needs)
            if kept > 0 { body(UnsafeBufferPointer(start: chunk, count: kept), known) }
        }
        switch source {
        case .blocks(let blocks):
            let end = part + 1 < parts.count ? parts[part + 1].firstBlock : blocks.count
            for index in parts[part].firstBlock..<end {
                let block = blocks[index]
                deliver(destination(index == end - 1), .range(store.blocks.rows(of: Int(block.index))), block.needs, block.known)
            }
        case .subtree(let ranks):
            var chunk = destination(false)
            store.organisationRows.forEachAscendingChunk(ranks: ranks, into: { chunk }, capacity: BlockSummaries.size) {
                deliver(chunk, .listed($0), .all, nil)
                chunk = destination(false)
            }
        }
    }
}
