import LedgerKit

/// A ledger made by an import, ready to be written: every section in a fixed order.
public struct ImportedLedger: Sendable, Equatable {
    /// The publisher, from the map.
    public var publisher: Publisher
    /// Classification nodes by classification (`organisation`, `category`, `fund`, `function`, `region`),
    /// in order of first use.
    public var classifications: [String: [ClassificationNodeRecord]] = [:]
    /// Vendors in order of first use.
    public var vendors: [VendorRecord] = []
    /// Line items, grouped by the source file they came from (the file name without extension), in reading order.
    public var lineItemGroups: [LineItemGroup] = []
    /// Budget lines in reading order.
    public var budgetLines: [BudgetLineRecord] = []
    /// KPIs in order of first use.
    public var kpis: [KPIRecord] = []

    /// The classification names, in the order of the ledger format.
    public static let classificationNames = ["organisation", "category", "fund", "function", "region"]

    /// Creates an empty ledger of `publisher`.
    public init(publisher: Publisher) {
        self.publisher = publisher
    }

    /// Every line item, in reading order.
    public var lineItems: [LineItemRecord] { lineItemGroups.flatMap(\.items) }
}

/// The line items of one source file.
public struct LineItemGroup: Sendable, Equatable {
    /// The source file's name without its extension; the name of its `.jsonl` file in a folder ledger.
    public var group: String
    public var items: [LineItemRecord]
}

/// A classification node.
public struct ClassificationNodeRecord: Sendable, Equatable {
    public var code: String
    public var name: String
    public var parent: String?
}

/// A vendor.
public struct VendorRecord: Sendable, Equatable {
    public var id: String
    public var name: String
    /// `business`, `individual`, `government` or `non-profit`.
    public var kind: String
}

/// A line item; amounts in minor units of the publisher's currency.
public struct LineItemRecord: Sendable, Equatable {
    public var id: String
    public var date: CivilDate
    /// The date came from the file's fallback, not from the row.
    public var dateEstimated: Bool
    /// Codes by classification name.
    public var codes: [String: String]
    public var vendor: String
    public var kind: String
    public var amount: Int64
    public var description: String?
    public var reference: String?
    public var budgetLine: String?
}

/// A budget line; amount in minor units.
public struct BudgetLineRecord: Sendable, Equatable {
    public var id: String
    public var fiscalYear: Int
    public var codes: [String: String]
    public var phase: String
    public var amount: Int64
    public var description: String?
}

/// A KPI with its targets and observations by period (values as plain decimal text).
public struct KPIRecord: Sendable, Equatable {
    public var id: String
    public var organisation: String
    public var name: String
    public var unit: String
    public var direction: String
    public var frequency: String
    public var description: String?
    /// Period → value; a later row for the same period replaces an earlier one.
    public var targets: [String: String] = [:]
    public var observations: [String: String] = [:]
}
