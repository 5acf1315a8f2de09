import LedgerKit

/// The pass over line items behind a budget-execution report: the fiscal year's obligations
/// and spending per node and per budget key, the coverage check, and the prior years' spending
/// to date and in full for the seasonal profile and the year-over-year change.
///
/// Two phases, as in Arrow and Polars. The first reads every line item once and, without
/// branching on the data, adds its amount to a small table indexed by (day slot, obligation or
/// spending, node), where the day slot, from a table by day, says the item's fiscal year
/// (years back from the report's) and whether it falls by the same day of that year; it also
/// writes down the rows of the year's spending. The second visits only those rows to charge
/// budget keys and check coverage. Both are bound by memory bandwidth, which two cores share
/// better than one.
///
/// When the store keeps `PeriodTallies` for the hierarchy, both phases add up its cells instead
/// (`ExecutionPass+Tallies.swift`), reading only the rows of periods the day slots cut.
struct ExecutionPass {
    /// Sums per node at index node + 1; index 0 holds the line items with no node.
    let sums: [ExecutionSums]
    /// Spending charged to each budget key of the year.
    let keyPaid: [Int64]
    /// Line items (any kind) per fiscal year, indexed by years back from the report's year.
    let itemsPerYear: [Int]

    /// Runs both phases, from the store's period tallies or over the line items.
    ///
    /// - Complexity: O(periods × nodes + the year's charge groups), plus O(rows) of the blocks
    ///   dated in periods the day slots cut; without the tallies O(line items), with lookups in
    ///   tables indexed by day, node and budget cell.
    init(
        store: LedgerStore, hierarchy: ClassificationKind, budget: FiscalYearBudget, coverage: BudgetCoverage,
        progress: FiscalYearProgress, profileYears: Int
    ) {
        let slots = Self.daySlots(progress: progress, calendar: store.ledger.calendar, profileYears: profileYears)
        let nodeCount = store.hierarchy(hierarchy).count + 1
        let empty = Partial(
            table: SlotTable(slotCount: 2 * profileYears + 3, nodeCount: nodeCount),
            keyPaid: Array(repeating: 0, count: budget.keys.count + 1),
            unbudgeted: Array(repeating: 0, count: nodeCount), unbudgetedCount: Array(repeating: 0, count: nodeCount))
        let total =
            Self.tallied(store: store, hierarchy: hierarchy, budget: budget, coverage: coverage, slots: slots, year: progress.fiscalYear, empty: empty)
            ?? Self.scanned(store: store, hierarchy: hierarchy, budget: budget, coverage: coverage, slots: slots, empty: empty)
        var sums = total.table.sums(profileYears: profileYears)
        itemsPerYear = total.table.itemsPerYear(profileYears: profileYears)
        for node in 0..<nodeCount {
            sums[node].unbudgeted = total.unbudgeted[node]
            sums[node].unbudgetedCount = total.unbudgetedCount[node]
        }
        self.sums = sums
        keyPaid = Array(total.keyPaid.dropFirst())
    }

    /// Both phases over every line item; a large ledger's rows in parts that the cores share,
    /// their sums then added up.
    private static func scanned(
        store: LedgerStore, hierarchy: ClassificationKind, budget: FiscalYearBudget, coverage: BudgetCoverage,
        slots: DayTable<UInt8>, empty: Partial
    ) -> Partial {
        let items = store.ledger.lineItems
        let nodes = store.column(hierarchy)
        let parts = min(RowScan.maximumParts, max(1, items.count / store.rowsPerPart))
        let partials = UnsafeMutableBufferPointer<Partial>.allocate(capacity: parts)
        defer { partials.deallocate() }
        forEachPart(parts) { part in
            let rows = (items.count * part / parts)..<(items.count * (part + 1) / parts)
            var partial = empty
            let yearRows = [Int32](unsafeUninitializedCapacity: rows.count) { buffer, initialized in
                initialized = partial.table.add(items, rows: rows, nodes: nodes, slots: slots, yearRows: buffer)
            }
            Self.charge(
                yearRows, items: items, nodes: nodes, budget: budget, coverage: coverage,
                keyPaid: &partial.keyPaid, unbudgeted: &partial.unbudgeted, unbudgetedCount: &partial.unbudgetedCount)
            (partials.baseAddress! + part).initialize(to: partial)
        }
        var total = partials[0]
        for part in 1..<parts { total.add(partials[part]) }
        partials.baseAddress!.deinitialize(count: parts)
        return total
    }

