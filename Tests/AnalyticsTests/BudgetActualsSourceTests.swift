import Analytics
import LedgerKit
import Testing

/// Where actuals come from: line items, or executed-phase budget lines when a year has no line
/// items, or nothing; as of 2025-03-31 on a July fiscal year.
@Suite("Budget execution: actuals source")
struct BudgetActualsSourceTests {
    /// FY2023 published as aggregate actuals only; FY2024 as line items; FY2025 budget only.
    static func ledger() throws -> LedgerStore {
        var ledger = TestLedger()
        ledger.budget(2023, "PW-STR", "adopted", "1000.00")
        ledger.budget(2023, "PW-STR", "executed", "900.00")
        ledger.budget(2023, "PW-STR", "executed", "50.00")
        ledger.budget(2023, "PW-PRK", "adopted", "500.00")
        ledger.budget(2023, "PW-PRK", "executed", "600.00")
        ledger.budget(2024, "PW-STR", "adopted", "1000.00")
        ledger.budget(2025, "PW-STR", "adopted", "1000.00")
        ledger.item("2023-08-01", "PW-STR", "800.00")
        ledger.item("2024-02-01", "PW-PRK", "500.00")
        return try ledger.store()
    }

    @Test("executed budget lines serve as paid for a year without line items")
    func executedLines() throws {
        let store = try Self.ledger()
        let report = store.budgetExecution(by: .organisation, fiscalYear: 2023)
        #expect(report.actualsSource == .executedBudgetLines)
        let streets = report.row(of: store.node("PW-STR")).execution
        #expect(streets.paid == 95_000)
        #expect(streets.obligated == 0 && streets.lineItemCount == 0 && streets.budgetLineCount == 3)
        #expect(streets.outturn?.basis == .actuals)
        #expect(streets.outturn?.againstAdopted.rate == -0.05)
        #expect(streets.outturn?.band == .a)
        let parks = report.row(of: store.node("PW-PRK")).execution
        #expect(parks.paid == 60_000 && parks.outturn?.band == .d)
        #expect(report.totals.paid == 155_000)
        #expect(report.overspent.map(\.excess) == [10_000])
        #expect(report.overspent.first?.node == store.node("PW-PRK"))
    }

    @Test("the year after aggregate actuals compares itself with them once it is complete")
    func previousYearFromExecutedLines() throws {
        let store = try Self.ledger()
        let complete = store.budgetExecution(by: .organisation, fiscalYear: 2024)
        #expect(complete.actualsSource == .lineItems)
        #expect(complete.previousYearSource == .executedBudgetLines)
        let streets = complete.row(of: store.node("PW-STR")).execution.yearOverYear
        #expect(streets?.previousPaid == 95_000 && streets?.change.amount == -15_000)
        let inProgress = store.budgetExecution(by: .organisation, fiscalYear: 2024, asOf: CivilDate(iso: "2024-03-31")!)
        #expect(inProgress.previousYearSource == .none)
        #expect(inProgress.row(of: store.node("PW-STR")).execution.yearOverYear == nil)
    }

    @Test("a year with neither line items nor executed lines has no actuals and no outturn")
    func noActuals() throws {
        let store = try Self.ledger()
        let report = store.budgetExecution(by: .organisation, fiscalYear: 2025)
        #expect(report.actualsSource == .none)
        #expect(report.previousYearSource == .lineItems)
        let streets = report.row(of: store.node("PW-STR")).execution
        #expect(streets.paid == 0 && streets.revised == 100_000)
        #expect(streets.outturn == nil && streets.yearOverYear == nil)
        #expect(streets.projection.profile == .unavailable && streets.projection.preferred == nil)
    }
}
