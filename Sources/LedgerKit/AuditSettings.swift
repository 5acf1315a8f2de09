/// An exact amount in major units of a ledger's currency (`50000`, `0.5`), as a setting states
/// it before the currency is known: held in ten-thousandths, the finest minor unit of any currency.
public struct MajorAmount: Sendable, Hashable, CustomStringConvertible {
    /// The amount in ten-thousandths of a major unit.
    public let tenThousandths: Int64

    /// The finest minor unit of any currency has four decimals (CLF, UYW).
    static let decimals = 4

    /// An amount of `tenThousandths` ten-thousandths of a major unit.
    public init(tenThousandths: Int64) { self.tenThousandths = tenThousandths }

    /// A whole number of major units.
    public init(major: Int64) { tenThousandths = major * 10_000 }

    /// Parses a plain decimal (`-?digits(.digits)?`, at most four decimals), or returns `nil`.
    public init?(_ text: String) {
        var text = text
        let parsed = text.withUTF8 { AmountParser.parse($0, exponent: Self.decimals) }
        guard case .success(let value) = parsed else { return nil }
        tenThousandths = value
    }

    /// The amount in minor units of a currency with `exponent` decimals (0–4), or `nil` when it
    /// has a finer fraction than that currency's minor unit (0.5 yen).
    public func minorUnits(exponent: Int) -> Int64? {
        var divisor: Int64 = 1
        for _ in 0..<(Self.decimals - min(max(exponent, 0), Self.decimals)) { divisor *= 10 }
        return tenThousandths % divisor == 0 ? tenThousandths / divisor : nil
    }

    /// The amount as a plain decimal without trailing zeros: `50000`, `0.5`.
    public var description: String {
        var text = MoneyFormat.plain(tenThousandths, exponent: Self.decimals)
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text
    }
}

/// Parameters of the audit rules as a ledger's publisher (its optional `audit` object) or the
/// command line states them: each `nil` when not given, so that one set can override another
/// (`overriding(with:)`) before the analytics engine fills in its defaults.
///
/// The rules and their defaults are described in docs/audit-rules.md; the JSON keys are the
/// property names (docs/ledger-format.md §4.1).
public struct AuditSettings: Sendable, Hashable {
    /// Duplicate payments: the most days between two payments of one amount to one vendor.
    public var duplicateWindowDays: Int?
    /// Split purchases: the most days between the first and last payment of a group.
    public var splitWindowDays: Int?
    /// Split purchases: the approval threshold, in major units.
    public var approvalThreshold: MajorAmount?
    /// Round amounts: an amount is round when it is a multiple of this, in major units.
    public var roundUnit: MajorAmount?
    /// Round amounts: the fewest round payments that can flag a vendor.
    public var roundMinimumCount: Int?
    /// Round amounts: how many times the ledger's share of round payments a vendor's share must be.
    public var roundShareFactor: Double?
    /// Round amounts: the smallest share of round payments that can flag a vendor.
    public var roundMinimumShare: Double?
    /// Public holidays, on which payments are flagged as on a weekend.
    public var holidays: [CivilDate]?
    /// Year-end surge: last month's spending ÷ the mean of the other months that flags an organisation.
    public var yearEndMonthRatio: Double?
    /// Year-end surge: last quarter's spending ÷ the mean of the other quarters that flags an organisation.
    public var yearEndQuarterRatio: Double?
    /// Benford: the fewest payments a scope needs for its first digits to be tested.
    public var benfordMinimumCount: Int?
    /// Benford: the fewest payments a scope needs for its first two digits to be tested.
    public var benfordTwoDigitMinimumCount: Int?
    /// Vendor concentration: the Herfindahl–Hirschman index (0–10,000) that flags an organisation or category.
    public var concentrationHHI: Double?
    /// Vendor concentration: the fewest vendors an organisation or category needs to be judged.
    public var concentrationMinimumVendors: Int?
    /// Outliers: the Tukey fence multiple of the interquartile range.
    public var outlierFence: Double?
    /// Outliers: the fewest payments a category needs for its quartiles to be used.
    public var outlierMinimumCount: Int?

    /// Settings with nothing given.
    public init() {}

    /// These settings with every parameter that `other` gives replaced by its value.
    public func overriding(with other: AuditSettings) -> AuditSettings {
        var merged = self
        merged.duplicateWindowDays = other.duplicateWindowDays ?? duplicateWindowDays
        merged.splitWindowDays = other.splitWindowDays ?? splitWindowDays
        merged.approvalThreshold = other.approvalThreshold ?? approvalThreshold
        merged.roundUnit = other.roundUnit ?? roundUnit
        merged.roundMinimumCount = other.roundMinimumCount ?? roundMinimumCount
        merged.roundShareFactor = other.roundShareFactor ?? roundShareFactor
        merged.roundMinimumShare = other.roundMinimumShare ?? roundMinimumShare
        merged.holidays = other.holidays ?? holidays
        merged.yearEndMonthRatio = other.yearEndMonthRatio ?? yearEndMonthRatio
        merged.yearEndQuarterRatio = other.yearEndQuarterRatio ?? yearEndQuarterRatio
        merged.benfordMinimumCount = other.benfordMinimumCount ?? benfordMinimumCount
        merged.benfordTwoDigitMinimumCount = other.benfordTwoDigitMinimumCount ?? benfordTwoDigitMinimumCount
        merged.concentrationHHI = other.concentrationHHI ?? concentrationHHI
        merged.concentrationMinimumVendors = other.concentrationMinimumVendors ?? concentrationMinimumVendors
        merged.outlierFence = other.outlierFence ?? outlierFence
        merged.outlierMinimumCount = other.outlierMinimumCount ?? outlierMinimumCount
        return merged
    }
}
