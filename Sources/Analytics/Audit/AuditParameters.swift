import LedgerKit

/// The thresholds of every audit rule, in the ledger's minor units where they are amounts:
/// docs/audit-rules.md gives each rule's definition and these defaults.
///
///     let parameters = AuditParameters(ledger: ledger, overrides: commandLine)
///     let report = store.audit(parameters)
///
/// Settings are applied over the defaults in order: the ledger publisher's `audit` object, then
/// `overrides` (the command line's). Amounts are stated in major units (so 50,000 is $50,000.00
/// or ¥50,000) and converted with the currency's exponent.
public struct AuditParameters: Sendable, Hashable {
    /// Duplicate payments: the most days between two payments of one amount to one vendor (default 7).
    public var duplicateWindowDays = 7
    /// Split purchases: the most days from a group's first payment to its last (default 7).
    public var splitWindowDays = 7
    /// Split purchases: the approval threshold in minor units (default 50,000 major units).
    public var approvalThreshold: Int64
    /// Round amounts: a multiple of this many minor units is round (default 1,000 major units).
    public var roundUnit: Int64
    /// Round amounts: the fewest round payments that flag a vendor (default 5).
    public var roundMinimumCount = 5
    /// Round amounts: a vendor's round share must be at least this many times the ledger's (default 3).
    public var roundShareFactor = 3.0
    /// Round amounts: and at least this share of its payments (default 0.25).
    public var roundMinimumShare = 0.25
    /// Public holidays, ascending (none by default).
    public var holidays: [CivilDate] = []
    /// Year-end surge: last month ÷ mean of the other months that flags (default 3).
    public var yearEndMonthRatio = 3.0
    /// Year-end surge: last quarter ÷ mean of the other quarters that flags (default 2).
    public var yearEndQuarterRatio = 2.0
    /// Benford: the fewest payments (of at least 10 major units) a scope needs for the first-digit
    /// test (default 500).
    public var benfordMinimumCount = 500
    /// Benford: the fewest such payments for the first-two-digit test (default 3,000): with fewer,
    /// chance alone puts the MAD of a conforming sample beyond Nigrini's nonconformity bound.
    public var benfordTwoDigitMinimumCount = 3000
    /// Vendor concentration: the HHI (0–10,000) at or above which spending is concentrated (default 2,500).
    public var concentrationHHI = 2500.0
    /// Vendor concentration: the fewest business vendors an organisation or category needs (default 5).
    public var concentrationMinimumVendors = 5
    /// Outliers: the Tukey fence multiple of the interquartile range (default 3, "far out").
    public var outlierFence = 3.0
    /// Outliers: the fewest payments a category needs (default 20).
    public var outlierMinimumCount = 20
    /// The currency's minor units per major unit, for Benford's 10-unit floor and explanations.
    public let minorUnitsPerMajor: Int64

    /// The defaults for `currency`.
    public init(currency: Currency) {
        minorUnitsPerMajor = currency.minorUnitsPerMajor
        approvalThreshold = 50_000 * minorUnitsPerMajor
        roundUnit = 1_000 * minorUnitsPerMajor
    }

    /// The defaults for `ledger`'s currency, with the publisher's settings and then `overrides` applied.
    public init(ledger: Ledger, overrides: AuditSettings = AuditSettings()) {
        self.init(currency: ledger.currency)
        apply((ledger.publisher?.audit ?? AuditSettings()).overriding(with: overrides), exponent: ledger.currency.exponent)
    }

    /// Replaces every parameter `settings` gives. An amount finer than the currency's minor unit
    /// (which the loader reports) is cut to it.
    public mutating func apply(_ settings: AuditSettings, exponent: Int) {
        func minor(_ amount: MajorAmount) -> Int64 {
            amount.minorUnits(exponent: exponent) ?? amount.truncated(toExponent: exponent)
        }
        duplicateWindowDays = settings.duplicateWindowDays ?? duplicateWindowDays
        splitWindowDays = settings.splitWindowDays ?? splitWindowDays
        approvalThreshold = settings.approvalThreshold.map(minor) ?? approvalThreshold
        roundUnit = max(1, settings.roundUnit.map(minor) ?? roundUnit)
        roundMinimumCount = settings.roundMinimumCount ?? roundMinimumCount
        roundShareFactor = settings.roundShareFactor ?? roundShareFactor
        roundMinimumShare = settings.roundMinimumShare ?? roundMinimumShare
        holidays = settings.holidays?.sorted() ?? holidays
        yearEndMonthRatio = settings.yearEndMonthRatio ?? yearEndMonthRatio
        yearEndQuarterRatio = settings.yearEndQuarterRatio ?? yearEndQuarterRatio
        benfordMinimumCount = settings.benfordMinimumCount ?? benfordMinimumCount
        benfordTwoDigitMinimumCount = settings.benfordTwoDigitMinimumCount ?? benfordTwoDigitMinimumCount
        concentrationHHI = settings.concentrationHHI ?? concentrationHHI
        concentrationMinimumVendors = settings.concentrationMinimumVendors ?? concentrationMinimumVendors
        outlierFence = settings.outlierFence ?? outlierFence
        outlierMinimumCount = settings.outlierMinimumCount ?? outlierMinimumCount
    }
}

extension MajorAmount {
    /// The amount in minor units of a currency with `exponent` decimals, any finer fraction dropped.
    func truncated(toExponent exponent: Int) -> Int64 {
        var divisor: Int64 = 1
        for _ in 0..<(4 - min(max(exponent, 0), 4)) { divisor *= 10 }
        return tenThousandths / divisor
    }
}
