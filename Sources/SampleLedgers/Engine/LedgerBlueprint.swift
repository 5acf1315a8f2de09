import LedgerKit

/// Everything needed to generate one ledger: who publishes it, its classifications, the
/// programs and how they spend, the vendors, the KPIs, and the scenario that makes the
/// numbers tell a story (over-spending programs, a lagging agency).
///
/// A blueprint is plain data; the engine (`BudgetPlan`, `SpendingPlan`, `SpendingSimulator`,
/// `KPIDocument`) turns it into files. Riverton, Aozora and the synthetic ledgers are blueprints.
struct LedgerBlueprint {
    var seed: UInt64
    var publisher: Publisher
    /// Fiscal years with budgets and line items, oldest first; the last may be partial.
    var fiscalYears: [Int]
    /// Total number of line items over all years.
    var totalLineItems: Int
    /// Line item ids are `<prefix>-<fiscal year>-<zero-padded number>`.
    var lineItemPrefix: String
    var lineItemDigits: Int
    /// Digits of sequential reference numbers (purchase orders, invoices, journal entries).
    var referenceDigits: Int

    var organisation: [ClassificationNode]
    var categories: [ClassificationNode]
    var funds: [ClassificationNode]
    var functions: [ClassificationNode]
    var regions: [ClassificationNode]

    var programs: [ProgramSpec]
    var spending: [CategorySpec]
    var vendors: [Vendor]
    /// Ranked vendor indices per pool: the first vendors of a pool get most of its business.
    var vendorPools: [String: [Int]]
    var texts: LedgerTexts
    var scenario: Scenario
    var kpis: [KPISpec]

    /// Growth of program budgets from one fiscal year to the next, per mille.
    var budgetGrowthPerMille: Int
    /// Budget amounts are multiples of this many minor units.
    var budgetRounding: Int64
    /// Purchases just below this amount (minor units) are the "split purchase" anomaly; nil disables anomalies.
    var splitThreshold: Int64?
    /// Public holidays written to the publisher's `audit` object (none: no `audit` object).
    var auditHolidays: [CivilDate] = []
}

/// The `publisher` section.
struct Publisher {
    var name: String
    var currency: String
    var decimals: Int
    /// Fiscal years start on the first of a month (see `FiscalWindow`).
    var calendar: FiscalCalendar
    var asOf: CivilDate
    var licence: String
    var source: String
    var language: String
}

/// A node of a classification hierarchy.
struct ClassificationNode {
    var code: String
    var name: String
    var parent: String?
    var description: String?

    init(_ code: String, _ name: String, parent: String? = nil, description: String? = nil) {
        self.code = code
        self.name = name
        self.parent = parent
        self.description = description
    }
}

/// A vendor of the `vendors` section.
struct Vendor {
    var id: String
    var name: String
    var kind: VendorKind
}

/// Language-specific wording of generated descriptions.
struct LedgerTexts {
    /// Joins a phrase and a month (the components of its first day): "Payroll — July 2024", "職員給与（2024年7月分）".
    var monthly: (_ phrase: String, _ month: (year: Int, month: Int, day: Int)) -> String
    /// Description of a refund of an earlier payment.
    var refund: String
    /// Description of the negative obligation that closes a purchase order's unused balance.
    var deobligation: String
    /// Description of a journal entry moving spending between budget lines.
    var reclassification: String
    /// Description of a revised budget line that differs from the adopted one.
    var revision: (_ fiscalYear: Int) -> String
    /// Names for one-off payees written as inline vendor objects.
    var payeeNames: [String]
}

/// Deviations from the ordinary that make the sample data worth exploring.
struct Scenario {
    /// Execution (spending / revised budget, per mille) forced for a program or a whole agency in a year.
    var execution: [ExecutionOverride] = []
    /// Revised / adopted (per mille) forced for a program in a year.
    var revisions: [RevisionOverride] = []
    /// Spending charged where no budget line exists.
    var unbudgeted: [UnbudgetedSpending] = []
}

struct ExecutionOverride {
    /// A program code, or an agency code to cover all of its programs.
    var organisation: String
    var fiscalYear: Int
    var perMille: Int
    /// Execution of personnel lines, when it differs (vacancies rather than delays).
    var personnelPerMille: Int?
}

struct RevisionOverride {
    var program: String
    var fiscalYear: Int
    var perMille: Int
}

struct UnbudgetedSpending {
    var program: String
    var category: String
    var fund: String
    var fiscalYear: Int
    /// Full-year amount in minor units.
    var amount: Int64
}
