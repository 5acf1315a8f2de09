import LedgerKit

extension Period {
    /// The periods of `bucket` that make up fiscal year `fiscalYear`, in order.
    ///
    /// Quarters and years tile the fiscal year exactly. Months are calendar months
    /// (`Period`'s rule), so with a fiscal-year start day other than the 1st the first and last
    /// months only partly belong to the year: April 6 to April 5 gives 13 months, April to
    /// April, and a query counts only the days of each that fall in the year.
    static func periods(_ bucket: TimeBucket, ofFiscalYear fiscalYear: Int, calendar: FiscalCalendar) -> [Period] {
        let last = calendar.lastDay(of: fiscalYear)
        var period = Period(bucket, containing: calendar.firstDay(of: fiscalYear), calendar: calendar)
        var periods: [Period] = []
        while period.start <= last {
            periods.append(period)
            period = period.next(calendar: calendar)
        }
        return periods
    }
}

extension FiscalCalendar {
    /// The days of fiscal year `fiscalYear`, first to last.
    func days(of fiscalYear: Int) -> ClosedRange<CivilDate> {
        firstDay(of: fiscalYear)...lastDay(of: fiscalYear)
    }
}
