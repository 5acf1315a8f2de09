import LedgerKit

/// Net spending per organisation node and period, for the periods a set of KPIs observe, built
/// from one pass over the selected line items; a KPI's spending then sums its subtree's nodes.
///
/// Spending is the query core's default: payments, refunds and adjustments. Each time bucket in
/// use (months, fiscal quarters, fiscal years) has a day → period lookup (`DayTable`), as in the
/// core's grouping by period, and a dense array of sums indexed by node slot and period, so the
/// pass does no hashing. Only nodes below some requested organisation get a slot.
struct KPISpendingTable {
    /// The periods of one time bucket and their sums.
    private struct BucketSums {
        var periodIndex: [Period: Int] = [:]
        var sums: [Int64] = []
    }

    private let store: LedgerStore
    private let nodeSlot: [Int32]
    private var buckets: [BucketSums]

    /// Measures spending for every (organisation, period) pair of `requests`, among the line items
    /// of `scope`'s subtree (all line items when `nil`).
    ///
    /// - Complexity: as `LedgerStore.select` for the rows of the scope and dates, each added as
    ///   it is found (no row list), plus O(selected rows × buckets in use + days spanned + nodes
    ///   below the requested organisations).
    init(store: LedgerStore, requests: [(organisation: Int32, periods: [KPIPeriod])], scope: Int32?) {
        self.store = store
        let calendar = store.ledger.calendar
        let hierarchy = store.hierarchy(.organisation)
        buckets = TimeBucket.allCases.map { _ in BucketSums() }
        var slots = [Int32](repeating: -1, count: hierarchy.count)
        var slotCount = 0
        var first = Int32.max
        var last = Int32.min
        for request in requests where !request.periods.isEmpty {
            for node in hierarchy.subtree(of: request.organisation) where slots[Int(node)] < 0 {
                slots[Int(node)] = Int32(slotCount)
                slotCount += 1
            }
            for kpiPeriod in request.periods {
                let period = Period(kpiPeriod, calendar: calendar)
                let bucket = Self.position(of: period.bucket)
                if buckets[bucket].periodIndex[period] == nil {
                    buckets[bucket].periodIndex[period] = buckets[bucket].periodIndex.count
                }
                first = min(first, period.start.dayNumber)
                last = max(last, period.end.dayNumber)
            }
        }
        nodeSlot = slots
        guard first <= last else { return }

        let days = CivilDate(dayNumber: first)...CivilDate(dayNumber: last)
        var lookups: [DayTable<Int32>] = []
        var active: [Int] = []
        for bucket in buckets.indices where !buckets[bucket].periodIndex.isEmpty {
            var lookup = DayTable(days, filler: Int32(-1))
            for (period, index) in buckets[bucket].periodIndex { lookup.set(period.start...period.end, to: Int32(index)) }
            lookups.append(lookup)
            active.append(bucket)
        }
        let periodCounts = active.map { buckets[$0].periodIndex.count }
        let size = periodCounts.reduce(0) { $0 + slotCount * $1 }
        let scan = RowScan(LineItemFilter(organisation: scope, dates: days), store: store)
        var sums = [Int64](repeating: 0, count: size * scan.partCount)
        let items = store.ledger.lineItems
        sums.withUnsafeMutableBufferPointer { sums in
            forEachPart(scan.partCount) { part in
                let partSums = UnsafeMutableBufferPointer(rebasing: sums[(part * size)..<((part + 1) * size)])
                scan.forEachChunk(inPart: part) { rows in
                    Self.accumulate(rows, items: items, nodeSlot: nodeSlot, lookups: lookups, periodCounts: periodCounts, into: partSums)
                }
            }
        }
        for part in 1..<scan.partCount {
            for index in 0..<size { sums[index] &+= sums[part * size + index] }
        }
        var offset = 0
        for (bucket, periodCount) in zip(active, periodCounts) {
            buckets[bucket].sums = Array(sums[offset..<(offset + slotCount * periodCount)])
            offset += slotCount * periodCount
        }
    }

    /// Adds the amount of each of `rows` to the sum of its node's slot and its date's period in
    /// each bucket in use: bucket `b`'s sums follow the earlier buckets' in `sums`, at
    /// `slot × periodCounts[b] + lookups[b][date]`. Rows of nodes without a slot, or on days
    /// outside a bucket's periods, are left out of it.
    private static func accumulate(
        _ rows: UnsafeBufferPointer<Int32>, items: LineItemColumns, nodeSlot: [Int32], lookups: [DayTable<Int32>],
        periodCounts: [Int], into sums: UnsafeMutableBufferPointer<Int64>
    ) {
        let slotCount = sums.count / max(1, periodCounts.reduce(0, +))
        items.organisations.withUnsafeBufferPointer { organisations in
            items.dates.withUnsafeBufferPointer { dates in
                items.amounts.withUnsafeBufferPointer { amounts in
                    nodeSlot.withUnsafeBufferPointer { nodeSlot in
                        for row in rows.lazy.map(Int.init) {
                            let slot = Int(nodeSlot[Int(organisations[row])])
                            guard slot >= 0 else { continue }
                            let (day, amount) = (dates[row], amounts[row])
                            var offset = 0
                            for (lookup, periodCount) in zip(lookups, periodCounts) {
                                let period = Int(lookup.values[Int(day &- lookup.firstDay)])
                                if period >= 0 { sums[offset &+ slot &* periodCount &+ period] &+= amount }
                                offset &+= slotCount &* periodCount
                            }
                        }
                    }
                }
            }
        }
    }

    /// Net spending of `organisation` and every node below it during `period`; the pair must
    /// have been requested.
    ///
    /// - Complexity: O(nodes in the subtree).
    func spending(of organisation: Int32, in period: KPIPeriod) -> Int64 {
        let period = Period(period, calendar: store.ledger.calendar)
        let bucket = buckets[Self.position(of: period.bucket)]
        guard let index = bucket.periodIndex[period] else { preconditionFailure("spending of \(period) was not requested") }
        let periodCount = bucket.periodIndex.count
        var total: Int64 = 0
        for node in store.hierarchy(.organisation).subtree(of: organisation) {
            total &+= bucket.sums[Int(nodeSlot[Int(node)]) * periodCount + index]
        }
        return total
    }

    private static func position(of bucket: TimeBucket) -> Int { TimeBucket.allCases.firstIndex(of: bucket)! }
}
