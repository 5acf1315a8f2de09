/// What a line item records.
public enum LineItemKind: UInt8, CaseIterable, Sendable {
    /// A commitment of funds (purchase order, contract award); negative for a de-obligation.
    case obligation
    /// Money paid out.
    case payment
    /// Money returned; always negative.
    case refund
    /// A correction of either sign.
    case adjustment

    /// The name used in ledgers.
    public var name: String {
        switch self {
        case .obligation: "obligation"
        case .payment: "payment"
        case .refund: "refund"
        case .adjustment: "adjustment"
        }
    }
}

/// The line items of a ledger, stored column by column.
///
/// Dimensions are dense `Int32` handles into the ledger's classifications, vendor table and
/// budget lines (-1 when absent); dates are day numbers; amounts are minor units; texts live in
/// arenas. The loader appends to these columns directly, with no intermediate array of structs.
public struct LineItemColumns: Sendable {
    /// Line-item ids as published, front coded (ids usually count up).
    public internal(set) var ids = FrontCodedTextColumn()
    /// Dates as day numbers (see `CivilDate`).
    public internal(set) var dates: [Int32] = []
    /// Organisation node indices.
    public internal(set) var organisations: [Int32] = []
    /// Category node indices.
    public internal(set) var categories: [Int32] = []
    /// Fund node indices.
    public internal(set) var funds: [Int32] = []
    /// Function node indices, or -1 (often absent, so stored narrowly).
    public internal(set) var functions = OptionalCodeColumn()
    /// Region node indices, or -1 (often absent, so stored narrowly).
    public internal(set) var regions = OptionalCodeColumn()
    /// Vendor indices.
    public internal(set) var vendors: [Int32] = []
    /// Budget line indices, or -1.
    public internal(set) var budgetLines: [Int32] = []
    /// Line-item kinds.
    public internal(set) var kinds: [LineItemKind] = []
    /// Amounts in minor units.
    public internal(set) var amounts: [Int64] = []
    /// Whether the date was estimated (filled in from a fallback).
    public internal(set) var dateEstimated = BitColumn()
    /// Descriptions, dictionary-encoded (they repeat a lot).
    public internal(set) var descriptions = DictionaryTextColumn()
    /// References (invoice or purchase-order numbers), front coded; empty when absent.
    public internal(set) var references = FrontCodedTextColumn()
    /// Where each line item is defined.
    public internal(set) var sources = RecordSourceColumn()

    /// Creates empty columns.
    public init() {}

    /// The number of line items.
    public var count: Int { amounts.count }

    /// The date of line item `row`.
    public func date(_ row: Int) -> CivilDate { CivilDate(dayNumber: dates[row]) }

    /// The line items at `rows`, in that order.
    func selecting(_ rows: [Int]) -> LineItemColumns {
        var columns = LineItemColumns()
        columns.descriptions = descriptions.selecting(rows)
        columns.references = references.selecting(rows)
        columns.dates = rows.map { dates[$0] }
        columns.organisations = rows.map { organisations[$0] }
        columns.categories = rows.map { categories[$0] }
        columns.funds = rows.map { funds[$0] }
        columns.functions.append(contentsOf: rows.lazy.map { functions[$0] })
        columns.regions.append(contentsOf: rows.lazy.map { regions[$0] })
        columns.vendors = rows.map { vendors[$0] }
        columns.budgetLines = rows.map { budgetLines[$0] }
        columns.kinds = rows.map { kinds[$0] }
        columns.amounts = rows.map { amounts[$0] }
        for row in rows {
            columns.dateEstimated.append(dateEstimated[row])
            columns.sources.append(sources[row])
        }
        return columns
    }

    /// Reserves room for about `count` more line items; `sample` gives the average text sizes.
    mutating func reserve(_ count: Int, like sample: LineItemColumns) {
        let rows = max(1, sample.count)
        dates.reserveCapacity(dates.count + count)
        organisations.reserveCapacity(organisations.count + count)
        categories.reserveCapacity(categories.count + count)
        funds.reserveCapacity(funds.count + count)
        functions.reserveCapacity(functions.count + count)
        regions.reserveCapacity(regions.count + count)
        vendors.reserveCapacity(vendors.count + count)
        budgetLines.reserveCapacity(budgetLines.count + count)
        kinds.reserveCapacity(kinds.count + count)
        amounts.reserveCapacity(amounts.count + count)
        dateEstimated.reserveCapacity(dateEstimated.count + count)
        sources.reserveCapacity(sources.count + count)
        descriptions.reserve(count)
        references.reserve(count, averageBytes: sample.references.byteCount / rows + 1)
    }
}
