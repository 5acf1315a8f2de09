import LedgerKit
import Testing

private func date(_ text: String) -> CivilDate { CivilDate(iso: text)! }

@Suite("FiscalCalendar")
struct FiscalCalendarTests {
    static let federal = FiscalCalendar(startMonth: 10, startDay: 1, naming: .end)
    static let city = FiscalCalendar(startMonth: 7, startDay: 1, naming: .end)
    static let japan = FiscalCalendar(startMonth: 4, startDay: 1, naming: .start)
    static let calendarYear = FiscalCalendar.calendarYear

    /// docs/ledger-format.md §12.3: which fiscal year and quarter a date is in, for the four calendars
    /// (US federal, US city, Japan, calendar year).
    static let worked: [(String, [String])] = [
        ("2024-03-31", ["FY2024-Q2", "FY2024-Q3", "FY2023-Q4", "FY2024-Q1"]),
        ("2024-04-01", ["FY2024-Q3", "FY2024-Q4", "FY2024-Q1", "FY2024-Q2"]),
        ("2024-06-30", ["FY2024-Q3", "FY2024-Q4", "FY2024-Q1", "FY2024-Q2"]),
        ("2024-07-01", ["FY2024-Q4", "FY2025-Q1", "FY2024-Q2", "FY2024-Q3"]),
        ("2024-09-30", ["FY2024-Q4", "FY2025-Q1", "FY2024-Q2", "FY2024-Q3"]),
        ("2024-10-01", ["FY2025-Q1", "FY2025-Q2", "FY2024-Q3", "FY2024-Q4"]),
        ("2024-12-31", ["FY2025-Q1", "FY2025-Q2", "FY2024-Q3", "FY2024-Q4"]),
        ("2025-01-01", ["FY2025-Q2", "FY2025-Q3", "FY2024-Q4", "FY2025-Q1"]),
        ("2025-03-31", ["FY2025-Q2", "FY2025-Q3", "FY2024-Q4", "FY2025-Q1"]),
        ("2025-04-01", ["FY2025-Q3", "FY2025-Q4", "FY2025-Q1", "FY2025-Q2"]),
        ("2025-06-30", ["FY2025-Q3", "FY2025-Q4", "FY2025-Q1", "FY2025-Q2"]),
        ("2025-07-01", ["FY2025-Q4", "FY2026-Q1", "FY2025-Q2", "FY2025-Q3"]),
        ("2025-09-30", ["FY2025-Q4", "FY2026-Q1", "FY2025-Q2", "FY2025-Q3"]),
        ("2025-10-01", ["FY2026-Q1", "FY2026-Q2", "FY2025-Q3", "FY2025-Q4"]),
    ]

    @Test("the worked cases of the format documentation", arguments: worked)
    func workedCases(_ text: String, expected: [String]) {
        let day = date(text)
        let found = [Self.federal, Self.city, Self.japan, Self.calendarYear].map { calendar in
            "FY\(calendar.fiscalYear(containing: day))-Q\(calendar.fiscalQuarter(containing: day))"
        }
        #expect(found == expected)
    }

    @Test("first and last day and label of FY2025", arguments: [
        (federal, "2024-10-01", "2025-09-30", "FY2025 (Oct 2024–Sep 2025)"),
        (city, "2024-07-01", "2025-06-30", "FY2025 (Jul 2024–Jun 2025)"),
        (japan, "2025-04-01", "2026-03-31", "FY2025 (Apr 2025–Mar 2026)"),
        (calendarYear, "2025-01-01", "2025-12-31", "2025"),
        (FiscalCalendar(startMonth: 1, startDay: 1, naming: .start), "2025-01-01", "2025-12-31", "2025"),
        (FiscalCalendar(startMonth: 4, startDay: 6, naming: .start), "2025-04-06", "2026-04-05", "FY2025 (Apr 2025–Apr 2026)"),
        (FiscalCalendar(startMonth: 1, startDay: 15, naming: .end), "2024-01-15", "2025-01-14", "FY2025 (Jan 2024–Jan 2025)"),
    ])
    func yearBounds(_ calendar: FiscalCalendar, first: String, last: String, label: String) {
        #expect(calendar.firstDay(of: 2025) == date(first))
        #expect(calendar.lastDay(of: 2025) == date(last))
        #expect(calendar.label(of: 2025) == label)
        #expect(calendar.fiscalYear(containing: date(first)) == 2025)
        #expect(calendar.fiscalYear(containing: date(last)) == 2025)
        #expect(calendar.fiscalYear(containing: date(first).adding(days: -1)) == 2024)
        #expect(calendar.fiscalYear(containing: date(last).adding(days: 1)) == 2026)
    }

