import LedgerKit

/// How far a fiscal year has run as of a date: the clock budget execution is read against.
public struct FiscalYearProgress: Sendable, Hashable {
    /// The fiscal year's name, e.g. 2025.
    public let fiscalYear: Int
    /// The year's first and last day.
    public let days: ClosedRange<CivilDate>
    /// The date the data is complete up to.
    public let asOf: CivilDate
    /// Days of the year on or before `asOf`: 0 before the year starts, `dayCount` once it is over.
    public let daysElapsed: Int

    /// Where fiscal year `fiscalYear` of `calendar` stands on `asOf`.
    public init(fiscalYear: Int, calendar: FiscalCalendar, asOf: CivilDate) {
        self.fiscalYear = fiscalYear
        days = calendar.days(of: fiscalYear)
        self.asOf = asOf
        let elapsed = Int(asOf.dayNumber - days.lowerBound.dayNumber) + 1
        daysElapsed = min(max(elapsed, 0), Int(days.upperBound.dayNumber - days.lowerBound.dayNumber) + 1)
    }

    /// The number of days of the year (366 when it contains February 29).
    public var dayCount: Int { Int(days.upperBound.dayNumber - days.lowerBound.dayNumber) + 1 }

    /// Share of the year elapsed, 0…1: `daysElapsed / dayCount` (1 for past years, 0 for future ones).
    public var share: Double { Double(daysElapsed) / Double(dayCount) }

    /// Whether the whole year lies on or before `asOf`.
    public var isComplete: Bool { daysElapsed == dayCount }

    /// Whether at least one day of the year lies on or before `asOf`.
    public var hasStarted: Bool { daysElapsed > 0 }

    /// The last day of fiscal year `fiscalYear - yearsBack` that counts as "to the same day":
    /// the whole year when this year is complete, the day before that year when this year has
    /// not started, and otherwise the as-of date's month and day `yearsBack` years earlier
    /// (February 29 becomes February 28).
    func sameDay(yearsBack: Int, calendar: FiscalCalendar) -> CivilDate {
        let year = fiscalYear - yearsBack
        if isComplete { return calendar.lastDay(of: year) }
        if !hasStarted { return calendar.firstDay(of: year).adding(days: -1) }
        let (asOfYear, month, day) = asOf.components
        let earlierYear = asOfYear - yearsBack
        return CivilDate(year: earlierYear, month: month, day: min(day, CivilDate.daysInMonth(year: earlierYear, month: month)))!
    }
}
