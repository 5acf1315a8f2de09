import LedgerKit

/// The rules read off the calendar: weekend and holiday payments, and the year-end surge.
enum CalendarRules {
    /// One finding per day: the positive payments dated on it.
    static func paymentsByDay(_ rows: [Int32], rule: AuditRule, items: LineItemColumns) -> FindingList {
        var list = FindingList(rule)
        let what = rule == .holidayPayment ? "a public holiday" : "a weekend"
        var start = 0
        let sorted = rows.sorted { (items.dates[Int($0)], $0) < (items.dates[Int($1)], $1) }
        while start < sorted.count {
            let day = items.dates[Int(sorted[start])]
            var end = start + 1
            while end < sorted.count && items.dates[Int(sorted[end])] == day { end += 1 }
            let amount = sorted[start..<end].reduce(Int64(0)) { $0 &+ items.amounts[Int($1)] }
            let date = CivilDate(dayNumber: day)
            list.add(
                .day(date), fiscalYear: nil, amount: amount, severity: rule == .holidayPayment ? .medium : .low,
                detail: "\(end - start) payments on \(date), \(what)", rows: sorted[start..<end])
            start = end
        }
        return list
    }

    /// Organisations (each with its subtree) whose last month or last quarter of a completed
    /// fiscal year is at least the given ratio to the mean of the year's other months or quarters.
    static func yearEndSurges(
        _ tally: AuditTally, calendar: AuditCalendar, store: LedgerStore, parameters: AuditParameters, money: AuditMoney
    ) -> FindingList {
        var list = FindingList(.yearEndSurge)
        let hierarchy = store.hierarchy(.organisation)
        let slots = calendar.fiscalYearCount * 12
        var sums = tally.monthSpending
        for node in hierarchy.preorder.reversed() {
            let parent = Int(hierarchy.classification.parents[Int(node)])
            guard parent >= 0 else { continue }
            for slot in 0..<slots { sums[parent * slots + slot] &+= sums[Int(node) * slots + slot] }
        }
        let fiscalCalendar = store.ledger.calendar
        let asOf = store.ledger.publisher?.asOf ?? CivilDate(dayNumber: .max)
        for yearIndex in 0..<calendar.fiscalYearCount {
            let year = calendar.firstFiscalYear + yearIndex
            guard fiscalCalendar.lastDay(of: year) <= asOf else { continue }
            for node in hierarchy.preorder {
                let months = sums[(Int(node) * slots + yearIndex * 12)..<(Int(node) * slots + yearIndex * 12 + 12)]
                guard let surge = Surge(months: Array(months), parameters: parameters) else { continue }
                let lastDay = fiscalCalendar.lastDay(of: year)
                let firstDay = surge.monthFlagged ? lastMonthStart(of: year, calendar: fiscalCalendar) : fiscalCalendar.firstDay(of: year, quarter: 4)
                let rows = store.select(LineItemFilter(organisation: node, dates: firstDay...lastDay))
                let severe = surge.monthRatio >= 2 * parameters.yearEndMonthRatio || surge.quarterRatio >= 2 * parameters.yearEndQuarterRatio
                list.add(
                    .organisation(node), fiscalYear: year, amount: surge.monthFlagged ? surge.lastMonth : surge.lastQuarter,
                    severity: severe ? .high : .medium, detail: surge.detail(money), rows: rows.rows)
            }
        }
        return list
    }

    /// The first day of the last fiscal month of `year`.
    static func lastMonthStart(of year: Int, calendar: FiscalCalendar) -> CivilDate {
        let next = calendar.firstDay(of: year + 1).components
        let month = next.month == 1 ? 12 : next.month - 1
        return CivilDate(year: next.month == 1 ? next.year - 1 : next.year, month: month, day: next.day)!
    }

    /// The surge measures of one organisation's fiscal year, when one of them reaches its ratio.
    struct Surge {
        let lastMonth: Int64
        let lastQuarter: Int64
        /// Last month ÷ mean of the other 11 months, and last quarter ÷ mean of the other 3.
        let monthRatio: Double
        let quarterRatio: Double
        let monthFlagged: Bool
        let quarterFlagged: Bool

        /// `nil` when neither ratio reaches its threshold or the other months spent nothing.
        init?(months: [Int64], parameters: AuditParameters) {
            lastMonth = months[11]
            lastQuarter = months[9] &+ months[10] &+ months[11]
            let otherMonths = months[0..<11].reduce(Int64(0), &+)
            let otherQuarters = months[0..<9].reduce(Int64(0), &+)
            guard otherMonths > 0, lastMonth > 0 || lastQuarter > 0 else { return nil }
            monthRatio = Double(lastMonth) * 11 / Double(otherMonths)
            quarterRatio = otherQuarters > 0 ? Double(lastQuarter) * 3 / Double(otherQuarters) : .infinity
            monthFlagged = lastMonth > 0 && monthRatio >= parameters.yearEndMonthRatio
            quarterFlagged = lastQuarter > 0 && quarterRatio >= parameters.yearEndQuarterRatio
            guard monthFlagged || quarterFlagged else { return nil }
        }

        func detail(_ money: AuditMoney) -> String {
            let month = "last month \(money.text(lastMonth)), \(Self.times(monthRatio)) the mean of the other months"
            let quarter = "last quarter \(Self.times(quarterRatio)) the mean of the other quarters"
            return month + "; " + quarter
        }

        static func times(_ ratio: Double) -> String {
            ratio.isFinite ? "\((ratio * 10).rounded() / 10)×" : "∞×"
        }
    }
}