    /// What one part of the rows adds up to.
    struct Partial {
        var table: SlotTable
        /// Per budget key + 1 (index 0: spending with no key), the spending charged to it.
        var keyPaid: [Int64]
        /// Per node + 1, the spending and line items that no appropriation covers.
        var unbudgeted: [Int64]
        var unbudgetedCount: [Int]

        /// Adds `other`'s sums to these.
        mutating func add(_ other: Partial) {
            table.add(other.table)
            for key in keyPaid.indices { keyPaid[key] &+= other.keyPaid[key] }
            for node in unbudgeted.indices {
                unbudgeted[node] &+= other.unbudgeted[node]
                unbudgetedCount[node] += other.unbudgetedCount[node]
            }
        }
    }

    /// The second phase: charges each of `rows` (the year's spending) to its budget key, and
    /// to its node's unbudgeted spending when no appropriation covers it.
    private static func charge(
        _ rows: [Int32], items: LineItemColumns, nodes: [Int32], budget: FiscalYearBudget, coverage: BudgetCoverage,
        keyPaid: inout [Int64], unbudgeted: inout [Int64], unbudgetedCount: inout [Int]
    ) {
        for row in rows.lazy.map(Int.init) {
            let organisation = items.organisations[row]
            let category = items.categories[row]
            let fund = items.funds[row]
            let line = items.budgetLines[row]
            var key = line >= 0 ? budget.keyOfLine[Int(line)] : -1
            if key < 0 {
                key = budget.key(
                    organisation: organisation, category: category, fund: fund,
                    function: items.functions[row], region: items.regions[row])
            }
            let amount = items.amounts[row]
            keyPaid[Int(key) + 1] &+= amount
            let uncovered = !coverage.covers(organisation: organisation, category: category, fund: fund)
            let node = Int(nodes[row]) + 1
            unbudgeted[node] &+= uncovered ? amount : 0
            unbudgetedCount[node] += uncovered ? 1 : 0
        }
    }

    /// The slot of each day from the first profile year to the end of the year: years back × 2,
    /// plus 1 by the same day of that year. One extra day at the end holds the slot for
    /// everything outside, `2 × profileYears + 2`.
    static func daySlots(progress: FiscalYearProgress, calendar: FiscalCalendar, profileYears: Int) -> DayTable<UInt8> {
        let year = progress.fiscalYear
        var slots = DayTable(
            calendar.firstDay(of: year - profileYears)...calendar.lastDay(of: year).adding(days: 1),
            filler: UInt8(2 * profileYears + 2))
        for yearsBack in 0...profileYears {
            let days = calendar.days(of: year - yearsBack)
            slots.set(days, to: UInt8(yearsBack << 1))
            let sameDay = progress.sameDay(yearsBack: yearsBack, calendar: calendar)
            if sameDay >= days.lowerBound { slots.set(days.lowerBound...sameDay, to: UInt8(yearsBack << 1 | 1)) }
        }
        return slots
    }
}

/// Amounts and counts by (day slot, obligation or spending, node): the first phase's table.
///
/// Each cell has two lanes that consecutive rows take turns to add to: a ledger lists a node's
/// items together, and with one lane each row's addition would wait for the previous one's.
struct SlotTable {
    /// One lane of a cell: its amount and count side by side, in one cache line with the other lane.
    struct Lane {
        var amount: Int64 = 0
        var count = 0
    }

    static let lanes = 2
    let slotCount: Int
    let nodeCount: Int
    private var cells: [Lane]

    init(slotCount: Int, nodeCount: Int) {
        self.slotCount = slotCount
        self.nodeCount = nodeCount
        cells = [Lane](repeating: Lane(), count: slotCount * 2 * nodeCount * Self.lanes)
    }

