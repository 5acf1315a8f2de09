import LedgerKit

/// The spending (payments, refunds, adjustments) of each fiscal year grouped by what charges it
/// to a budget: its budget line and its organisation, category, fund, function and region.
///
/// A budget-execution report charges each of the year's spending items to a budget key and
/// checks its coverage by those codes alone, so it can charge each group once instead; a ledger
/// has a few thousand groups a year where it has hundreds of thousands of items.
///
/// Memory: 36 bytes a group (`bytesPerGroup`). Grouped with an open-addressing hash table at build time.
struct ChargeTotals: Sendable {
    /// What charges a group: its budget line (-1 for none) and its codes (-1 when absent).
    struct Codes: Hashable, Sendable, ClassificationCodes {
        var budgetLine: Int32
        var organisation: Int32
        var category: Int32
        var fund: Int32
        var function: Int32
        var region: Int32
    }

    /// The memory of a group.
    static let bytesPerGroup = MemoryLayout<Codes>.stride + 12

    /// Groups by fiscal year (then in order of first occurrence).
    let codes: [Codes]
    let amounts: [Int64]
    let counts: [Int32]
    /// The groups of each fiscal year.
    private let groupsOfYear: [Int: Range<Int>]

    /// Groups the spending of `items`, dated by `periodOfDay` and the fiscal year of each period;
    /// `nil` when there are more than `limit` groups.
    ///
    /// - Complexity: O(line items), one hash-table probe per spending item.
    init?(_ items: LineItemColumns, periodOfDay: DayTable<Int32>, fiscalYearOfPeriod: [Int], limit: Int) {
        var years: [Int] = []
        var groups: [Int: [Int]] = [:]
        var table = GroupingTable()
        let firstDay = periodOfDay.firstDay
        for row in 0..<items.count where items.kinds[row] != .obligation {
            let year = fiscalYearOfPeriod[Int(periodOfDay.values[Int(items.dates[row] &- firstDay)])]
            let codes = Codes(
                budgetLine: items.budgetLines[row], organisation: items.organisations[row], category: items.categories[row],
                fund: items.funds[row], function: items.functions[row], region: items.regions[row])
            let (group, isNew) = table.group(of: codes, year: Int32(truncatingIfNeeded: year))
            if isNew {
                if groups[year] == nil { years.append(year) }
                groups[year, default: []].append(group)
                if table.codes.count > limit { return nil }
            }
            table.amounts[group] &+= items.amounts[row]
            table.counts[group] &+= 1
        }
        let order = years.sorted().flatMap { groups[$0]! }
        codes = order.map { table.codes[$0] }
        amounts = order.map { table.amounts[$0] }
        counts = order.map { table.counts[$0] }
        var start = 0
        var ranges: [Int: Range<Int>] = [:]
        for year in years.sorted() {
            ranges[year] = start..<(start + groups[year]!.count)
            start += groups[year]!.count
        }
        groupsOfYear = ranges
    }

    /// The groups of fiscal year `fiscalYear` (empty when it has no spending).
    func groups(of fiscalYear: Int) -> Range<Int> { groupsOfYear[fiscalYear] ?? 0..<0 }
}

/// Groups by (fiscal year, codes) with linear probing, as a grouped aggregation does.
private struct GroupingTable {
    var codes: [ChargeTotals.Codes] = []
    var years: [Int32] = []
    var amounts: [Int64] = []
    var counts: [Int32] = []
    /// Group + 1 per slot, 0 for empty; the slot count is a power of two, at most half full.
    private var slots = [Int32](repeating: 0, count: 1024)

    /// The group of `codes` in `year`, made if new.
    mutating func group(of codes: ChargeTotals.Codes, year: Int32) -> (group: Int, isNew: Bool) {
        let mask = slots.count - 1
        var slot = Self.hash(codes, year) & mask
        while slots[slot] != 0 {
            let group = Int(slots[slot]) - 1
            if self.codes[group] == codes && years[group] == year { return (group, false) }
            slot = (slot + 1) & mask
        }
        slots[slot] = Int32(self.codes.count + 1)
        self.codes.append(codes)
        years.append(year)
        amounts.append(0)
        counts.append(0)
        if self.codes.count * 2 > slots.count { rehash() }
        return (self.codes.count - 1, true)
    }

    private mutating func rehash() {
        slots = [Int32](repeating: 0, count: slots.count * 2)
        let mask = slots.count - 1
        for group in codes.indices {
            var slot = Self.hash(codes[group], years[group]) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(group + 1)
        }
    }

    private static func hash(_ codes: ChargeTotals.Codes, _ year: Int32) -> Int {
        var hash = UInt64(UInt32(bitPattern: year))
        func mix(_ value: Int32) { hash = (hash ^ UInt64(UInt32(bitPattern: value))) &* 0x9E37_79B9_7F4A_7C15 }
        mix(codes.budgetLine)
        mix(codes.organisation)
        mix(codes.category)
        mix(codes.fund)
        mix(codes.function)
        mix(codes.region)
        return Int(truncatingIfNeeded: hash >> 32)
    }
}
