import Analytics
import LedgerKit
import Testing

/// Amounts per month, quarter and fiscal year over a fiscal year, zeros included, with the
/// running total and the previous year's same periods.
@Suite("Time series")
struct TimeSeriesTests {
    static func date(_ text: String) -> CivilDate { CivilDate(iso: text)! }

    @Test("monthly on a July fiscal year: every month, zeros included, refunds netted, obligations left out")
    func monthly() throws {
        var ledger = TestLedger()
        ledger.item("2024-07-01", "PW-STR", "100.00")
        ledger.item("2024-07-31", "PW-STR", "-30.00", kind: "refund")
        ledger.item("2024-09-15", "PW-PRK", "50.00")
        ledger.item("2024-09-16", "PW-PRK", "999.00", kind: "obligation")
        ledger.item("2025-06-30", "LIB", "5.00", kind: "adjustment")
        ledger.item("2024-06-30", "PW-STR", "7.00")
        ledger.item("2023-07-01", "PW-STR", "1.00")
        let store = try ledger.store()
        let series = store.spendingSeries(by: .month, fiscalYear: 2025)
        #expect(series.current.periods.map(\.description) == [
            "2024-07", "2024-08", "2024-09", "2024-10", "2024-11", "2024-12",
            "2025-01", "2025-02", "2025-03", "2025-04", "2025-05", "2025-06",
        ])
        #expect(series.current.amounts == [7_000, 0, 5_000, 0, 0, 0, 0, 0, 0, 0, 0, 500])
        #expect(series.current.cumulative == [7_000, 7_000, 12_000, 12_000, 12_000, 12_000, 12_000, 12_000, 12_000, 12_000, 12_000, 12_500])
        #expect(series.current.total == 12_500)
        #expect(series.previous.fiscalYear == 2024)
        #expect(series.previous.periods.first?.description == "2023-07")
        #expect(series.previous.amounts == [100, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 700])
        #expect(series.asOf == Self.date("2025-03-31"))
        #expect(series.elapsedPeriods == 9)
    }

    @Test("the filter narrows the series: an organisation subtree, obligations, a date range")
    func filtered() throws {
        var ledger = TestLedger()
        ledger.item("2024-07-01", "PW-STR", "100.00")
        ledger.item("2024-08-01", "PW-PRK", "50.00")
        ledger.item("2024-09-01", "LIB", "20.00")
        ledger.item("2024-09-02", "PW-PRK", "70.00", kind: "obligation")
        let store = try ledger.store()
        let works = store.spendingSeries(LineItemFilter(organisation: store.node("PW")), by: .quarter, fiscalYear: 2025)
        #expect(works.current.amounts == [15_000, 0, 0, 0])
        let obligations = store.spendingSeries(LineItemFilter(kinds: [.obligation]), by: .quarter, fiscalYear: 2025)
        #expect(obligations.current.amounts == [7_000, 0, 0, 0])
        let august = Self.date("2024-08-01")...Self.date("2024-12-31")
        #expect(store.spendingSeries(LineItemFilter(dates: august), by: .month, fiscalYear: 2025).current.amounts.prefix(3) == [0, 5_000, 2_000])
        let longAgo = Self.date("2010-01-01")...Self.date("2010-12-31")
        let none = store.spendingSeries(LineItemFilter(dates: longAgo), by: .month, fiscalYear: 2025)
        #expect(none.current.amounts == Array(repeating: 0, count: 12) && none.previous.total == 0)
    }

    @Test("quarters of a Japanese fiscal year (April start, named by its start)")
    func aprilStart() throws {
        var ledger = TestLedger()
        ledger.startMonth = 4
        ledger.naming = "start"
        ledger.asOf = "2024-12-31"
        ledger.item("2024-03-31", "PW-STR", "1.00")
        ledger.item("2024-04-01", "PW-STR", "2.00")
        ledger.item("2025-03-31", "PW-STR", "3.00")
        let store = try ledger.store()
        let series = store.spendingSeries(by: .quarter, fiscalYear: 2024)
        #expect(series.current.periods.map(\.description) == ["FY2024-Q1", "FY2024-Q2", "FY2024-Q3", "FY2024-Q4"])
        #expect(series.current.periods.map(\.start) == ["2024-04-01", "2024-07-01", "2024-10-01", "2025-01-01"].map(Self.date))
        #expect(series.current.amounts == [200, 0, 0, 300])
        #expect(series.previous.periods.last?.description == "FY2023-Q4")
        #expect(series.previous.amounts == [0, 0, 0, 100])
        #expect(series.elapsedPeriods == 3)
    }

    @Test("quarters of a US federal fiscal year (October start, named by its end)")
    func octoberStart() throws {
        var ledger = TestLedger()
        ledger.startMonth = 10
        ledger.item("2024-09-30", "PW-STR", "1.00")
        ledger.item("2024-10-01", "PW-STR", "2.00")
        let store = try ledger.store()
        let series = store.spendingSeries(by: .quarter, fiscalYear: 2025)
        #expect(series.current.periods.first?.start == Self.date("2024-10-01"))
        #expect(series.current.periods.last?.end == Self.date("2025-09-30"))
        #expect(series.current.amounts == [200, 0, 0, 0])
        #expect(series.previous.amounts == [0, 0, 0, 100])
        #expect(series.elapsedPeriods == 2)
        let years = store.spendingSeries(by: .fiscalYear, fiscalYear: 2025)
        #expect(years.current.periods.map(\.description) == ["FY2025"])
        #expect(years.current.amounts == [200] && years.previous.amounts == [100])
    }

    @Test("February 29 in a leap fiscal year")
    func leapYear() throws {
        var ledger = TestLedger()
        ledger.item("2024-02-29", "PW-STR", "29.00")
        ledger.item("2024-03-01", "PW-STR", "1.00")
        ledger.item("2023-02-28", "PW-STR", "28.00")
        let store = try ledger.store()
        let series = store.spendingSeries(by: .month, fiscalYear: 2024)
        let february = try #require(series.current.periods.firstIndex { $0.description == "2024-02" })
        #expect(series.current.periods[february].end == Self.date("2024-02-29"))
        #expect(series.current.amounts[february] == 2_900)
        #expect(series.current.amounts[february + 1] == 100)
        #expect(series.previous.amounts[february] == 2_800)
    }

    @Test("a mid-month fiscal-year start: 13 months, the first and last partial")
    func midMonthStart() throws {
        var ledger = TestLedger()
        ledger.startMonth = 4
        ledger.startDay = 6
        ledger.naming = "start"
        ledger.item("2024-04-05", "PW-STR", "1.00")
        ledger.item("2024-04-06", "PW-STR", "2.00")
        ledger.item("2025-04-05", "PW-STR", "3.00")
        let store = try ledger.store()
        let series = store.spendingSeries(by: .month, fiscalYear: 2024)
        #expect(series.current.periods.count == 13)
        #expect(series.current.periods.first?.description == "2024-04" && series.current.periods.last?.description == "2025-04")
        #expect(series.current.amounts.first == 200 && series.current.amounts.last == 300)
        #expect(series.previous.periods.count == 13 && series.previous.amounts.last == 100)
        #expect(series.current.total == 500 && series.previous.total == 100)
        #expect(store.spendingSeries(by: .month, fiscalYear: 2024, asOf: Self.date("2024-04-05")).elapsedPeriods == 0)
        #expect(store.spendingSeries(by: .month, fiscalYear: 2024, asOf: Self.date("2024-04-06")).elapsedPeriods == 1)
    }

    @Test("the series agrees with the filtered total over the two years")
    func agreesWithSelection() throws {
        let store = try BudgetExecutionTests.cityLedger()
        let calendar = store.ledger.calendar
        for bucket in TimeBucket.allCases {
            let series = store.spendingSeries(by: bucket, fiscalYear: 2025)
            let twoYears = calendar.firstDay(of: 2024)...calendar.lastDay(of: 2025)
            let total = store.report(LineItemFilter(dates: twoYears), groupedBy: .lineItemKind).total.sum
            #expect(series.current.total + series.previous.total == total, "\(bucket)")
            #expect(series.current.total == 75_500, "\(bucket)")
        }
    }
}
