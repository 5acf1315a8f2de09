/// Runs the engine over a blueprint and hands the files to an output:
/// `ledger.json`, `budget/FY<year>.json`, `kpis.json`, `line-items/FY<year>.jsonl`.
enum LedgerAssembler {
    /// In which order line items are written within a year's file.
    enum Order {
        /// Sorted by date: what a person reading a sample expects. Holds a year in memory.
        case byDate
        /// As simulated, one budget line after another: streams any number of items.
        case asGenerated
    }

    static func write<Output: LedgerOutput>(_ blueprint: LedgerBlueprint, order: Order, prefix: String = "", to output: inout Output) throws -> LedgerSummary {
        let budget = BudgetPlan(blueprint)
        var plan = SpendingPlan(blueprint, budget: budget)
        plan.allocate(total: blueprint.totalLineItems)
        let tables = LedgerTables(blueprint)
        var summary = LedgerSummary(lineItems: 0, budgetLines: 0, bytes: 0, files: [])

        func whole(_ path: String, _ bytes: [UInt8]) throws {
            var bytes = bytes
            summary.bytes += bytes.count
            summary.files.append(prefix + path)
            try output.begin(prefix + path)
            try output.write(&bytes)
            try output.end()
        }

        try whole("ledger.json", LedgerDocument.bytes(blueprint))
        for (index, year) in blueprint.fiscalYears.enumerated() {
            summary.budgetLines += budget.years[index].count * 3
            try whole("budget/FY\(year).json", BudgetDocument.bytes(budget.years[index], blueprint))
        }
        try whole("kpis.json", KPIDocument.bytes(blueprint))

        for (index, year) in blueprint.fiscalYears.enumerated() {
            let path = prefix + "line-items/FY\(year).jsonl"
            summary.files.append(path)
            try output.begin(path)
            var simulator = SpendingSimulator(blueprint, tables: tables, yearIndex: index)
            let encoder = LineItemEncoder(
                blueprint, tables: tables, window: simulator.window,
                budgetLineIds: budget.years[index].map { $0.id(phase: "A", blueprint) }
            )
            let chunk = output.chunkSize ?? Int.max
            var out = JSONWriter(capacity: min(chunk, 1 << 24) + 4096)
            var number = 0
            func drain(_ records: [LineItemRecord]) throws {
                for record in records {
                    number += 1
                    encoder.encode(record, number: number, into: &out)
                    if out.bytes.count >= chunk {
                        summary.bytes += out.bytes.count
                        try output.write(&out.bytes)
                    }
                }
            }
            let lines = plan.years[index]
            switch order {
            case .byDate:
                for (position, line) in lines.enumerated() { simulator.simulate(line, index: position) }
                simulator.journalEntries(pairs: plan.adjustmentPairs[index], lines: lines)
                simulator.records.sort { ($0.day, $0.sequence) < ($1.day, $1.sequence) }
                try drain(simulator.records)
            case .asGenerated:
                for (position, line) in lines.enumerated() {
                    simulator.records.removeAll(keepingCapacity: true)
                    simulator.simulate(line, index: position)
                    try drain(simulator.records)
                }
                simulator.records.removeAll(keepingCapacity: true)
                simulator.journalEntries(pairs: plan.adjustmentPairs[index], lines: lines)
                try drain(simulator.records)
            }
            summary.lineItems += number
            summary.bytes += out.bytes.count
            try output.write(&out.bytes)
            try output.end()
        }
        return summary
    }
}
