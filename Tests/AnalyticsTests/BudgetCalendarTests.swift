import Analytics
import LedgerKit
import Testing

/// Budget execution on fiscal years starting in April (named by their start) and October
/// (named by their end), and on a year with February 29.
@Suite("Budget execution: fiscal calendars")
struct BudgetCalendarTests {
    @Test("April start, named by the start year (Japan): FY2024 is 2024-04-01 – 2025-03-31")
    func aprilStart() throws {
        var ledger = TestLedger()
        ledger.startMonth = 4
        ledger.naming = "start"
        ledger.asOf = "2024-12-31"
        ledger.budget(2024, "PW-STR", "adopted", "100.00")
        ledger.item("2023-12-31", "PW-STR", "4.00")
        ledger.item("2024-01-01", "PW-STR", "8.00")
        ledger.item("2024-03-31", "PW-STR", "1.00")
        ledger.item("2024-04-01", "PW-STR", "2.00")
        ledger.item("2025-03-31", "PW-STR", "3.00")
        let store = try ledger.store()
        let report = store.budgetExecution(by: .organisation, fiscalYear: 2024)
        #expect(report.progress.days == CivilDate(iso: "2024-04-01")!...CivilDate(iso: "2025-03-31")!)
        #expect(report.progress.daysElapsed == 275)
        #expect(report.progress.dayCount == 365)
        let streets = report.row(of: store.node("PW-STR")).execution
        #expect(streets.paid == 500)
        #expect(streets.yearOverYear?.previousPaid == 400)  // FY2023 up to 2023-12-31
        #expect(streets.projection.profile == .node)
        #expect(streets.projection.seasonalShare == 400.0 / 1_300.0)
    }

    @Test("October start, named by the end year (US federal): FY2025 is 2024-10-01 – 2025-09-30")
    func octoberStart() throws {
        var ledger = TestLedger()
        ledger.startMonth = 10
        ledger.budget(2025, "PW-STR", "adopted", "100.00")
        ledger.item("2024-09-30", "PW-STR", "1.00")
        ledger.item("2024-10-01", "PW-STR", "2.00")
        let store = try ledger.store()
        let report = store.budgetExecution(by: .organisation, fiscalYear: 2025)
        #expect(report.progress.days == CivilDate(iso: "2024-10-01")!...CivilDate(iso: "2025-09-30")!)
        #expect(report.progress.daysElapsed == 182)
        #expect(report.totals.paid == 200)
        #expect(report.totals.yearOverYear?.previousPaid == 0)  // 2024-09-30 lies after FY2024's 2024-03-31
        #expect(store.budgetExecution(by: .organisation, fiscalYear: 2024).totals.paid == 100)
    }

    @Test("a leap year has 366 days; February 29 is matched by February 28 a year earlier")
    func leapYear() throws {
        var ledger = TestLedger()
        ledger.asOf = "2024-02-29"
        ledger.budget(2024, "PW-STR", "adopted", "100.00")
        ledger.item("2024-02-29", "PW-STR", "10.00")
        ledger.item("2024-03-01", "PW-STR", "20.00")
        ledger.item("2023-02-28", "PW-STR", "1.00")
        ledger.item("2023-03-01", "PW-STR", "2.00")
        let store = try ledger.store()
        let report = store.budgetExecution(by: .organisation, fiscalYear: 2024)
        #expect(report.progress.dayCount == 366)
        #expect(report.progress.daysElapsed == 244)
        #expect(report.progress.share == 244.0 / 366.0)
        let streets = report.row(of: store.node("PW-STR")).execution
        #expect(streets.paid == 3_000)
        #expect(streets.yearOverYear?.previousPaid == 100)
        #expect(streets.projection.seasonalShare == 1.0 / 3.0)
        #expect(streets.projection.seasonal == 9_000)
    }
}
