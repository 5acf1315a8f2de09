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
    /// - Complexity: O(rows) with a few table lookups per row, plus O(nodes + vendors) to build
    ///   the lookup tables; text search adds a scan of the texts of the rows that pass the rest.
    public func select(_ filter: LineItemFilter) -> RowSelection {
        let items = ledger.lineItems
        let masks = ClassificationMasks(store: self, filter: filter)
        let vendorMask = vendorMask(for: filter)
        var kindMask: UInt8 = 0
        for kind in filter.kinds { kindMask |= 1 << kind.rawValue }
        let dayRange = filter.dates.map { $0.lowerBound.dayNumber...$0.upperBound.dayNumber } ?? Int32.min...Int32.max
        let amountRange = filter.amounts ?? Int64.min...Int64.max
        let search = filter.text.flatMap { TextSearch($0) }
        var rows: [Int32] = []
        rows.reserveCapacity(items.count / 4)
        items.kinds.withUnsafeBufferPointer { kinds in
            items.dates.withUnsafeBufferPointer { dates in
                items.amounts.withUnsafeBufferPointer { amounts in
                    items.vendors.withUnsafeBufferPointer { vendors in
                        for row in 0..<items.count {
                            guard kindMask & (1 << kinds[row].rawValue) != 0,
                                dayRange.contains(dates[row]), amountRange.contains(amounts[row]),
                                masks.accepts(row), vendorMask?[Int(vendors[row])] ?? true
                            else { continue }
                            rows.append(Int32(row))
                        }
                    }
                }
            }
        }
        if let search { rows = rows.filter { search.matches(row: Int($0), in: self) } }
        return RowSelection(rows: rows)
    }

    /// Per-vendor pass/fail for the vendor and vendor-kind conditions, or `nil` when there are none.
    private func vendorMask(for filter: LineItemFilter) -> [Bool]? {
        guard filter.vendor != nil || filter.vendorKinds != nil else { return nil }
        let vendors = ledger.vendors
        return (0..<vendors.count).map { vendor in
            (filter.vendor.map { $0 == Int32(vendor) } ?? true)
                && (filter.vendorKinds.map { $0.contains(vendors.kinds[vendor]) } ?? true)
        }
    }
}

/// Per-node masks for the hierarchy conditions of a filter.
private struct ClassificationMasks {
    var checks: [(column: [Int32], mask: [Bool])] = []

    init(store: LedgerStore, filter: LineItemFilter) {
        let conditions: [(ClassificationKind, Int32?)] = [
            (.organisation, filter.organisation), (.category, filter.category), (.fund, filter.fund),
            (.function, filter.function), (.region, filter.region),
        ]
        for case (let kind, let node?) in conditions {
            checks.append((store.column(kind), store.hierarchy(kind).subtreeMask(of: node)))
        }
    }

    @inline(__always)
    func accepts(_ row: Int) -> Bool {
        for check in checks {
            let node = check.column[row]
            if node < 0 || !check.mask[Int(node)] { return false }
        }
        return true
    }
}
