import LedgerKit

/// The rows a filter selects: ascending line-item row indices.
public struct RowSelection: Sendable, Equatable {
    /// Selected rows, ascending.
    public let rows: [Int32]

    /// The number of selected rows.
    public var count: Int { rows.count }
}

extension LedgerStore {
    /// The line items that pass `filter`.
    ///
    /// Rows come from the organisation index when the filter names a small subtree, otherwise
    /// from a scan of the blocks whose zone maps do not rule out the date, amount and kind
    /// conditions; each chunk of candidates is then narrowed by the remaining conditions (see
    /// `RowScan` and `RowTests`).
    ///
    /// - Complexity: O(candidate rows), with a few table lookups per row, plus O(nodes + vendors)
    ///   for the lookup tables; text search adds O(vendors + distinct descriptions) and a search
    ///   of the ids and references of the few candidates their Bloom filters let through.
    public func select(_ filter: LineItemFilter) -> RowSelection {
        let scan = RowScan(filter, store: self)
        let rows = [Int32](unsafeUninitializedCapacity: scan.bound) { rows, initialized in
            initialized = rows.baseAddress.map(scan.collect) ?? 0
        }
        return RowSelection(rows: rows)
    }
}

extension LedgerStore {
    /// Count, sum, smallest and largest amount of the line items of `selection`: the totals a
    /// line-item panel shows above its list. A large selection is cut into parts the cores share.
    ///
    /// - Complexity: O(selected rows).
    public func measures(of selection: RowSelection) -> Measures {
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
