/// An input file of a ledger, as loaded.
public struct LedgerFile: Sendable, Hashable {
    /// The path as the user reached it (relative paths stay relative).
    public let path: String
    /// The file's size in bytes.
    public let byteCount: Int

    /// Creates a file description.
    public init(path: String, byteCount: Int) {
        self.path = path
        self.byteCount = byteCount
    }
}

/// A loaded ledger: the publisher's budgets, line items and KPIs, merged from all its files.
public struct Ledger: Sendable {
    /// Who publishes it; `nil` only when the ledger has the error of lacking a publisher.
    public internal(set) var publisher: Publisher?
    /// The files it was loaded from, in load order.
    public internal(set) var files: [LedgerFile] = []
    /// The classification hierarchies, keyed by kind (present even when empty).
    public internal(set) var classifications: [ClassificationKind: Classification] = Dictionary(
        uniqueKeysWithValues: ClassificationKind.allCases.map { ($0, Classification(kind: $0)) })
    /// The vendors.
    public internal(set) var vendors = VendorTable()
    /// The budget lines.
    public internal(set) var budgetLines: [BudgetLine] = []
    /// The line items, column by column.
    public internal(set) var lineItems = LineItemColumns()
    /// The KPIs.
    public internal(set) var kpis: [KPI] = []

    /// Creates an empty ledger.
    public init() {}

    /// The classification of `kind`.
    public func classification(_ kind: ClassificationKind) -> Classification {
        classifications[kind] ?? Classification(kind: kind)
    }

    /// The ledger's currency; USD when the publisher is missing (the ledger then has errors).
    public var currency: Currency { publisher?.currency ?? Currency(code: "USD")! }

    /// The fiscal calendar; the calendar year when the publisher is missing.
    public var calendar: FiscalCalendar { publisher?.calendar ?? .calendarYear }

    /// The fiscal years that have budget lines or line items, ascending.
    public var fiscalYears: [Int] {
        var years = Set(budgetLines.map(\.fiscalYear))
        let calendar = calendar
        var seen = Set<Int32>()
        for day in lineItems.dates where seen.insert(day).inserted {
            years.insert(calendar.fiscalYear(containing: CivilDate(dayNumber: day)))
        }
        return years.sorted()
    }

    /// Total size of the input files in bytes.
    public var byteCount: Int { files.reduce(0) { $0 + $1.byteCount } }
}
