import LedgerKit

extension LedgerStore {
    /// Groups the line items that pass `filter` and measures each group.
    ///
    /// Each chunk of selected rows is tallied as soon as the filter delivers it, so the rows
    /// are never collected; a large scan's parts are tallied apart on the cores and added up.
    ///
    /// - Complexity: as `select(_:)`, plus O(groups), with one lookup per selected row.
    public func report(_ filter: LineItemFilter, groupedBy grouping: Grouping) -> Report {
        let days = filter.dates.map { $0.lowerBound.dayNumber...$0.upperBound.dayNumber }
        let groups = GroupTable(store: self, grouping: grouping, days: blocks.days.flatMap { all in
            guard let days else { return all }
            return all.overlaps(days) ? all.clamped(to: days) : nil
        })
        let scan = RowScan(filter, store: self)
        return tally(groups, grouping, parts: scan.partCount) { part, tally in scan.forEachChunk(inPart: part, tally) }
    }

    /// Groups `selection` and measures each group.
    ///
    /// - Complexity: O(selected rows + groups).
    public func report(_ selection: RowSelection, groupedBy grouping: Grouping) -> Report {
        let groups = GroupTable(store: self, grouping: grouping, days: blocks.days)
        return tally(groups, grouping, parts: 1) { _, tally in selection.rows.withUnsafeBufferPointer(tally) }
    }

    /// The report of the rows that `rows(part, tally)` delivers to `tally`, a chunk at a time,
    /// for each part in `0..<parts`; parts are tallied apart, possibly at the same time, then added up.
    private func tally(
        _ groups: GroupTable, _ grouping: Grouping, parts: Int,
        rows: (Int, (UnsafeBufferPointer<Int32>) -> Void) -> Void
    ) -> Report {
        let stride = groups.count * groups.lanes
        var tallies = [Tally](repeating: Tally(), count: stride * parts)
        let items = ledger.lineItems
        tallies.withUnsafeMutableBufferPointer { tallies in
            let tallies = tallies.baseAddress!
            forEachPart(parts) { part in
                rows(part) { chunk in groups.tally(chunk, items: items, into: tallies + part * stride) }
            }
        }
        for part in 1..<parts {
            for index in 0..<stride { tallies[index].merge(tallies[part * stride + index]) }
        }
        return groups.report(grouping, tallies: Array(tallies[0..<stride]))
    }
}
