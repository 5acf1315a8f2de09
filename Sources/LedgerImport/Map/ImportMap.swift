import LedgerKit

/// A column map: how CSV files become one ledger (docs/import.md).
///
/// It gives the ledger's publisher and one table description per kind of file: which files it
/// applies to, which kind of record each row is, and where each field of the record comes from.
public struct ImportMap: Sendable, Equatable {
    /// The ledger's publisher (currency, fiscal calendar, as-of date…).
    public var publisher: Publisher
    /// Cell values that mean "no value" in every column (`#Missing`, `n/a`…).
    public var missing: [String]
    /// The tables; a file is read by the first table whose `files` pattern matches its name.
    public var tables: [ImportTable]

    /// Creates a map.
    public init(publisher: Publisher, missing: [String] = [], tables: [ImportTable]) {
        self.publisher = publisher
        self.missing = missing
        self.tables = tables
    }
}

/// One kind of file: a pattern for its name and how its rows become records.
public struct ImportTable: Sendable, Equatable {
    /// A regular expression searched in the file's name (not its folder); `nil` matches every file.
    /// Its named groups (`(?<year>[0-9]{4})`) may be used in templates.
    public var files: String?
    /// What each row holds.
    public var records: RecordFields

    /// Creates a table.
    public init(files: String? = nil, records: RecordFields) {
        self.files = files
        self.records = records
    }
}

/// Which kind of record the rows of a table are, with the spec of each field.
public enum RecordFields: Sendable, Equatable {
    /// Each row is a line item.
    case lineItems(LineItemFields)
    /// Each row gives budget lines, one per amount column that has a value.
    case budgetLines(BudgetLineFields)
    /// Each row gives a KPI's definition and an observation and target for one period.
    case kpis(KPIFields)

    /// The key of the map file that names this kind: `lineItems`, `budgetLines` or `kpis`.
    public var name: String {
        switch self {
        case .lineItems: "lineItems"
        case .budgetLines: "budgetLines"
        case .kpis: "kpis"
        }
    }
}

/// The classifications of a record: a list of levels per classification.
public struct ClassificationFields: Sendable, Equatable {
    /// Organisation levels, from the top (agency › program).
    public var organisation: [LevelSpec]
    /// Economic category levels.
    public var category: [LevelSpec]
    /// Fund levels.
    public var fund: [LevelSpec]
    /// Function levels (optional classification).
    public var function: [LevelSpec]
    /// Region levels (optional classification).
    public var region: [LevelSpec]

    /// Creates the classification fields.
    public init(
        organisation: [LevelSpec], category: [LevelSpec] = [], fund: [LevelSpec] = [], function: [LevelSpec] = [],
        region: [LevelSpec] = []
    ) {
        self.organisation = organisation
        self.category = category
        self.fund = fund
        self.function = function
        self.region = region
    }
}

/// The fields of a line item.
public struct LineItemFields: Sendable, Equatable {
    /// The id; `nil` makes `FILE:LINE` (file name without extension).
    public var id: FieldSpec?
    /// The date and its fallback.
    public var date: DateSpec
    /// Organisation, category, fund, function, region.
    public var classifications: ClassificationFields
    /// The vendor's id (`nil`: numbered in order of first appearance, keyed by name), name and kind.
    public var vendorID: FieldSpec?
    /// The vendor's name.
    public var vendorName: FieldSpec
    /// The vendor's kind: business, individual, government or non-profit.
    public var vendorKind: FieldSpec
    /// Whether vendor names (or ids) that differ only in case are one vendor, named as first seen.
    public var vendorsIgnoringCase: Bool
    /// The line item's kind.
    public var kind: FieldSpec
    /// The kind of a line item with a negative amount (`refund`), overriding `kind`.
    public var negativeKind: String?
    /// The amount.
    public var amount: AmountSpec
    /// Free text.
    public var description: FieldSpec?
    /// The invoice or order number.
    public var reference: FieldSpec?
    /// The budget line charged.
    public var budgetLine: FieldSpec?

