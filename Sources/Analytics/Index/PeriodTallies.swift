import LedgerKit

/// The line items' amounts and counts by period, node and obligation-or-spending, per
/// classification, and the year's spending by the codes a budget charges it by
/// (`ChargeTotals`): the aggregates a budget-execution report is built from, kept once so that
/// the report adds up a few thousand cells instead of reading every line item.
///
/// A *period* is a calendar month, cut in two where a fiscal year starts mid-month, from the
/// first line-item date to the last. A report's day slots (fiscal year, and whether by the same
/// day of that year) are constant over most periods; the line items of a period they cut are
/// read from the rows (see `ExecutionPass`).
///
/// Kept only while small, within half a byte per line item (plus 64 KB): the charge groups
/// first (36 bytes each), then each classification's table (12 bytes a cell) that still fits,
/// so a ledger spread thin over many years, nodes or codes falls back on reading its rows.
/// The 1M-item synthetic ledger keeps all of them in about 0.5 byte per line item.
struct PeriodTallies: Sendable {
    /// One classification's cells, at `(period × (nodes + 1) + node + 1) × 2 + isSpending`.
    struct Table: Sendable {
        /// Nodes + 1: index 0 holds the line items without a node.
        let nodeSlots: Int
        let amounts: [Int64]
        let counts: [Int32]
    }

    /// The first day of each period, ascending, then the day after the last period.
    let periodStarts: [Int32]
    /// Per classification, in `ClassificationKind.allCases` order; `nil` when not kept.
    let tables: [Table?]
    /// The spending of each fiscal year by budget line and codes; `nil` when not kept.
    let charges: ChargeTotals?

    /// Tallies `ledger`'s line items over the periods from the first date of `days` to the last,
    /// within `byteLimit` bytes (by default half a byte per line item plus 64 KB).
    ///
    /// - Complexity: O(line items × (classifications kept + 1) + days).
    init(_ ledger: Ledger, days: ClosedRange<Int32>?, byteLimit: Int? = nil) {
        let items = ledger.lineItems
        var bytesLeft = byteLimit ?? items.count / 2 + 65_536
        guard let days, (Int(days.upperBound - days.lowerBound) / 28 * 2 + 2) * 12 <= bytesLeft else {
            (periodStarts, tables, charges) = ([], ClassificationKind.allCases.map { _ in nil }, nil)
            return
        }
        let calendar = ledger.calendar
        var starts: [Int32] = []
        var periodOfDay = DayTable(CivilDate(dayNumber: days.lowerBound)...CivilDate(dayNumber: days.upperBound), filler: Int32(0))
        for day in days {
            let (_, month, dayOfMonth) = CivilDate(dayNumber: day).components
            if starts.isEmpty || dayOfMonth == 1 || (month, dayOfMonth) == (calendar.startMonth, calendar.startDay) { starts.append(day) }
            periodOfDay.set(CivilDate(dayNumber: day)...CivilDate(dayNumber: day), to: Int32(starts.count - 1))
        }
        let periodCount = starts.count
        starts.append(days.upperBound + 1)
        periodStarts = starts
        let fiscalYears = starts.dropLast().map { calendar.fiscalYear(containing: CivilDate(dayNumber: $0)) }
        let charges = ChargeTotals(items, periodOfDay: periodOfDay, fiscalYearOfPeriod: fiscalYears, limit: bytesLeft / ChargeTotals.bytesPerGroup)
        self.charges = charges
        bytesLeft -= (charges?.codes.count ?? 0) * ChargeTotals.bytesPerGroup
        let kept = ClassificationKind.allCases.map { kind -> Int? in
            let nodeSlots = Self.nodeSlots(kind, items)
            guard charges != nil, periodCount * nodeSlots * 2 * 12 <= bytesLeft else { return nil }
            bytesLeft -= periodCount * nodeSlots * 2 * 12
            return nodeSlots
        }
        tables = zip(ClassificationKind.allCases, kept).map { kind, nodeSlots in
            nodeSlots.map { nodeSlots in
                switch kind {
                case .organisation: Self.table(items, items.organisations, nodeSlots: nodeSlots, periods: periodCount, periodOfDay: periodOfDay)
                case .category: Self.table(items, items.categories, nodeSlots: nodeSlots, periods: periodCount, periodOfDay: periodOfDay)
                case .fund: Self.table(items, items.funds, nodeSlots: nodeSlots, periods: periodCount, periodOfDay: periodOfDay)
                case .function: Self.table(items, items.functions, nodeSlots: nodeSlots, periods: periodCount, periodOfDay: periodOfDay)
                case .region: Self.table(items, items.regions, nodeSlots: nodeSlots, periods: periodCount, periodOfDay: periodOfDay)
                }
            }
        }
    }

    /// No tallies, for `classifications` classifications: every report reads the rows.
    init(keepingNothingFor classifications: Int) {
        (periodStarts, tables, charges) = ([], Array(repeating: nil, count: classifications), nil)
    }

    /// The largest node index of classification `kind`'s column + 2: the cells per period and kind.
    private static func nodeSlots(_ kind: ClassificationKind, _ items: LineItemColumns) -> Int {
        let largest: Int32? =
            switch kind {
            case .organisation: items.organisations.max()
            case .category: items.categories.max()
            case .fund: items.funds.max()
            case .function: items.functions.max()
            case .region: items.regions.max()
            }
        return Int(largest ?? -1) + 2
    }

    /// The cells of one classification, in one pass over the rows; `nodes` is its column, read in
    /// place (functions and regions are stored narrowly, not as an array).
    private static func table<Nodes: RandomAccessCollection<Int32>>(
        _ items: LineItemColumns, _ nodes: Nodes, nodeSlots: Int, periods: Int, periodOfDay: DayTable<Int32>
    ) -> Table where Nodes.Index == Int {
        var amounts = [Int64](repeating: 0, count: periods * nodeSlots * 2)
        var counts = [Int32](repeating: 0, count: periods * nodeSlots * 2)
        let firstDay = periodOfDay.firstDay
        periodOfDay.values.withUnsafeBufferPointer { periodOfDay in
            items.dates.withUnsafeBufferPointer { dates in
                items.kinds.withUnsafeBufferPointer { kinds in
                    items.amounts.withUnsafeBufferPointer { rowAmounts in
                        amounts.withUnsafeMutableBufferPointer { amounts in
                            counts.withUnsafeMutableBufferPointer { counts in
                                for row in 0..<nodes.count {
                                    let period = Int(periodOfDay[Int(dates[row] &- firstDay)])
                                    let isSpending = kinds[row] == .obligation ? 0 : 1
                                    let cell = (period &* nodeSlots &+ Int(nodes[row]) &+ 1) &* 2 &+ isSpending
                                    amounts[cell] &+= rowAmounts[row]
                                    counts[cell] &+= 1
                                }
                            }
                        }
                    }
                }
            }
        }
        return Table(nodeSlots: nodeSlots, amounts: amounts, counts: counts)
    }

    /// The days of period `period`.
    func days(of period: Int) -> ClosedRange<Int32> { periodStarts[period]...(periodStarts[period + 1] - 1) }

    /// The number of periods.
    var periodCount: Int { max(periodStarts.count - 1, 0) }
}
