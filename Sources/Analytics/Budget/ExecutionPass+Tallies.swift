import LedgerKit

extension ExecutionPass {
    /// Both phases from the store's `PeriodTallies`, or `nil` when it keeps none for `hierarchy`.
    ///
    /// The first phase adds each period's cells to the slot its days share; the rows of a
    /// period whose days fall in different slots (cut by an as-of date within a month, or by a
    /// fiscal year starting mid-month in a profile that ends there) are read from the blocks
    /// dated in it, as the scan does. The second charges each of the year's charge groups
    /// once, as the scan charges each row.
    ///
    /// - Complexity: O(periods × (days + nodes) + the year's charge groups + rows of the blocks
    ///   dated in cut periods).
    static func tallied(
        store: LedgerStore, hierarchy: ClassificationKind, budget: FiscalYearBudget, coverage: BudgetCoverage,
        slots: DayTable<UInt8>, year: Int, empty: Partial
    ) -> Partial? {
        let tallies = store.periodTallies
        guard let table = tallies.tables[ClassificationKind.allCases.firstIndex(of: hierarchy)!], let charges = tallies.charges else {
            return nil
        }
        var total = empty
        let outside = slots.values.count - 1
        let filler = slots.values[outside]
        func slot(_ day: Int32) -> UInt8 { slots.values[Int(min(UInt32(bitPattern: day &- slots.firstDay), UInt32(outside)))] }
        var cutSlots = slots
        var cut: [ClosedRange<Int32>] = []
        for period in 0..<tallies.periodCount {
            let days = tallies.days(of: period)
            let first = slot(days.lowerBound)
            guard days.allSatisfy({ slot($0) == first }) else {
                cut.append(days)
                continue
            }
            cutSlots.set(CivilDate(dayNumber: days.lowerBound)...CivilDate(dayNumber: days.upperBound), to: filler)
            guard first != filler else { continue }
            for nodeSlot in 0..<table.nodeSlots {
                for isSpending in 0..<2 {
                    let cell = (period * table.nodeSlots + nodeSlot) * 2 + isSpending
                    guard table.counts[cell] > 0 else { continue }
                    total.table.add(
                        slot: Int(first), isSpending: isSpending, nodeSlot: nodeSlot, amount: table.amounts[cell], count: Int(table.counts[cell]))
                }
            }
        }
        if !cut.isEmpty {
            let blocks = store.blocks
            let scratch = UnsafeMutableBufferPointer<Int32>.allocate(capacity: BlockSummaries.size)
            defer { scratch.deallocate() }
            let nodes = store.column(hierarchy)
            for block in 0..<blocks.count where cut.contains(where: { $0.overlaps(blocks.firstDays[block]...blocks.lastDays[block]) }) {
                _ = total.table.add(store.ledger.lineItems, rows: blocks.rows(of: block), nodes: nodes, slots: cutSlots, yearRows: scratch)
            }
        }
        for group in charges.groups(of: year) {
            let codes = charges.codes[group]
            var key = codes.budgetLine >= 0 ? budget.keyOfLine[Int(codes.budgetLine)] : -1
            if key < 0 {
                key = budget.key(
                    organisation: codes.organisation, category: codes.category, fund: codes.fund, function: codes.function, region: codes.region)
            }
            let amount = charges.amounts[group]
            total.keyPaid[Int(key) + 1] &+= amount
            if !coverage.covers(organisation: codes.organisation, category: codes.category, fund: codes.fund) {
                let node = Int(codes.code(in: hierarchy)) + 1
                total.unbudgeted[node] &+= amount
                total.unbudgetedCount[node] += Int(charges.counts[group])
            }
        }
        return total
    }
}
