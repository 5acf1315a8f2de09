/// How a fiscal year is named: by the calendar year in which it ends or starts.
enum FiscalYearNaming: String {
    case start
    case end
}

/// A fiscal calendar whose years start on the first day of `startMonth`.
struct FiscalCalendar {
    let startMonth: Int
    let naming: FiscalYearNaming

    /// The first day of a fiscal year.
    func start(of fiscalYear: Int) -> CivilDate {
        let calendarYear = naming == .end && startMonth > 1 ? fiscalYear - 1 : fiscalYear
        return CivilDate(calendarYear, startMonth, 1)
    }

    /// The first day of fiscal month `index` (0-based; may run past 11 into later years).
    func monthStart(of fiscalYear: Int, month index: Int) -> CivilDate {
        start(of: fiscalYear).firstOfMonth(adding: index)
    }

    /// The fiscal year that contains a date.
    func fiscalYear(of date: CivilDate) -> Int {
        let startsThisYear = date.month >= startMonth
        let calendarYearOfStart = startsThisYear ? date.year : date.year - 1
        return naming == .end && startMonth > 1 ? calendarYearOfStart + 1 : calendarYearOfStart
    }

    /// The part of a fiscal year up to an as-of date.
    func window(of fiscalYear: Int, asOf: CivilDate) -> FiscalWindow {
        let starts = (0...12).map { monthStart(of: fiscalYear, month: $0).dayNumber }
        let lastDay = min(starts[12] - 1, asOf.dayNumber)
        return FiscalWindow(fiscalYear: fiscalYear, monthStarts: starts, lastDay: lastDay)
    }
}

/// The days of one fiscal year that generated data may fall on.
struct FiscalWindow {
    let fiscalYear: Int
    /// Day numbers of the first day of each fiscal month, plus the first day of the next year.
    let monthStarts: [Int]
    /// The last day with data: the end of the year, or the as-of date in the current year.
    let lastDay: Int

    var firstDay: Int { monthStarts[0] }
    var yearEnd: Int { monthStarts[12] - 1 }

    /// True when the whole year lies before the as-of date.
    var isComplete: Bool { lastDay == yearEnd }

    /// Number of fiscal months with at least one day in the window.
    var monthCount: Int {
        (0..<12).filter { monthStarts[$0] <= lastDay }.count
    }

    /// Days of fiscal month `index` inside the window, or nil when the month is not reached.
    func days(ofMonth index: Int) -> ClosedRange<Int>? {
        let first = monthStarts[index]
        guard first <= lastDay else { return nil }
        return first...min(monthStarts[index + 1] - 1, lastDay)
    }

    /// The fiscal month a day falls in.
    func month(of day: Int) -> Int {
        var index = 0
        while index < 11 && monthStarts[index + 1] <= day { index += 1 }
        return index
    }

    /// The number of elapsed days out of all days of the month, as a per-mille share.
    func elapsedPerMille(ofMonth index: Int) -> Int {
        guard let range = days(ofMonth: index) else { return 0 }
        return range.count * 1000 / (monthStarts[index + 1] - monthStarts[index])
    }
}
