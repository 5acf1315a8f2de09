import LedgerKit

/// The dense groups of a grouping, the lookup that assigns a row to one, and the tallies.
///
/// Two phases, as in Arrow and Polars: a dense group id per row from a lookup table indexed by
/// code (a node, a vendor) or by day (for periods), then a tally in an array indexed by group.
/// Group ids follow the display order, the last being the group of rows with no value; a
/// group's key and label are made only for the rows of the report (a ledger may have tens of
/// thousands of vendors, and a report on one agency names a few).
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

    /// What the groups are, in display order (the group with no value follows them).
    private enum Groups {
        /// Classification nodes.
        case nodes(ClassificationKind, [Int32])
        /// Every vendor, by name.
        case vendors
        case vendorKinds
        case lineItemKinds
        case periods([Period])
    }

    private let ledger: Ledger
    private let vendorsByName: [Int32]
    private var groups = Groups.vendors
    /// The number of groups, the group with no value included.
    private(set) var count = 0
    private var key = Key.kinds
    private var lookup: [Int32] = []

    /// The groups of `grouping`; periods cover the days `days` (rows on other days must not be tallied).
    init(store: LedgerStore, grouping: Grouping, days: ClosedRange<Int32>?) {
        ledger = store.ledger
        vendorsByName = store.vendorsByName
        switch grouping {
        case .classification(let kind, let depth):
            let index = store.hierarchy(kind)
            var nodes: [Int32] = []
            var groupOfNode = [Int32](repeating: -1, count: index.count)
            for node in index.preorder {
                let ancestor = index.ancestor(of: node, atDepth: depth)
                if groupOfNode[Int(ancestor)] < 0 {
                    groupOfNode[Int(ancestor)] = Int32(nodes.count)
                    nodes.append(ancestor)
                }
                groupOfNode[Int(node)] = groupOfNode[Int(ancestor)]
            }
            setCodeLookup(.nodes(kind, nodes), nodes.count, groupOfNode, column: store.column(kind))
        case .children(let parent, let kind):
            let index = store.hierarchy(kind)
            let nodes = [parent] + index.children[Int(parent)]
            var groupOfNode = [Int32](repeating: -1, count: index.count)
            groupOfNode[Int(parent)] = 0
            for (group, child) in nodes.enumerated().dropFirst() {
                for node in index.subtree(of: child) { groupOfNode[Int(node)] = Int32(group) }
            }
            setCodeLookup(.nodes(kind, nodes), nodes.count, groupOfNode, column: store.column(kind))
        case .vendor:
            var groupOfVendor = [Int32](repeating: -1, count: ledger.vendors.count)
            for (group, vendor) in vendorsByName.enumerated() { groupOfVendor[Int(vendor)] = Int32(group) }
            setCodeLookup(.vendors, groupOfVendor.count, groupOfVendor, column: ledger.lineItems.vendors)
        case .vendorKind:
            let groupOfVendor = ledger.vendors.kinds.map { Int32(VendorKind.allCases.firstIndex(of: $0)!) }
            setCodeLookup(.vendorKinds, VendorKind.allCases.count, groupOfVendor, column: ledger.lineItems.vendors)
        case .lineItemKind:
            groups = .lineItemKinds
            count = LineItemKind.allCases.count + 1
            lookup = (0..<Int32(LineItemKind.allCases.count)).map { $0 }
            key = .kinds
        case .time(let bucket):
            addPeriods(bucket, days: days, calendar: ledger.calendar)
        }
    }

    /// Tallies per group: rows take turns over several when groups are few, so that rows of
    /// the same group in a row (common: ledgers list an agency's items together) do not wait
    /// for each other's update of the same tally.
    var lanes: Int { count <= 2048 ? 4 : 1 }

    /// Looks rows up by a column of codes through `groupOfCode` (-1: no group) into `groupCount`
    /// groups, plus the group of rows with no value.
    private mutating func setCodeLookup(_ groups: Groups, _ groupCount: Int, _ groupOfCode: [Int32], column: [Int32]) {
        self.groups = groups
        count = groupCount + 1
        let none = Int32(groupCount)
        lookup = [none] + groupOfCode.map { $0 < 0 ? none : $0 }
        key = .codes(column)
    }

    /// One group per period of `bucket` overlapping `days`, looked up by day.
    private mutating func addPeriods(_ bucket: TimeBucket, days: ClosedRange<Int32>?, calendar: FiscalCalendar) {
        var periods: [Period] = []
        if let days {
            var period = Period(bucket, containing: CivilDate(dayNumber: days.lowerBound), calendar: calendar)
            lookup.reserveCapacity(days.count)
            while period.start.dayNumber <= days.upperBound {
                let count = Int(min(period.end.dayNumber, days.upperBound) - max(period.start.dayNumber, days.lowerBound)) + 1
                lookup.append(contentsOf: repeatElement(Int32(periods.count), count: count))
                periods.append(period)
                period = period.next(calendar: calendar)
            }
            key = .days(first: days.lowerBound)
        }
        groups = .periods(periods)
        count = periods.count + 1
    }

    /// The key and label of group `group`.
    private func describe(_ group: Int) -> (key: ReportKey, label: String) {
        if group == count - 1 { return (.none, "—") }
        switch groups {
        case .nodes(let kind, let nodes): return (.node(kind, nodes[group]), ledger.classification(kind).names[Int(nodes[group])])
        case .vendors: return (.vendor(vendorsByName[group]), ledger.vendors.names[Int(vendorsByName[group])])
        case .vendorKinds: return (.vendorKind(VendorKind.allCases[group]), VendorKind.allCases[group].rawValue)
        case .lineItemKinds: return (.lineItemKind(LineItemKind.allCases[group]), LineItemKind.allCases[group].name)
        case .periods(let periods): return (.period(periods[group]), periods[group].description)
        }
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
        var total = Tally()
        var filled: [(group: Int, tally: Tally)] = []
        for group in 0..<count {
            var tally = Tally()
            for lane in 0..<lanes { tally.merge(tallies[group * lanes + lane]) }
            guard tally.count > 0 else { continue }
            total.merge(tally)
            filled.append((group, tally))
        }
        let rows = filled.map { group, tally in
            let (key, label) = describe(group)
            let share = total.sum == 0 ? 0 : Double(tally.sum) / Double(total.sum)
            return ReportRow(key: key, label: label, measures: tally.measures, share: share)
        }
        return Report(grouping: grouping, rows: rows, total: total.measures)
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
