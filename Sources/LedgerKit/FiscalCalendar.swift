/// A publisher's fiscal calendar: the first day of its fiscal year and how years are named.
///
/// With a July 1 start and `.end` naming, FY2025 runs from 2024-07-01 to 2025-06-30 (US cities);
/// with an April 1 start and `.start` naming, FY2024 runs from 2024-04-01 to 2025-03-31 (Japan).
public struct FiscalCalendar: Hashable, Sendable {
    /// Which calendar year gives a fiscal year its name.
    public enum Naming: String, Sendable, CaseIterable {
        /// Named by the calendar year in which it ends (US federal, most US cities).
        case end
        /// Named by the calendar year in which it starts (Japan, India).
        case start
    }

    /// Month (1–12) of the fiscal year's first day.
    public let startMonth: Int
    /// Day (1–28) of the fiscal year's first day.
    public let startDay: Int
    /// How fiscal years are named.
    public let naming: Naming

    /// The calendar year, January 1 start.
    public static let calendarYear = FiscalCalendar(startMonth: 1, startDay: 1, naming: .end)

    /// Creates a calendar; `startDay` must be 1–28 so that every year has the day.
    public init(startMonth: Int, startDay: Int, naming: Naming) {
        precondition((1...12).contains(startMonth) && (1...28).contains(startDay), "invalid fiscal-year start")
        self.startMonth = startMonth
        self.startDay = startDay
        self.naming = naming
    }

    /// Whether the fiscal year starts on January 1, so that fiscal and calendar years coincide.
    public var isCalendarYear: Bool { startMonth == 1 && startDay == 1 }

    /// The name (e.g. 2025 for FY2025) of the fiscal year containing `date`.
    public func fiscalYear(containing date: CivilDate) -> Int {
        let (year, month, day) = date.components
        let startsThisCalendarYear = (month, day) >= (startMonth, startDay)
        let startYear = startsThisCalendarYear ? year : year - 1
        return name(ofYearStartingIn: startYear)
    }

    /// The first day of fiscal year `fiscalYear`.
    public func firstDay(of fiscalYear: Int) -> CivilDate {
        CivilDate(year: startYear(of: fiscalYear), month: startMonth, day: startDay)!
    }

    /// The last day of fiscal year `fiscalYear`.
    public func lastDay(of fiscalYear: Int) -> CivilDate {
        firstDay(of: fiscalYear + 1).adding(days: -1)
    }

    /// Fiscal quarter (1–4) of `date`, Q1 starting at the fiscal year's first day.
    public func fiscalQuarter(containing date: CivilDate) -> Int {
        (fiscalMonthIndex(containing: date) / 3) + 1
    }

    /// Zero-based month of the fiscal year containing `date` (0 = the month the year starts in).
    ///
    /// For a start day other than 1, a fiscal month runs from that day to the day before it a month later.
    public func fiscalMonthIndex(containing date: CivilDate) -> Int {
        let (_, month, day) = date.components
        var index = month - startMonth
        if day < startDay { index -= 1 }
        return (index + 24) % 12
    }

    /// The first day of quarter `quarter` (1–4) of fiscal year `fiscalYear`.
    public func firstDay(of fiscalYear: Int, quarter: Int) -> CivilDate {
        let monthsIn = (quarter - 1) * 3
        let startYear = startYear(of: fiscalYear)
        let monthIndex = startMonth - 1 + monthsIn
        return CivilDate(year: startYear + monthIndex / 12, month: monthIndex % 12 + 1, day: startDay)!
    }

    /// A display label such as `FY2025 (Jul 2024–Jun 2025)`, or `2025` for calendar years.
    public func label(of fiscalYear: Int) -> String {
        if isCalendarYear { return String(fiscalYear) }
        let first = firstDay(of: fiscalYear).components
        let last = lastDay(of: fiscalYear).components
        return "FY\(fiscalYear) (\(Self.monthNames[first.month - 1]) \(first.year)–\(Self.monthNames[last.month - 1]) \(last.year))"
    }

    private func startYear(of fiscalYear: Int) -> Int {
        switch naming {
        case .start: fiscalYear
        case .end: isCalendarYear ? fiscalYear : fiscalYear - 1
        }
    }

    private func name(ofYearStartingIn startYear: Int) -> Int {
        switch naming {
        case .start: startYear
        case .end: isCalendarYear ? startYear : startYear + 1
        }
    }

    static let monthNames = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
}