    /// Adds the line items of `rows`; writes those of the year's spending (slots 0 and 1) to the
    /// start of `yearRows`, which has room for all of `rows`, and returns how many there are.
    mutating func add(
        _ items: LineItemColumns, rows: Range<Int>, nodes: [Int32], slots: DayTable<UInt8>, yearRows: UnsafeMutableBufferPointer<Int32>
    ) -> Int {
        let firstDay = slots.firstDay
        let outside = UInt32(slots.values.count - 1)
        let nodeCount = nodeCount
        var yearRowCount = 0
        slots.values.withUnsafeBufferPointer { slotOfDay in
            items.dates.withUnsafeBufferPointer { dates in
                items.kinds.withUnsafeBufferPointer { kinds in
                    items.amounts.withUnsafeBufferPointer { rowAmounts in
                        nodes.withUnsafeBufferPointer { nodes in
                            cells.withUnsafeMutableBufferPointer { cells in
                                for row in rows {
                                    let day = min(UInt32(bitPattern: dates[row] &- firstDay), outside)
                                    let slot = Int(slotOfDay[Int(day)])
                                    let isSpending = kinds[row] == .obligation ? 0 : 1
                                    let cell = (slot &* 2 &+ isSpending) &* nodeCount &+ Int(nodes[row]) &+ 1
                                    let lane = cell &* Self.lanes &+ row & (Self.lanes &- 1)
                                    cells[lane].amount &+= rowAmounts[row]
                                    cells[lane].count &+= 1
                                    yearRows[yearRowCount] = Int32(truncatingIfNeeded: row)
                                    yearRowCount &+= (slot >> 1 == 0 ? isSpending : 0)
                                }
                            }
                        }
                    }
                }
            }
        }
        return yearRowCount
    }

    /// Adds `count` line items of `amount` in all to cell (`slot`, `isSpending`, `node` + 1).
    mutating func add(slot: Int, isSpending: Int, nodeSlot: Int, amount: Int64, count: Int) {
        let lane = ((slot * 2 + isSpending) * nodeCount + nodeSlot) * Self.lanes
        cells[lane].amount &+= amount
        cells[lane].count += count
    }

    /// Adds `other`'s cells to these.
    mutating func add(_ other: SlotTable) {
        for cell in cells.indices {
            cells[cell].amount &+= other.cells[cell].amount
            cells[cell].count += other.cells[cell].count
        }
    }

    /// The sums per node of the year (slots 0–1) and of the profile years (slots 2 and up).
    func sums(profileYears: Int) -> [ExecutionSums] {
        var sums = [ExecutionSums](repeating: ExecutionSums(), count: nodeCount)
        for node in 0..<nodeCount {
            for slot in 0..<2 {
                sums[node].obligated &+= amount(slot, 0, node)
                sums[node].paid &+= amount(slot, 1, node)
                sums[node].lineItems += count(slot, 0, node) + count(slot, 1, node)
            }
            for slot in 2..<(2 * profileYears + 2) {
                let spending = amount(slot, 1, node)
                sums[node].priorFull &+= spending
                if slot & 1 == 1 { sums[node].priorToDate &+= spending }
                if slot == 3 { sums[node].previousToDate = spending }
            }
        }
        return sums
    }

    /// Line items of each year, any kind.
    func itemsPerYear(profileYears: Int) -> [Int] {
        (0...profileYears).map { yearsBack in
            var total = 0
            for slot in (2 * yearsBack)...(2 * yearsBack + 1) {
                for node in 0..<nodeCount { total += count(slot, 0, node) + count(slot, 1, node) }
            }
            return total
        }
    }

    private func lanes(_ slot: Int, _ isSpending: Int, _ node: Int) -> ArraySlice<Lane> {
        let cell = (slot * 2 + isSpending) * nodeCount + node
        return cells[(cell * Self.lanes)..<((cell + 1) * Self.lanes)]
    }

    private func amount(_ slot: Int, _ isSpending: Int, _ node: Int) -> Int64 {
        lanes(slot, isSpending, node).reduce(0) { $0 &+ $1.amount }
    }

    private func count(_ slot: Int, _ isSpending: Int, _ node: Int) -> Int {
        lanes(slot, isSpending, node).reduce(0) { $0 + $1.count }
    }
}
