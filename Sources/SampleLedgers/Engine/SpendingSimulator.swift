import LedgerKit

/// Turns spending lines of one fiscal year into line item records.
///
/// Each line is simulated with its own random stream (seeded by year and line), so the
/// records of a line do not depend on how many numbers other lines drew, and a line
/// produces exactly its quota of records.
struct SpendingSimulator {
    let blueprint: LedgerBlueprint
    let tables: LedgerTables
    let window: FiscalWindow
    let yearIndex: Int
    /// Records of the lines simulated since the last `removeAll`.
    var records: [LineItemRecord] = []
    var random = SeededRandom(seed: 0)
    /// The line being simulated.
    var line = SpendingLine(budgetLine: -1, program: 0, category: 0, fund: 0, amount: 0, monthWeights: [], minimum: 0, intensity: 0)
    private var monthChoice = WeightedChoice(weights: [1])
    private var monthOfChoice: [Int] = []
    private var nextSequence: Int32 = 0
    private var nextPayee: Int32 = 0
    private var referenceCounters: [Int32]

    init(_ blueprint: LedgerBlueprint, tables: LedgerTables, yearIndex: Int) {
        self.blueprint = blueprint
        self.tables = tables
        self.yearIndex = yearIndex
        window = FiscalWindow(fiscalYear: blueprint.fiscalYears[yearIndex], calendar: blueprint.publisher.calendar, asOf: blueprint.publisher.asOf)
        referenceCounters = Array(repeating: 0, count: tables.referencePrefixes.count)
        records.reserveCapacity(4096)
    }

    /// Appends the records of one line to `records`.
    mutating func simulate(_ line: SpendingLine, index: Int) {
        guard line.quota > 0 else { return }
        self.line = line
        random = SeededRandom(seed: blueprint.seed, stream: UInt64(yearIndex + 1), UInt64(index))
        monthOfChoice = line.monthWeights.indices.filter { line.monthWeights[$0] > 0 }
        monthChoice = WeightedChoice(weights: monthOfChoice.map { line.monthWeights[$0] })
        let spec = blueprint.spending[line.category]
        switch spec.pattern {
        case .payroll, .overtime: payRuns(rotatingVendors: false)
        case .benefits: payRuns(rotatingVendors: true)
        case .recurring: recurringBills()
        case .debt: debtService()
        case .orders(let payments, let span): orders(paymentsPerOrder: payments, spanDays: span)
        case .agreements(let payments): orders(paymentsPerOrder: payments, spanDays: nil)
        case .purchases: purchases(assistance: false)
        case .assistance: purchases(assistance: true)
        }
    }

    // MARK: - Shared helpers

    var spec: CategorySpec { blueprint.spending[line.category] }

    /// Fiscal months with activity in the window.
    var activeMonths: [Int] { monthOfChoice }

    /// A fiscal month drawn by the line's seasonal weights.
    mutating func drawMonth() -> Int {
        monthOfChoice[monthChoice.sample(&random)]
    }

    /// A random day of a fiscal month; weekends are moved to a weekday unless drawn as an exception.
    mutating func drawDay(inMonth month: Int, weekendPerMille: Int = 8) -> Int {
        let range = window.days(ofMonth: month)!
        let day = range.lowerBound + random.below(range.count)
        return random.chance(perMille: weekendPerMille) ? day : SpendingSimulator.weekday(day, within: range)
    }

    /// `day` if it is a weekday, else the Friday before (or the Monday after when that leaves `range`).
    static func weekday(_ day: Int, within range: ClosedRange<Int>) -> Int {
        func isWeekend(_ day: Int) -> Bool { CivilDate(dayNumber: Int32(day)).isWeekend }
        var earlier = day
        while isWeekend(earlier) && earlier > range.lowerBound { earlier -= 1 }
        if !isWeekend(earlier) { return earlier }
        var later = day
        while isWeekend(later) && later < range.upperBound { later += 1 }
        return isWeekend(later) ? day : later
    }

    /// A vendor of the category's pool: mostly by rank (Zipf), sometimes anyone in the pool;
    /// `skippingFirst` leaves out the pool's first vendor (the batch recipient of assistance).
    mutating func drawVendor(skippingFirst: Bool = false) -> Int32 {
        let entry = tables.pools[tables.categoryPool[line.category]]
        var position = random.chance(perMille: 800) ? entry.choice.sample(&random) : random.below(entry.members.count)
        if skippingFirst && position == 0 && entry.members.count > 1 {
            position = 1 + random.below(entry.members.count - 1)
        }
        return entry.members[position]
    }

    /// The `rank`-th vendor of a pool (wrapping around).
    func vendor(pool: Int, rank: Int) -> Int32 {
        let members = tables.pools[pool].members
        return members[rank % members.count]
    }

    /// The next running number of a reference prefix in this year.
    mutating func nextReference(_ prefix: Int16) -> Int32 {
        referenceCounters[Int(prefix)] += 1
        return referenceCounters[Int(prefix)]
    }

    /// A one-off payee written as an inline vendor object.
    mutating func nextInlinePayee() -> Int32 {
        nextPayee += 1
        return -nextPayee
    }

    /// `yyyymmdd` of a day, the number of date-style references.
    static func dateNumber(_ day: Int) -> Int32 {
        let (year, month, dayOfMonth) = CivilDate(dayNumber: Int32(day)).components
        return Int32(year * 10000 + month * 100 + dayOfMonth)
    }

    /// Splits `total` in proportion to `weights`; the parts add up to `total` exactly.
    static func split(_ total: Int64, weights: [Int64]) -> [Int64] {
        let sum = weights.reduce(0, +)
        guard sum > 0 else { return weights.map { _ in 0 } }
        var parts = weights.map { sum.dividingFullWidth(total.multipliedFullWidth(by: $0)).quotient }
        let largest = weights.indices.max { weights[$0] < weights[$1] }!
        parts[largest] += total - parts.reduce(0, +)
        return parts
    }

    /// Appends a record of the current line.
    mutating func emit(
        day: Int, kind: LineItemKind, amount: Int64, vendor: Int32, description: Int32,
        reference: Int16 = -1, number: Int32 = 0, linked: Bool, region: Int16 = -1, estimated: Bool = false
    ) {
        records.append(LineItemRecord(
            day: Int32(day), sequence: nextSequence, program: Int32(line.program), category: Int16(line.category),
            fund: line.fund, region: region, kind: kind, dateEstimated: estimated, vendor: vendor, amount: amount,
            description: description, referencePrefix: reference, referenceNumber: number,
            budgetLine: linked ? line.budgetLine : -1
        ))
        nextSequence += 1
    }

    /// Spreads `count` items over `slots` as evenly as possible, earlier slots first.
    static func spread(_ count: Int, over slots: Int) -> [Int] {
        (0..<slots).map { count / slots + ($0 < count % slots ? 1 : 0) }
    }
}
