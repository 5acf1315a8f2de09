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
    /// The line items, in reading order.
    public var items: [LineItemRecord]
}

/// A classification node.
public struct ClassificationNodeRecord: Sendable, Equatable {
    /// The node's code, unique in its classification (`PARENT/CODE` for qualified levels).
    public var code: String
    /// The node's name.
    public var name: String
    /// The parent node's code; `nil` for a root.
    public var parent: String?
}

/// A vendor.
public struct VendorRecord: Sendable, Equatable {
    /// The vendor's id, from the map or numbered `V00001`….
    public var id: String
    /// The vendor's name.
    public var name: String
    /// `business`, `individual`, `government` or `non-profit`.
    public var kind: String
}

/// A line item; amounts in minor units of the publisher's currency.
public struct LineItemRecord: Sendable, Equatable {
    /// The line item's id, unique in the ledger.
    public var id: String
    /// The transaction date (from the row, or the file's fallback).
    public var date: CivilDate
    /// The date came from the file's fallback, not from the row.
    public var dateEstimated: Bool
    /// Codes by classification name.
    public var codes: [String: String]
    /// The vendor's id.
    public var vendor: String
    /// `obligation`, `payment`, `refund` or `adjustment`.
    public var kind: String
    /// The amount in minor units, signed as the ledger format says (refunds negative).
    public var amount: Int64
    /// Free text, when the map gives it.
    public var description: String?
    /// The invoice or order number, when the map gives it.
    public var reference: String?
    /// The budget line charged, when the map gives it.
    public var budgetLine: String?
}

/// A budget line; amount in minor units.
public struct BudgetLineRecord: Sendable, Equatable {
    /// The budget line's id, unique in the ledger.
    public var id: String
    /// The fiscal year's name, e.g. 2025.
    public var fiscalYear: Int
    /// Codes by classification name.
    public var codes: [String: String]
    /// `proposed`, `adopted`, `revised` or `executed`.
    public var phase: String
    /// The amount in minor units.
    public var amount: Int64
    /// Free text, when the map gives it.
    public var description: String?
}

/// A KPI with its targets and observations by period (values as plain decimal text).
public struct KPIRecord: Sendable, Equatable {
    /// The KPI's id, unique in the ledger.
    public var id: String
    /// The code of the organisation accountable.
    public var organisation: String
    /// The KPI's name.
    public var name: String
    /// The unit shown after values.
    public var unit: String
    /// `higher` or `lower`: which is better.
    public var direction: String
    /// `monthly`, `quarterly` or `annual`.
    public var frequency: String
    /// How it is measured, when the map gives it.
    public var description: String?
    /// Targets by period; a later row for the same period replaces an earlier one.
    public var targets: [String: String] = [:]
    /// Observations by period, likewise.
    public var observations: [String: String] = [:]
}
