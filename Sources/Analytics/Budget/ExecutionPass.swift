import LedgerKit

/// The single pass over line items behind a budget-execution report: the fiscal year's
/// obligations and spending per node and per budget key, the coverage check, and the prior
/// years' spending to date and in full for the seasonal profile and year-over-year change.
struct ExecutionPass {
    /// Sums per node at index node + 1; index 0 holds the line items with no node.
    private(set) var sums: [ExecutionSums]
    /// Spending charged to each budget key of the year.
    private(set) var keyPaid: [Int64]
    /// Line items (any kind) per fiscal year, indexed by years back from the report's year.
    private(set) var itemsPerYear: [Int]

    /// Runs the pass over the line items dated from the first profile year to the end of the year.
    ///
    /// - Complexity: one `select` and one pass over its rows, each with lookups in tables
    ///   indexed by day, node and budget cell.
    init(
        store: LedgerStore, hierarchy: ClassificationKind, budget: FiscalYearBudget, coverage: BudgetCoverage,
        progress: FiscalYearProgress, profileYears: Int
    ) {
        let calendar = store.ledger.calendar
        let year = progress.fiscalYear
        var slots = DayTable(calendar.firstDay(of: year - profileYears)...calendar.lastDay(of: year), filler: UInt8(0))
        for yearsBack in 0...profileYears {
            let days = calendar.days(of: year - yearsBack)
            slots.set(days, to: UInt8(yearsBack << 1))
            let sameDay = progress.sameDay(yearsBack: yearsBack, calendar: calendar)
            if sameDay >= days.lowerBound { slots.set(days.lowerBound...sameDay, to: UInt8(yearsBack << 1 | 1)) }
        }
        sums = [ExecutionSums](repeating: ExecutionSums(), count: store.hierarchy(hierarchy).count + 1)
        keyPaid = [Int64](repeating: 0, count: budget.keys.count)
        itemsPerYear = [Int](repeating: 0, count: profileYears + 1)
        let selection = store.select(LineItemFilter(kinds: Set(LineItemKind.allCases), dates: slots.days))
        run(selection, store: store, nodes: store.column(hierarchy), slots: slots, budget: budget, coverage: coverage)
    }

    private mutating func run(
        _ selection: RowSelection, store: LedgerStore, nodes: [Int32], slots: DayTable<UInt8>,
        budget: FiscalYearBudget, coverage: BudgetCoverage
    ) {
        let items = store.ledger.lineItems
        let firstDay = slots.firstDay
        let slotOfDay = slots.values
        for row in selection.rows.lazy.map(Int.init) {
            let slot = slotOfDay[Int(items.dates[row] - firstDay)]
            let yearsBack = Int(slot >> 1)
            let node = Int(nodes[row]) + 1
            let amount = items.amounts[row]
            let isObligation = items.kinds[row] == .obligation
            itemsPerYear[yearsBack] += 1
            if yearsBack == 0 {
                sums[node].lineItems += 1
                if isObligation {
                    sums[node].obligated &+= amount
                    continue
                }
                sums[node].paid &+= amount
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
                if key >= 0 { keyPaid[Int(key)] &+= amount }
                if !coverage.covers(organisation: organisation, category: category, fund: fund) {
                    sums[node].unbudgeted &+= amount
                    sums[node].unbudgetedCount += 1
                }
            } else if !isObligation {
                sums[node].priorFull &+= amount
                if slot & 1 != 0 {
                    sums[node].priorToDate &+= amount
                    if yearsBack == 1 { sums[node].previousToDate &+= amount }
                }
            }
        }
    }
}
