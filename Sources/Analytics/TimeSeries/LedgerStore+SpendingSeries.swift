import LedgerKit

extension LedgerStore {
    /// The amounts of the line items that pass `filter`, per period of fiscal year `fiscalYear`
    /// and of the year before, on the ledger's fiscal calendar.
    ///
    /// The filter's date range, if any, further narrows the two years. By default the filter
    /// selects spending (payments, refunds and adjustments), so refunds net against payments.
    ///
    ///     let series = store.spendingSeries(LineItemFilter(organisation: parks), by: .month, fiscalYear: 2025)
    ///     series.current.amounts      // 12 monthly sums, zeros included
    ///     series.previous.cumulative  // FY2024's running total, month by month
    ///
    /// - Parameters:
    ///   - filter: which line items count.
    ///   - bucket: month, fiscal quarter or fiscal year.
    ///   - fiscalYear: the fiscal year's name, e.g. 2025.
    ///   - asOf: the date the data is complete up to; the publisher's as-of date by default.
    /// - Complexity: one `select` and one pass over the selected rows, each bucketed by a lookup
    ///   in a table indexed by day; O(days of the two years) to build the table.
    public func spendingSeries(
        _ filter: LineItemFilter = LineItemFilter(), by bucket: TimeBucket, fiscalYear: Int, asOf: CivilDate? = nil
    ) -> SpendingSeries {
        let calendar = ledger.calendar
        let years = [fiscalYear - 1, fiscalYear]
        let periods = years.map { Period.periods(bucket, ofFiscalYear: $0, calendar: calendar) }
        var slots = DayTable(calendar.firstDay(of: fiscalYear - 1)...calendar.lastDay(of: fiscalYear), filler: Int32(0))
        var slotCount: Int32 = 0
        for (year, yearPeriods) in zip(years, periods) {
            for period in yearPeriods {
                slots.set((period.start...period.end).clamped(to: calendar.days(of: year)), to: slotCount)
                slotCount += 1
            }
        }
        var sums = [Int64](repeating: 0, count: Int(slotCount))
        let window = slots.days
        let dates = filter.dates.map { $0.overlaps(window) ? $0.clamped(to: window) : nil } ?? window
        if let dates { accumulate(select(filter.with(dates: dates)), into: &sums, slots: slots) }
        let asOf = asOf ?? ledger.publisher?.asOf ?? calendar.lastDay(of: fiscalYear)
        let previousCount = periods[0].count
        return SpendingSeries(
            bucket: bucket,
            current: FiscalYearSeries(fiscalYear: fiscalYear, periods: periods[1], amounts: Array(sums[previousCount...])),
            previous: FiscalYearSeries(fiscalYear: fiscalYear - 1, periods: periods[0], amounts: Array(sums[..<previousCount])),
            asOf: asOf,
            elapsedPeriods: periods[1].count { max($0.start, calendar.firstDay(of: fiscalYear)) <= asOf })
    }

    /// Adds the amount of each selected row to the sum of its day's slot.
    private func accumulate(_ selection: RowSelection, into sums: inout [Int64], slots: DayTable<Int32>) {
        let items = ledger.lineItems
        let firstDay = slots.firstDay
        slots.values.withUnsafeBufferPointer { slotOfDay in
            items.dates.withUnsafeBufferPointer { dates in
                items.amounts.withUnsafeBufferPointer { amounts in
                    sums.withUnsafeMutableBufferPointer { sums in
                        for row in selection.rows {
                            let slot = slotOfDay[Int(dates[Int(row)] - firstDay)]
                            sums[Int(slot)] &+= amounts[Int(row)]
                        }
                    }
                }
            }
        }
    }
}