    @Test("a start day other than 1: months and quarters run from that day")
    func startDaySix() {
        let uk = FiscalCalendar(startMonth: 4, startDay: 6, naming: .start)
        let cases: [(String, fiscalYear: Int, month: Int, quarter: Int)] = [
            ("2025-04-05", 2024, 11, 4), ("2025-04-06", 2025, 0, 1), ("2025-05-05", 2025, 0, 1), ("2025-05-06", 2025, 1, 1),
            ("2025-07-05", 2025, 2, 1), ("2025-07-06", 2025, 3, 2), ("2026-01-06", 2025, 9, 4), ("2026-04-05", 2025, 11, 4),
        ]
        for (text, fiscalYear, month, quarter) in cases {
            let day = date(text)
            #expect(uk.fiscalYear(containing: day) == fiscalYear, "\(text)")
            #expect(uk.fiscalMonthIndex(containing: day) == month, "\(text)")
            #expect(uk.fiscalQuarter(containing: day) == quarter, "\(text)")
        }
        #expect(uk.firstDay(of: 2025, quarter: 1) == date("2025-04-06"))
        #expect(uk.firstDay(of: 2025, quarter: 2) == date("2025-07-06"))
        #expect(uk.firstDay(of: 2025, quarter: 4) == date("2026-01-06"))
        #expect(!uk.isCalendarYear)
    }

    @Test("month index and first day of each quarter, July start", arguments: [(1, "2024-07-01"), (2, "2024-10-01"), (3, "2025-01-01"), (4, "2025-04-01")])
    func quarters(_ quarter: Int, first: String) {
        #expect(Self.city.firstDay(of: 2025, quarter: quarter) == date(first))
        #expect(Self.city.fiscalQuarter(containing: date(first)) == quarter)
        #expect(Self.city.fiscalMonthIndex(containing: date(first)) == (quarter - 1) * 3)
        #expect(Self.city.fiscalQuarter(containing: date(first).adding(days: -1)) == (quarter + 2) % 4 + 1)
    }

    @Test("every day of 2020–2030 lies inside its fiscal year and quarter, for several calendars")
    func consistency() {
        let calendars = [Self.federal, Self.city, Self.japan, Self.calendarYear, FiscalCalendar(startMonth: 4, startDay: 6, naming: .start),
            FiscalCalendar(startMonth: 2, startDay: 28, naming: .end), FiscalCalendar(startMonth: 12, startDay: 15, naming: .end)]
        for calendar in calendars {
            var day = date("2020-01-01")
            while day <= date("2030-12-31") {
                let year = calendar.fiscalYear(containing: day)
                let quarter = calendar.fiscalQuarter(containing: day)
                let month = calendar.fiscalMonthIndex(containing: day)
                let inYear = calendar.firstDay(of: year) <= day && day <= calendar.lastDay(of: year)
                let quarterStart = calendar.firstDay(of: year, quarter: quarter)
                let inQuarter = quarterStart <= day && (quarter == 4 || day < calendar.firstDay(of: year, quarter: quarter + 1))
                guard inYear, inQuarter, month / 3 + 1 == quarter else {
                    Issue.record("\(day) in \(calendar): FY\(year) Q\(quarter) month \(month)")
                    return
                }
                day = day.adding(days: 1)
            }
        }
    }
}

@Suite("KPIPeriod")
struct KPIPeriodTests {
    @Test("the three forms", arguments: [
        ("2024-07", KPIPeriod.month(year: 2024, month: 7), KPIFrequency.monthly),
        ("2024-12", .month(year: 2024, month: 12), .monthly),
        ("FY2025-Q1", .fiscalQuarter(fiscalYear: 2025, quarter: 1), .quarterly),
        ("FY2025-Q4", .fiscalQuarter(fiscalYear: 2025, quarter: 4), .quarterly),
        ("FY2025", .fiscalYear(2025), .annual),
    ])
    func parses(_ text: String, period: KPIPeriod, frequency: KPIFrequency) {
        #expect(KPIPeriod(text) == period)
        #expect(period.frequency == frequency)
        #expect(period.description == text)
    }

    @Test("anything else is not a period", arguments: [
        "2024-13", "2024-00", "2024-7", "24-07", "2024/07", "FY2025-Q0", "FY2025-Q5", "FY2025Q1", "FY25", "fy2025", "FY2025-q1",
        "FY 2025", "FY+025", "2024-07-01", "Jan 2025", "", "FY２０２５",
    ])
    func rejects(_ text: String) {
        #expect(KPIPeriod(text) == nil)
    }

    @Test("periods sort by kind, then in time")
    func order() {
        let periods = ["FY2025", "2025-01", "FY2024-Q4", "2024-12", "FY2025-Q1", "FY2024"].compactMap(KPIPeriod.init)
        #expect(periods.sorted().map(\.description) == ["2024-12", "2025-01", "FY2024-Q4", "FY2025-Q1", "FY2024", "FY2025"])
    }
}
