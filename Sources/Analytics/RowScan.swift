import LedgerKit

/// How a filter's rows are found — a scan of the blocks the zone maps cannot rule out, or the
/// organisation index's rows of a subtree — and the loop that delivers them ascending, a chunk
/// of at most one block at a time, after the per-row tests.
///
/// Chunks are small enough to stay in the L1 cache while every test narrows them, and a
/// consumer (a selection, a grouped report) uses each before the next is made.
struct RowScan {
    /// Where candidate rows come from.
    private enum Source {
        /// Blocks to scan, each with the tests its summary left open.
        case blocks([(block: Int32, needs: RowTests.Needs)])
        /// The organisation index's rows of the nodes ranked in the range.
        case subtree(ranks: Range<Int>)
    }

    private let store: LedgerStore
    private let tests: RowTests
    private let source: Source
    /// At most this many rows pass.
    let bound: Int

    /// Plans `filter` on `store`.
    ///
    /// The organisation index serves a subtree when its rows are fewer than a third of the rows
    /// in the blocks a scan would visit: each listed row costs a few scattered reads, each scanned
    /// row a sequential one.
    init(_ filter: LineItemFilter, store: LedgerStore) {
        self.store = store
        let unplanned = RowTests(filter, store: store)
        var blocks: [(block: Int32, needs: RowTests.Needs)] = []
        var scanned = 0
        if !unplanned.rejectsEverything {
            let summaries = store.blocks
            for block in 0..<summaries.count {
                guard let needs = Self.needs(of: block, in: summaries, tests: unplanned) else { continue }
                blocks.append((Int32(block), needs))
                scanned += summaries.rows(of: block).count
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
                return
            }
        }
        tests = unplanned
        source = .blocks(blocks)
        bound = scanned
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
        let chunk = UnsafeMutablePointer<Int32>.allocate(capacity: BlockSummaries.size)
        defer { chunk.deallocate() }
        run(writingTo: { chunk }, body)
    }

    /// Writes the rows that pass, ascending, to `rows`, which has room for `bound` rows; returns how many pass.
    func collect(into rows: UnsafeMutablePointer<Int32>) -> Int {
        var count = 0
        run(writingTo: { rows + count }) { count += $0.count }
        return count
    }

    /// Finds the rows that pass a chunk at a time, each written where `destination` says (room for a block).
    private func run(writingTo destination: () -> UnsafeMutablePointer<Int32>, _ body: (UnsafeBufferPointer<Int32>) -> Void) {
        func deliver(_ chunk: UnsafeMutablePointer<Int32>, _ candidates: RowTests.Candidates, _ needs: RowTests.Needs) {
            let kept = tests.refine(chunk, candidates, needs: needs)
            if kept > 0 { body(UnsafeBufferPointer(start: chunk, count: kept)) }
        }
        switch source {
        case .blocks(let blocks):
            for (block, needs) in blocks {
                deliver(destination(), .range(store.blocks.rows(of: Int(block))), needs)
            }
        case .subtree(let ranks):
            var chunk = destination()
            store.organisationRows.forEachAscendingChunk(ranks: ranks, into: { chunk }, capacity: BlockSummaries.size) {
                deliver(chunk, .listed($0), .all)
                chunk = destination()
            }
        }
    }
}