    /// Creates line-item fields.
    public init(
        id: FieldSpec? = nil, date: DateSpec, classifications: ClassificationFields, vendorID: FieldSpec? = nil,
        vendorName: FieldSpec, vendorKind: FieldSpec, vendorsIgnoringCase: Bool = false, kind: FieldSpec, negativeKind: String? = nil, amount: AmountSpec,
        description: FieldSpec? = nil, reference: FieldSpec? = nil, budgetLine: FieldSpec? = nil
    ) {
        self.id = id
        self.date = date
        self.classifications = classifications
        self.vendorID = vendorID
        self.vendorName = vendorName
        self.vendorKind = vendorKind
        self.vendorsIgnoringCase = vendorsIgnoringCase
        self.kind = kind
        self.negativeKind = negativeKind
        self.amount = amount
        self.description = description
        self.reference = reference
        self.budgetLine = budgetLine
    }
}

/// One amount column of a budget table, with the fiscal year and phase its amounts belong to.
public struct BudgetAmountFields: Sendable, Equatable {
    /// The amount; a cell without a value makes no budget line.
    public var amount: AmountSpec
    /// The fiscal year's name, e.g. a constant `"2025"` or a column.
    public var fiscalYear: FieldSpec
    /// `proposed`, `adopted`, `revised` or `executed`.
    public var phase: FieldSpec

    /// Creates a budget amount column.
    public init(amount: AmountSpec, fiscalYear: FieldSpec, phase: FieldSpec) {
        self.amount = amount
        self.fiscalYear = fiscalYear
        self.phase = phase
    }
}

/// The fields of budget lines.
public struct BudgetLineFields: Sendable, Equatable {
    /// The id; `nil` makes `FILE:LINE`; a row's second and later amounts add `:2`, `:3`….
    public var id: FieldSpec?
    /// Organisation, category, fund, function, region.
    public var classifications: ClassificationFields
    /// The amounts of a row.
    public var amounts: [BudgetAmountFields]
    /// Free text.
    public var description: FieldSpec?

    /// Creates budget-line fields.
    public init(id: FieldSpec? = nil, classifications: ClassificationFields, amounts: [BudgetAmountFields], description: FieldSpec? = nil) {
        self.id = id
        self.classifications = classifications
        self.amounts = amounts
        self.description = description
    }
}

/// The fields of KPI rows: a KPI's definition (taken from its first row) and one period's values.
public struct KPIFields: Sendable, Equatable {
    /// The KPI's id.
    public var id: FieldSpec
    /// Its name.
    public var name: FieldSpec
    /// The organisation accountable.
    public var organisation: [LevelSpec]
    /// The unit shown after values.
    public var unit: FieldSpec
    /// `higher` or `lower`.
    public var direction: FieldSpec
    /// `monthly`, `quarterly` or `annual`.
    public var frequency: FieldSpec
    /// How it is measured.
    public var description: FieldSpec?
    /// The date whose month, fiscal quarter or fiscal year (by `frequency`) is the row's period.
    public var period: DateSpec
    /// The value observed in the period; none means no observation.
    public var observation: FieldSpec?
    /// The target for the period; none means no target.
    public var target: FieldSpec?

    /// Creates KPI fields.
    public init(
        id: FieldSpec, name: FieldSpec, organisation: [LevelSpec], unit: FieldSpec, direction: FieldSpec,
        frequency: FieldSpec, description: FieldSpec? = nil, period: DateSpec, observation: FieldSpec? = nil,
        target: FieldSpec? = nil
    ) {
        self.id = id
        self.name = name
        self.organisation = organisation
        self.unit = unit
        self.direction = direction
        self.frequency = frequency
        self.description = description
        self.period = period
        self.observation = observation
        self.target = target
    }
}
