import LedgerKit

/// A length of reporting period on the ledger's fiscal calendar.
public enum TimeBucket: String, Sendable, Hashable, CaseIterable {
    /// Calendar months.
    case month
    /// Fiscal quarters (Q1 starts at the fiscal year's start).
    case quarter
    /// Fiscal years.
    case fiscalYear
}

/// One reporting period: a month, fiscal quarter or fiscal year, with its first and last day.
public struct Period: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The kind of period.
    public let bucket: TimeBucket
    /// The fiscal year it belongs to.
    public let fiscalYear: Int
    /// Position within the fiscal year: month 0–11 (fiscal month), quarter 1–4, or 0 for a year.
    public let index: Int
    /// First day.
    public let start: CivilDate
    /// Last day.
    public let end: CivilDate

    /// The period of `bucket` containing `date`.
    public init(_ bucket: TimeBucket, containing date: CivilDate, calendar: FiscalCalendar) {
        self.bucket = bucket
        fiscalYear = calendar.fiscalYear(containing: date)
        switch bucket {
        case .month:
            index = calendar.fiscalMonthIndex(containing: date)
            let (year, month, _) = date.components
            let first = CivilDate(year: year, month: month, day: 1)!
            start = first
            let nextMonth = month == 12 ? CivilDate(year: year + 1, month: 1, day: 1)! : CivilDate(year: year, month: month + 1, day: 1)!
            end = nextMonth.adding(days: -1)
        case .quarter:
            index = calendar.fiscalQuarter(containing: date)
            start = calendar.firstDay(of: fiscalYear, quarter: index)
            end = index == 4 ? calendar.lastDay(of: fiscalYear) : calendar.firstDay(of: fiscalYear, quarter: index + 1).adding(days: -1)
        case .fiscalYear:
            index = 0
            start = calendar.firstDay(of: fiscalYear)
            end = calendar.lastDay(of: fiscalYear)
        }
    }

    /// The same period one year earlier (same month, quarter, or the previous fiscal year).
    public func previousYear(calendar: FiscalCalendar) -> Period {
        let (year, month, day) = start.components
        let earlier = CivilDate(year: year - 1, month: month, day: min(day, CivilDate.daysInMonth(year: year - 1, month: month)))!
        return Period(bucket, containing: earlier, calendar: calendar)
    }

    /// The next period of the same kind.
    public func next(calendar: FiscalCalendar) -> Period {
        Period(bucket, containing: end.adding(days: 1), calendar: calendar)
    }

    /// `2024-07`, `FY2025-Q1`, `FY2025`.
    public var description: String {
        switch bucket {
        case .month:
            let (year, month, _) = start.components
            return "\(year)-\(month < 10 ? "0" : "")\(month)"
        case .quarter: return "FY\(fiscalYear)-Q\(index)"
        case .fiscalYear: return "FY\(fiscalYear)"
        }
    }

    public static func < (lhs: Period, rhs: Period) -> Bool { lhs.start < rhs.start }
}
