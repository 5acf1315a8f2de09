import LedgerKit

extension LedgerStore {
    /// Groups the line items that pass `filter` and measures each group.
    ///
    /// Each chunk of selected rows is tallied as soon as the filter delivers it, so the rows
    /// are never collected.
    ///
    /// - Complexity: as `select(_:)`, plus O(groups), with one lookup per selected row.
    public func report(_ filter: LineItemFilter, groupedBy grouping: Grouping) -> Report {
        let days = filter.dates.map { $0.lowerBound.dayNumber...$0.upperBound.dayNumber }
        let groups = GroupTable(store: self, grouping: grouping, days: blocks.days.flatMap { all in
            guard let days else { return all }
            return all.overlaps(days) ? all.clamped(to: days) : nil
        })
        let scan = RowScan(filter, store: self)
        return tally(groups, grouping) { tally in scan.forEachChunk(tally) }
    }

    /// Groups `selection` and measures each group.
    ///
    /// - Complexity: O(selected rows + groups).
    public func report(_ selection: RowSelection, groupedBy grouping: Grouping) -> Report {
        let groups = GroupTable(store: self, grouping: grouping, days: blocks.days)
        return tally(groups, grouping) { tally in selection.rows.withUnsafeBufferPointer(tally) }
    }

    /// The report of the rows that `rows` delivers, a chunk at a time, into `groups`.
    private func tally(
        _ groups: GroupTable, _ grouping: Grouping, rows: ((UnsafeBufferPointer<Int32>) -> Void) -> Void
    ) -> Report {
        var tallies = [Tally](repeating: Tally(), count: groups.count * groups.lanes)
        let items = ledger.lineItems
        tallies.withUnsafeMutableBufferPointer { tallies in
            rows { chunk in groups.tally(chunk, items: items, into: tallies.baseAddress!) }
        }
        return groups.report(grouping, tallies: tallies)
    }
}
