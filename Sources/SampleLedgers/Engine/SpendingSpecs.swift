/// A program (a child of an agency in the organisation classification) and its budget.
struct ProgramSpec {
    var code: String
    var name: String
    var agency: String
    /// COFOG code put on the program's budget lines.
    var function: String?
    /// Budget share per spending category code, per mille (sums to 1000).
    var profile: [(category: String, perMille: Int)]
    /// Adopted budget of the first fiscal year, minor units.
    var budget: Int64
    /// Fund of the program's lines unless the category names its own.
    var fund: String
    /// A second fund (usually grants) paying part of the non-personnel lines.
    var coFunding: (fund: String, perMille: Int)?
    var season: Season

    init(
        _ code: String, _ name: String, agency: String, function: String?,
        profile: [(category: String, perMille: Int)], budget: Int64, fund: String,
        coFunding: (fund: String, perMille: Int)? = nil, season: Season = .flat
    ) {
        self.code = code
        self.name = name
        self.agency = agency
        self.function = function
        self.profile = profile
        self.budget = budget
        self.fund = fund
        self.coFunding = coFunding
        self.season = season
    }
}

/// How money of one economic category leaves the treasury.
enum SpendingPattern {
    /// Pay runs at month end, even through the year.
    case payroll
    /// Pay runs at month end, following the program's season.
    case overtime
    /// Monthly contributions split over the benefit providers of the pool.
    case benefits
    /// Monthly bills from a few vendors (utilities, leases, fees to other governments).
    case recurring
    /// Purchase orders (obligations) paid in instalments within `spanDays`.
    case orders(paymentsPerOrder: Int, spanDays: Int)
    /// Agreements signed early in the year and paid in instalments until year end.
    case agreements(paymentsPerAgreement: Int)
    /// Direct payments on invoice, a few refunded.
    case purchases
    /// Small payments to individuals, some to one-off payees written inline.
    case assistance
    /// Principal or interest paid twice a year.
    case debt(months: [Int])

    /// True for the patterns of personnel costs.
    var isPersonnel: Bool {
        switch self {
        case .payroll, .overtime, .benefits: return true
        default: return false
        }
    }
}

/// The behaviour of a spending (leaf) category.
struct CategorySpec {
    var code: String
    var pattern: SpendingPattern
    /// Amount per line item the category aims at, minor units. Only the ratios between
    /// categories matter: a ledger's line items are shared out in proportion to amount / typical.
    var typicalAmount: Int64
    /// Vendor pool the category buys from.
    var pool: String
    /// Descriptions of its line items (month-stamped for the periodic patterns).
    var phrases: [String]
    /// Reference prefix: "PO", "INV", "PR" …
    var reference: String
    /// Follows the program's season and the year-end surge.
    var seasonal: Bool
    /// Line items carry a region.
    var regional: Bool
    /// Part of the budget eligible for the program's co-funding.
    var coFundable: Bool

    init(
        _ code: String, _ pattern: SpendingPattern, typical: Int64, pool: String, reference: String,
        phrases: [String], seasonal: Bool = true, regional: Bool = false, coFundable: Bool = true
    ) {
        self.code = code
        self.pattern = pattern
        self.typicalAmount = typical
        self.pool = pool
        self.phrases = phrases
        self.reference = reference
        self.seasonal = seasonal
        self.regional = regional
        self.coFundable = coFundable
    }
}

/// The shape of a program's year, by calendar month.
enum Season {
    case flat
    case summer
    case winter
    /// Summer and winter peaks (utilities, water).
    case extremes

    /// Relative activity per calendar month, January first.
    var calendarWeights: [Int] {
        switch self {
        case .flat: return [100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100]
        case .summer: return [55, 55, 70, 95, 130, 175, 190, 175, 120, 85, 65, 55]
        case .winter: return [310, 260, 120, 25, 8, 5, 5, 5, 10, 40, 130, 270]
        case .extremes: return [125, 115, 100, 85, 90, 110, 125, 125, 100, 85, 95, 120]
        }
    }

    /// Extra spending of the last months of a fiscal year ("use it or lose it"), by fiscal month.
    static let yearEndSurge = [90, 90, 95, 95, 90, 95, 90, 95, 100, 105, 165, 200]

    /// Weights by fiscal month for a year starting in `startMonth`, with or without the surge.
    func fiscalWeights(startMonth: Int, surge: Bool) -> [Int] {
        (0..<12).map { index in
            let calendar = calendarWeights[(startMonth - 1 + index) % 12]
            return surge ? calendar * Season.yearEndSurge[index] : calendar * 100
        }
    }
}
