import LedgerKit

extension KPIPeriod {
    /// The time bucket of the query core that holds periods of this kind.
    public var bucket: TimeBucket {
        switch self {
        case .month: .month
        case .fiscalQuarter: .quarter
        case .fiscalYear: .fiscalYear
        }
    }

    /// The period's first day on `calendar`: the 1st of a calendar month, or the first day of a
    /// fiscal quarter or fiscal year (`FY2025-Q1` is July 2024 on a July calendar named by its end,
    /// April 2025 on an April calendar named by its start).
    public func firstDay(on calendar: FiscalCalendar) -> CivilDate {
        switch self {
        case .month(let year, let month):
            guard let date = CivilDate(year: year, month: month, day: 1) else { preconditionFailure("invalid KPI period \(self)") }
            return date
        case .fiscalQuarter(let fiscalYear, let quarter):
            precondition((1...4).contains(quarter), "invalid KPI period \(self)")
            return calendar.firstDay(of: fiscalYear, quarter: quarter)
        case .fiscalYear(let fiscalYear):
            return calendar.firstDay(of: fiscalYear)
        }
    }

    /// Consecutive periods of one frequency numbered consecutively, so that the distance between
    /// two periods counts the periods between them (used as the x axis of trends).
    var ordinal: Int {
        switch self {
        case .month(let year, let month): year * 12 + month - 1
        case .fiscalQuarter(let fiscalYear, let quarter): fiscalYear * 4 + quarter - 1
        case .fiscalYear(let fiscalYear): fiscalYear
        }
    }
}

extension Period {
    /// The query core's period for KPI period `period` on `calendar`, with its first and last day.
    public init(_ period: KPIPeriod, calendar: FiscalCalendar) {
        self.init(period.bucket, containing: period.firstDay(on: calendar), calendar: calendar)
    }
}
