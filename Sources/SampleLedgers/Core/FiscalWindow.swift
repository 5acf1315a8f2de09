import LedgerKit

/// The days of one fiscal year that generated data may fall on, as day numbers.
///
/// Fiscal months are calendar months: generated fiscal years start on the first of a month.
struct FiscalWindow {
    let fiscalYear: Int
    /// Day numbers of the first day of each fiscal month, plus the first day of the next year.
    let monthStarts: [Int]
    /// The last day with data: the end of the year, or the as-of date in the current year.
    let lastDay: Int

    /// The window of `fiscalYear`: the whole year, or its days up to `asOf`.
    init(fiscalYear: Int, calendar: FiscalCalendar, asOf: CivilDate) {
        precondition(calendar.startDay == 1, "generated fiscal years start on the first of a month")
        let first = calendar.firstDay(of: fiscalYear)
        self.fiscalYear = fiscalYear
        monthStarts = (0...12).map { Int(first.firstOfMonth(adding: $0).dayNumber) }
        lastDay = min(monthStarts[12] - 1, Int(asOf.dayNumber))
    }

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

    /// The number of elapsed days out of all days of the month, as a per-mille share.
    func elapsedPerMille(ofMonth index: Int) -> Int {
        guard let range = days(ofMonth: index) else { return 0 }
        return range.count * 1000 / (monthStarts[index + 1] - monthStarts[index])
    }
}
