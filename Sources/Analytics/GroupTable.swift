import LedgerKit

/// The dense groups of a grouping, the lookup that assigns a row to one, and the tallies.
///
/// Two phases, as in Arrow and Polars: a dense group id per row from a lookup table indexed by
/// code (a node, a vendor) or by day (for periods), then a tally in an array indexed by group.
struct GroupTable {
    /// What a row's group is looked up by.
    private enum Key {
        /// A column of codes, -1 for none; the lookup is indexed by code + 1.
        case codes([Int32])
        /// The date; the lookup is indexed by day number − `first`.
        case days(first: Int32)
        /// The line-item kind.
        case kinds
    }

    private(set) var keys: [ReportKey] = []
    private(set) var labels: [String] = []
    /// Group ids in display order.
    private var order: [Int] = []
    private var key = Key.kinds
    private var lookup: [Int32] = []

    /// The groups of `grouping`; periods cover the days `days` (rows on other days must not be tallied).
    init(store: LedgerStore, grouping: Grouping, days: ClosedRange<Int32>?) {
        let ledger = store.ledger
        switch grouping {
        case .classification(let kind, let depth):
            let index = store.hierarchy(kind)
            var groupOfNode = [Int32](repeating: -1, count: index.count)
            for node in index.preorder {
                let ancestor = index.ancestor(of: node, atDepth: depth)
                if groupOfNode[Int(ancestor)] < 0 {
                    groupOfNode[Int(ancestor)] = Int32(add(.node(kind, ancestor), index.classification.names[Int(ancestor)]))
                }
                groupOfNode[Int(node)] = groupOfNode[Int(ancestor)]
            }
            setNodeLookup(groupOfNode, column: store.column(kind))
        case .children(let parent, let kind):
            let index = store.hierarchy(kind)
            var groupOfNode = [Int32](repeating: -1, count: index.count)
            groupOfNode[Int(parent)] = Int32(add(.node(kind, parent), index.classification.names[Int(parent)]))
            for child in index.children[Int(parent)] {
                let group = Int32(add(.node(kind, child), index.classification.names[Int(child)]))
                for node in index.subtree(of: child) { groupOfNode[Int(node)] = group }
            }
            setNodeLookup(groupOfNode, column: store.column(kind))
        case .vendor:
            var groupOfVendor = [Int32](repeating: -1, count: ledger.vendors.count)
            for vendor in store.vendorsByName {
                groupOfVendor[Int(vendor)] = Int32(add(.vendor(vendor), ledger.vendors.names[Int(vendor)]))
            }
            setNodeLookup(groupOfVendor, column: ledger.lineItems.vendors)
        case .vendorKind:
            let kindGroups = VendorKind.allCases.map { Int32(add(.vendorKind($0), $0.rawValue)) }
            setNodeLookup(ledger.vendors.kinds.map { kindGroups[VendorKind.allCases.firstIndex(of: $0)!] }, column: ledger.lineItems.vendors)
        case .lineItemKind:
            lookup = LineItemKind.allCases.map { Int32(add(.lineItemKind($0), $0.name)) }
            key = .kinds
            _ = add(.none, "—")
        case .time(let bucket):
            addPeriods(bucket, days: days, calendar: ledger.calendar)
        }
    }

    /// The number of groups.
    var count: Int { keys.count }

    /// Tallies per group: rows take turns over several when groups are few, so that rows of
    /// the same group in a row (common: ledgers list an agency's items together) do not wait
    /// for each other's update of the same tally.
    var lanes: Int { count <= 512 ? 4 : 1 }

    /// Looks rows up by a column of codes through `groupOfCode` (-1: no group), adding the group
    /// of rows with no value.
    private mutating func setNodeLookup(_ groupOfCode: [Int32], column: [Int32]) {
        let none = Int32(add(.none, "—"))
        lookup = [none] + groupOfCode.map { $0 < 0 ? none : $0 }
        key = .codes(column)
    }

