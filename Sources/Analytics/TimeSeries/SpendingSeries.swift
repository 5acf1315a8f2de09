import LedgerKit

/// Amounts per period over one fiscal year, every period present (zero when nothing happened),
/// with the running total.
public struct FiscalYearSeries: Sendable, Hashable {
    /// The fiscal year's name, e.g. 2025 for FY2025.
    public let fiscalYear: Int
    /// The periods of the year, in order (see `SpendingSeries` for months with a mid-month start).
    public let periods: [Period]
    /// Sum of the selected line items' amounts in each period, in minor units.
    public let amounts: [Int64]
    /// Running total: `cumulative[i]` is the sum of `amounts[0...i]`.
    public let cumulative: [Int64]

    /// The year's total, in minor units.
    public var total: Int64 { cumulative.last ?? 0 }

    init(fiscalYear: Int, periods: [Period], amounts: [Int64]) {
        self.fiscalYear = fiscalYear
        self.periods = periods
        self.amounts = amounts
        var running: Int64 = 0
        cumulative = amounts.map { amount in
            running &+= amount
            return running
        }
    }
}

/// A fiscal year's amounts per month, quarter or year beside the same periods of the previous
/// fiscal year: the data of a "paid by month" chart with last year as a shadow.
///
/// Periods follow the ledger's fiscal calendar. `current.periods[i]` and `previous.periods[i]`
/// are the same position in their years (the same fiscal month or quarter), so the two series
/// align index by index. With a fiscal-year start day other than the 1st, months are still
/// calendar months: the first and last are partial and the year has 13 of them, each counting
/// only its days inside the year.
public struct SpendingSeries: Sendable, Hashable {
    /// The length of the periods.
    public let bucket: TimeBucket
    /// The fiscal year asked for.
    public let current: FiscalYearSeries
    /// The fiscal year before it, over the same periods of its year.
    public let previous: FiscalYearSeries
    /// The date the data is complete up to (the publisher's as-of date unless the query gave one).
    public let asOf: CivilDate
    /// How many of `current.periods` have started by `asOf`: later periods are zero because they
    /// lie in the future, not because nothing was spent. 0 for a year that has not started.
    public let elapsedPeriods: Int
}
