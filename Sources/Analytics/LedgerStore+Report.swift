import LedgerKit

extension LedgerStore {
    /// Groups the line items that pass `filter` and measures each group.
    public func report(_ filter: LineItemFilter, groupedBy grouping: Grouping) -> Report {
        report(select(filter), groupedBy: grouping)
    }

    /// Groups `selection` and measures each group.
    ///
    /// Two phases, as in Arrow and Polars: a dense group id per row from a lookup table indexed
    /// by code (or by day for periods), then one aggregation pass into an array of measures.
    ///
    /// - Complexity: O(selected rows + groups).
    public func report(_ selection: RowSelection, groupedBy grouping: Grouping) -> Report {
        let groups = GroupTable(store: self, grouping: grouping, selection: selection)
        var measures = [Measures](repeating: Measures(), count: groups.keys.count)
        var total = Measures()
        let items = ledger.lineItems
        items.amounts.withUnsafeBufferPointer { amounts in
            for row in selection.rows {
                let amount = amounts[Int(row)]
                total.add(amount)
                measures[groups.group(of: Int(row))].add(amount)
            }
        }
        var rows: [ReportRow] = []
        for group in groups.order where measures[group].count > 0 {
            let share = total.sum == 0 ? 0 : Double(measures[group].sum) / Double(total.sum)
            rows.append(ReportRow(key: groups.keys[group], label: groups.labels[group], measures: measures[group], share: share))
        }
        return Report(grouping: grouping, rows: rows, total: total)
    }
}

/// The dense groups of a grouping and the lookup that assigns a row to one.
private struct GroupTable {
    var keys: [ReportKey] = []
    var labels: [String] = []
    /// Group ids in display order.
    var order: [Int] = []
    private var lookup: [Int32] = []
    private var lookupColumn: [Int32] = []
    private var lookupOffset: Int32 = 0
    private var noneGroup = 0

    init(store: LedgerStore, grouping: Grouping, selection: RowSelection) {
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
            lookup = groupOfNode
            lookupColumn = store.column(kind)
        case .children(let parent, let kind):
            let index = store.hierarchy(kind)
            var groupOfNode = [Int32](repeating: -1, count: index.count)
            groupOfNode[Int(parent)] = Int32(add(.node(kind, parent), index.classification.names[Int(parent)]))
            for child in index.children[Int(parent)] {
                let group = Int32(add(.node(kind, child), index.classification.names[Int(child)]))
                for node in index.subtree(of: child) { groupOfNode[Int(node)] = group }
            }
            lookup = groupOfNode
            lookupColumn = store.column(kind)
        case .vendor:
            for vendor in 0..<ledger.vendors.count { _ = add(.vendor(Int32(vendor)), ledger.vendors.names[vendor]) }
            lookup = Array(0..<Int32(ledger.vendors.count))
            lookupColumn = ledger.lineItems.vendors
            order.sort { labels[$0] < labels[$1] }
        case .vendorKind:
            let kindGroups = VendorKind.allCases.map { Int32(add(.vendorKind($0), $0.rawValue)) }
            lookup = ledger.vendors.kinds.map { kindGroups[VendorKind.allCases.firstIndex(of: $0)!] }
            lookupColumn = ledger.lineItems.vendors
        case .lineItemKind:
            let kindGroups = LineItemKind.allCases.map { Int32(add(.lineItemKind($0), $0.name)) }
            lookup = kindGroups
            lookupColumn = ledger.lineItems.kinds.map { Int32($0.rawValue) }
        case .time(let bucket):
            buildPeriods(bucket, store: store, selection: selection)
        }
        noneGroup = add(.none, "—")
    }

    /// Maps each day between the first and last selected date to its period's group.
    private mutating func buildPeriods(_ bucket: TimeBucket, store: LedgerStore, selection: RowSelection) {
        let dates = store.ledger.lineItems.dates
        guard let firstRow = selection.rows.first else { return }
        var first = dates[Int(firstRow)]
        var last = first
        for row in selection.rows {
            first = min(first, dates[Int(row)])
            last = max(last, dates[Int(row)])
        }
        let calendar = store.ledger.calendar
        var period = Period(bucket, containing: CivilDate(dayNumber: first), calendar: calendar)
        lookup = []
        lookup.reserveCapacity(Int(last - first) + 1)
        while period.start.dayNumber <= last {
            let group = Int32(add(.period(period), period.description))
            let days = Int(min(period.end.dayNumber, last) - max(period.start.dayNumber, first)) + 1
            lookup.append(contentsOf: repeatElement(group, count: days))
            period = period.next(calendar: calendar)
        }
        lookupColumn = dates
        lookupOffset = first
    }

    private mutating func add(_ key: ReportKey, _ label: String) -> Int {
        keys.append(key)
        labels.append(label)
        order.append(keys.count - 1)
        return keys.count - 1
    }

    /// The group of line item `row`: its code's group, or the group of rows without a value.
    @inline(__always)
    func group(of row: Int) -> Int {
        let code = lookupColumn[row]
        if code >= 0 {
            let group = lookup[Int(code - lookupOffset)]
            if group >= 0 { return Int(group) }
        }
        return noneGroup
    }
}