    /// One group per period of `bucket` overlapping `days`, looked up by day.
    private mutating func addPeriods(_ bucket: TimeBucket, days: ClosedRange<Int32>?, calendar: FiscalCalendar) {
        defer { _ = add(.none, "—") }
        guard let days else { return }
        var period = Period(bucket, containing: CivilDate(dayNumber: days.lowerBound), calendar: calendar)
        lookup.reserveCapacity(days.count)
        while period.start.dayNumber <= days.upperBound {
            let group = Int32(add(.period(period), period.description))
            let count = Int(min(period.end.dayNumber, days.upperBound) - max(period.start.dayNumber, days.lowerBound)) + 1
            lookup.append(contentsOf: repeatElement(group, count: count))
            period = period.next(calendar: calendar)
        }
        key = .days(first: days.lowerBound)
    }

    private mutating func add(_ key: ReportKey, _ label: String) -> Int {
        keys.append(key)
        labels.append(label)
        order.append(keys.count - 1)
        return keys.count - 1
    }

    /// Adds each row of `rows` to its group's tally, `tallies[group × lanes + lane]`.
    func tally(_ rows: UnsafeBufferPointer<Int32>, items: LineItemColumns, into tallies: UnsafeMutablePointer<Tally>) {
        items.amounts.withUnsafeBufferPointer { amounts in
            lookup.withUnsafeBufferPointer { lookup in
                switch key {
                case .codes(let column):
                    Self.tally(rows, column, base: -1, lookup: lookup, lanes: lanes, amounts: amounts, into: tallies)
                case .days(let first):
                    Self.tally(rows, items.dates, base: first, lookup: lookup, lanes: lanes, amounts: amounts, into: tallies)
                case .kinds:
                    let lanes = lanes
                    items.kinds.withUnsafeBufferPointer { kinds in
                        for (index, row) in rows.enumerated() {
                            tallies[Int(lookup[Int(kinds[Int(row)].rawValue)]) &* lanes &+ index & (lanes &- 1)].add(amounts[Int(row)])
                        }
                    }
                }
            }
        }
    }

    /// Adds each row to a tally of the group `lookup[column[row] − base]`.
    private static func tally(
        _ rows: UnsafeBufferPointer<Int32>, _ column: [Int32], base: Int32, lookup: UnsafeBufferPointer<Int32>,
        lanes: Int, amounts: UnsafeBufferPointer<Int64>, into tallies: UnsafeMutablePointer<Tally>
    ) {
        column.withUnsafeBufferPointer { column in
            for (index, row) in rows.enumerated() {
                tallies[Int(lookup[Int(column[Int(row)] &- base)]) &* lanes &+ index & (lanes &- 1)].add(amounts[Int(row)])
            }
        }
    }

    /// The report of `tallies` (`lanes` per group): the non-empty groups in display order and the total.
    func report(_ grouping: Grouping, tallies: [Tally]) -> Report {
        let groupMeasures = (0..<count).map { group in
            tallies[(group * lanes)..<((group + 1) * lanes)].reduce(into: Measures()) { $0.merge($1.measures) }
        }
        var total = Measures()
        for measures in groupMeasures { total.merge(measures) }
        var rows: [ReportRow] = []
        for group in order where groupMeasures[group].count > 0 {
            let measures = groupMeasures[group]
            let share = total.sum == 0 ? 0 : Double(measures.sum) / Double(total.sum)
            rows.append(ReportRow(key: keys[group], label: labels[group], measures: measures, share: share))
        }
        return Report(grouping: grouping, rows: rows, total: total)
    }
}

/// A group's running sum, count, minimum and maximum.
struct Tally {
    var sum: Int64 = 0
    var count = 0
    var minimum = Int64.max
    var maximum = Int64.min

    @inline(__always)
    mutating func add(_ amount: Int64) {
        sum &+= amount
        count &+= 1
        minimum = min(minimum, amount)
        maximum = max(maximum, amount)
    }

    /// Adds `other`'s rows to this tally.
    mutating func merge(_ other: Tally) {
        sum &+= other.sum
        count += other.count
        minimum = min(minimum, other.minimum)
        maximum = max(maximum, other.maximum)
    }

    /// The tally as measures (0 for the minimum and maximum of an empty group).
    var measures: Measures {
        count == 0 ? Measures() : Measures(sum: sum, count: count, minimum: minimum, maximum: maximum)
    }
}
