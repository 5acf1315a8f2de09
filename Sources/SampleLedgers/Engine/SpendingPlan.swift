/// One stream of spending: a budget line (or unbudgeted spending) in one fiscal year,
/// with the amount to spend up to the as-of date and its exact number of line items.
struct SpendingLine {
    /// Index of the year's budget line, or -1 for unbudgeted spending.
    var budgetLine: Int32
    var program: Int
    var category: Int
    var fund: Int16
    /// Net amount to pay inside the year's window, minor units.
    var amount: Int64
    /// Activity per fiscal month inside the window (zero outside it).
    var monthWeights: [Int]
    /// Fewest line items the pattern needs (one pay run per month, …).
    var minimum: Int
    /// Relative number of transactions beyond the minimum (amount / typical amount).
    var intensity: Int64
    /// Exact number of line items, set by the allocation.
    var quota: Int = 0
}

/// The spending lines of every year and, once allocated, the exact line-item count of each.
///
/// The counts add up to the requested total: each line gets its pattern's minimum,
/// journal entries get a fixed share, and the rest is shared in proportion to `intensity`.
struct SpendingPlan {
    var years: [[SpendingLine]]
    /// Journal entry pairs per year.
    var adjustmentPairs: [Int]

    /// Line items the blueprint needs at least; `totalLineItems` must not be lower.
    var minimumLineItems: Int {
        years.joined().reduce(0) { $0 + $1.minimum } + adjustmentPairs.reduce(0, +) * 2
    }

    init(_ blueprint: LedgerBlueprint, budget: BudgetPlan) {
        let calendar = blueprint.publisher.calendar
        let fundIndex = Dictionary(uniqueKeysWithValues: blueprint.funds.enumerated().map { ($1.code, Int16($0)) })
        let programIndex = Dictionary(uniqueKeysWithValues: blueprint.programs.enumerated().map { ($1.code, $0) })
        let categoryIndex = Dictionary(uniqueKeysWithValues: blueprint.spending.enumerated().map { ($1.code, $0) })
        years = blueprint.fiscalYears.enumerated().map { yearIndex, year in
            let window = FiscalWindow(fiscalYear: year, calendar: calendar, asOf: blueprint.publisher.asOf)
            var lines = budget.years[yearIndex].enumerated().map { index, line in
                SpendingPlan.line(
                    blueprint, window: window, budgetLine: Int32(index), program: line.program, category: line.category,
                    fund: fundIndex[line.fund]!, fullYear: line.revised * Int64(line.execution) / 1000
                )
            }
            for extra in blueprint.scenario.unbudgeted where extra.fiscalYear == year {
                lines.append(SpendingPlan.line(
                    blueprint, window: window, budgetLine: -1, program: programIndex[extra.program]!,
                    category: categoryIndex[extra.category]!, fund: fundIndex[extra.fund]!, fullYear: extra.amount
                ))
            }
            return lines
        }
        let pairs = max(1, blueprint.totalLineItems / (blueprint.fiscalYears.count * 800))
        adjustmentPairs = Array(repeating: pairs, count: blueprint.fiscalYears.count)
    }

    private static func line(
        _ blueprint: LedgerBlueprint, window: FiscalWindow, budgetLine: Int32, program: Int, category: Int, fund: Int16, fullYear: Int64
    ) -> SpendingLine {
        let spec = blueprint.spending[category]
        let weights = yearWeights(spec, season: blueprint.programs[program].season, startMonth: blueprint.publisher.calendar.startMonth)
        let inWindow = (0..<12).map { weights[$0] * window.elapsedPerMille(ofMonth: $0) / 1000 }
        let total = Int64(weights.reduce(0, +))
        let amount = total == 0 ? 0 : fullYear * Int64(inWindow.reduce(0, +)) / total
        let months = inWindow.filter { $0 > 0 }.count
        let minimum: Int
        switch spec.pattern {
        case .payroll, .overtime, .benefits, .recurring: minimum = months
        case .debt: minimum = months * spec.phrases.count
        default: minimum = amount > 0 ? 1 : 0
        }
        return SpendingLine(
            budgetLine: budgetLine, program: program, category: category, fund: fund, amount: amount,
            monthWeights: inWindow, minimum: minimum, intensity: max(0, amount / spec.typicalAmount)
        )
    }

    /// Activity by fiscal month over a whole year for a category's pattern.
    private static func yearWeights(_ spec: CategorySpec, season: Season, startMonth: Int) -> [Int] {
        switch spec.pattern {
        case .payroll, .benefits:
            return Season.flat.fiscalWeights(startMonth: startMonth, surge: false)
        case .overtime:
            return season.fiscalWeights(startMonth: startMonth, surge: false)
        case .recurring:
            return (spec.seasonal ? Season.extremes : Season.flat).fiscalWeights(startMonth: startMonth, surge: false)
        case .agreements:
            return (0..<12).map { $0 < 3 ? 100 : 0 }
        case .debt(let months):
            return (0..<12).map { months.contains($0) ? 100 : 0 }
        case .orders, .purchases, .assistance:
            return (spec.seasonal ? season : Season.flat).fiscalWeights(startMonth: startMonth, surge: spec.seasonal)
        }
    }

    /// Sets every quota so that they add up to `total` (largest-remainder apportionment);
    /// `total` must be at least `minimumLineItems`.
    mutating func allocate(total: Int) {
        let extra = Int64(total - minimumLineItems)
        precondition(extra >= 0, "\(total) line items are fewer than the \(minimumLineItems) this ledger needs")
        let intensity = years.joined().reduce(Int64(0)) { $0 + $1.intensity }
        precondition(intensity > 0 || extra == 0, "no spending line can take more line items")
        var remainders: [(remainder: Int64, year: Int, line: Int)] = []
        var given: Int64 = 0
        for year in years.indices {
            for index in years[year].indices {
                let line = years[year][index]
                var share: Int64 = 0
                var remainder: Int64 = 0
                if intensity > 0 {
                    (share, remainder) = intensity.dividingFullWidth(extra.multipliedFullWidth(by: line.intensity))
                }
                years[year][index].quota = line.minimum + Int(share)
                given += share
                if line.intensity > 0 { remainders.append((remainder, year, index)) }
            }
        }
        remainders.sort { ($0.remainder, $1.year, $1.line) > ($1.remainder, $0.year, $0.line) }
        for entry in remainders.prefix(Int(extra - given)) {
            years[entry.year][entry.line].quota += 1
        }
    }
}
