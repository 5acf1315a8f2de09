import LedgerKit

/// The rows a filter selects: ascending line-item row indices.
public struct RowSelection: Sendable, Equatable {
    /// Selected rows, ascending.
    public let rows: [Int32]
    /// The rows' totals when the selection was made by a scan that tallied them on the way.
    let measures: Measures?

    /// The number of selected rows.
    public var count: Int { rows.count }

    init(rows: [Int32], measures: Measures? = nil) {
        self.rows = rows
        self.measures = measures
    }

    /// Two selections are equal when they select the same rows.
    public static func == (lhs: RowSelection, rhs: RowSelection) -> Bool { lhs.rows == rhs.rows }
}

extension LedgerStore {
    /// The line items that pass `filter`.
    ///
    /// Rows come from the organisation index when the filter names a small subtree, otherwise
    /// from a scan of the blocks whose zone maps do not rule out the date, amount and kind
    /// conditions; each chunk of candidates is then narrowed by the remaining conditions (see
    /// `RowScan` and `RowTests`) and tallied, so that `measures(of:)` of the selection is free.
    ///
    /// - Complexity: O(candidate rows), with a few table lookups per row, plus O(nodes + vendors)
    ///   for the lookup tables; text search adds O(vendors + distinct descriptions) and a search
    ///   of the ids and references of the few candidates their Bloom filters let through.
    public func select(_ filter: LineItemFilter) -> RowSelection {
        let scan = RowScan(filter, store: self)
        var tally = Tally()
        let rows = [Int32](unsafeUninitializedCapacity: scan.bound) { rows, initialized in
            guard let base = rows.baseAddress else { return initialized = 0 }
            (initialized, tally) = scan.collect(into: base)
        }
        return RowSelection(rows: rows, measures: tally.measures)
    }
}

extension LedgerStore {
    /// Count, sum, smallest and largest amount of the line items of `selection`: the totals a
    /// line-item panel shows above its list. A selection made by `select(_:)` carries them
    /// already; otherwise a large selection is cut into parts the cores share.
    ///
    /// - Complexity: O(1) for a selection made by `select(_:)`, else O(selected rows).
    public func measures(of selection: RowSelection) -> Measures {
        if let measures = selection.measures { return measures }
        let parts = min(RowScan.maximumParts, max(1, selection.count / rowsPerPart))
        var tallies = [Tally](repeating: Tally(), count: parts)
        let count = selection.count
        ledger.lineItems.amounts.withUnsafeBufferPointer { amounts in
            selection.rows.withUnsafeBufferPointer { rows in
                tallies.withUnsafeMutableBufferPointer { tallies in
                    forEachPart(parts) { part in
                        var tally = Tally()
                        for row in rows[(count * part / parts)..<(count * (part + 1) / parts)] { tally.add(amounts[Int(row)]) }
                        tallies[part] = tally
                    }
                }
            }
        }
        return tallies.dropFirst().reduce(into: tallies[0]) { $0.merge($1) }.measures
    }
}
