import Analytics
import LedgerKit
import Testing

/// Year-end projections (run-rate and seasonal, with the fallback to the ledger's profile) and
/// the year-over-year change, on FY2025 (July start) as of 2025-03-31: 274 of 365 days.
@Suite("Budget execution: projections and year over year")
struct BudgetProjectionTests {
    /// Streets spent 200 + 200 in FY2023 and 100 + 300 in FY2024, half and a quarter of it by
    /// March 31; Parks has no history.
    static func ledgerWithHistory() throws -> LedgerStore {
        var ledger = TestLedger()
        ledger.budget(2025, "PW-STR", "adopted", "100.00")
        ledger.item("2022-09-01", "PW-STR", "200.00")
        ledger.item("2023-06-01", "PW-STR", "200.00")
        ledger.item("2024-03-31", "PW-STR", "100.00")  // the same day as 2025-03-31: counts to date
        ledger.item("2024-04-01", "PW-STR", "300.00")  // the day after: does not
        ledger.item("2024-10-01", "PW-STR", "50.00")
        ledger.item("2025-01-10", "PW-PRK", "30.00")
        return try ledger.store()
    }

    @Test("run-rate: paid ÷ share of the year elapsed")
    func runRate() throws {
        let store = try Self.ledgerWithHistory()
        let streets = store.budgetExecution(by: .organisation, fiscalYear: 2025).row(of: store.node("PW-STR")).execution
        #expect(streets.paid == 5_000)
        #expect(streets.projection.runRate == 6_661)  // 5,000 × 365 / 274 = 6,660.58
    }

    @Test("seasonal from the node's own prior years, pooled over the profile years")
    func seasonalFromNode() throws {
        let store = try Self.ledgerWithHistory()
        let report = store.budgetExecution(by: .organisation, fiscalYear: 2025)
        let streets = report.row(of: store.node("PW-STR")).execution.projection
        #expect(streets.profile == .node)
        #expect(streets.seasonalShare == 0.375)  // (200 + 100) / (400 + 400)
        #expect(streets.seasonal == 13_333)  // 5,000 / 0.375
        #expect(streets.preferred == 13_333)
        let works = report.row(of: store.node("PW")).execution.projection
        #expect(works.profile == .node)
        #expect(works.seasonal == 21_333)  // (5,000 + 3,000) / 0.375

        let lastYearOnly = store.budgetExecution(by: .organisation, fiscalYear: 2025, profileYears: 1)
        #expect(lastYearOnly.profileYears == 1)
        #expect(lastYearOnly.row(of: store.node("PW-STR")).execution.projection.seasonalShare == 0.25)  // 100 / 400
        #expect(lastYearOnly.row(of: store.node("PW-STR")).execution.projection.seasonal == 20_000)
    }

    @Test("a node with no history falls back to the whole ledger's profile")
    func seasonalFallsBackToLedger() throws {
        let store = try Self.ledgerWithHistory()
        let parks = store.budgetExecution(by: .organisation, fiscalYear: 2025).row(of: store.node("PW-PRK")).execution.projection
        #expect(parks.profile == .ledger)
        #expect(parks.seasonalShare == 0.375)
        #expect(parks.seasonal == 8_000)  // 3,000 / 0.375
        #expect(parks.runRate == 3_996)  // 3,000 × 365 / 274 = 3,996.35
    }

    @Test("without any prior year there is no seasonal projection; the run-rate is preferred")
    func noHistory() throws {
        let store = try BudgetExecutionTests.cityLedger()
        let streets = store.budgetExecution(by: .organisation, fiscalYear: 2025).row(of: store.node("PW-STR")).execution
        #expect(streets.projection.profile == .unavailable)
        #expect(streets.projection.seasonal == nil)
        #expect(streets.projection.runRate == 60_611)  // 45,500 × 365 / 274 = 60,611.31
        #expect(streets.outturn?.basis == .projection)
        #expect(streets.outturn?.amount == 60_611)
        #expect(streets.outturn?.againstAdopted == Variance(60_611, from: 100_000))
        #expect(streets.outturn?.againstRevised == Variance(60_611, from: 120_000))
    }

    @Test("a completed year projects its actuals; a year not started projects nothing")
    func completedAndFutureYears() throws {
        let store = try Self.ledgerWithHistory()
        let past = store.budgetExecution(by: .organisation, fiscalYear: 2024).row(of: store.node("PW-STR")).execution
        #expect(past.projection.profile == .yearComplete)
        #expect(past.projection.runRate == 40_000 && past.projection.seasonal == 40_000)
        #expect(past.projection.seasonalShare == 1)
        #expect(past.outturn?.basis == .actuals && past.outturn?.amount == 40_000)
        let future = store.budgetExecution(by: .organisation, fiscalYear: 2026).row(of: store.node("PW-STR")).execution
        #expect(future.projection.profile == .unavailable)
        #expect(future.projection.preferred == nil)
        #expect(future.outturn == nil && future.yearOverYear == nil)
    }

    @Test("year over year: paid to date against the previous year's paid to the same day")
    func yearOverYear() throws {
        let store = try Self.ledgerWithHistory()
        let report = store.budgetExecution(by: .organisation, fiscalYear: 2025)
        #expect(report.previousYearSource == .lineItems)
        let streets = report.row(of: store.node("PW-STR")).execution.yearOverYear
        #expect(streets?.previousPaid == 10_000)
        #expect(streets?.change == Variance(5_000, from: 10_000))
        #expect(streets?.change.amount == -5_000 && streets?.change.rate == -0.5)
        let parks = report.row(of: store.node("PW-PRK")).execution.yearOverYear
        #expect(parks?.previousPaid == 0 && parks?.change.amount == 3_000 && parks?.change.rate == nil)
        let completed = store.budgetExecution(by: .organisation, fiscalYear: 2024).row(of: store.node("PW-STR")).execution.yearOverYear
        #expect(completed?.previousPaid == 40_000 && completed?.change.rate == 0)  // whole years
    }
}
