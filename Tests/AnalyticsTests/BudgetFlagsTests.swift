import Analytics
import LedgerKit
import Testing

/// The flags: spending no budget line covers, and budget keys whose spending exceeds their revised budget.
@Suite("Budget execution: flags")
struct BudgetFlagsTests {
    @Test("spending with no budget line: another fund, an organisation without budget; ancestors cover")
    func unbudgetedInCityLedger() throws {
        let store = try BudgetExecutionTests.cityLedger()
        let report = store.budgetExecution(by: .organisation, fiscalYear: 2025)
        // PW-STR's personnel payment is covered by the agency-level PW / PER / GF line.
        #expect(report.row(of: store.node("PW-STR")).execution.unbudgeted == FlaggedSpending(amount: 0, count: 0))
        // PW-PRK's payment from the Road Fund has no RF line.
        #expect(report.row(of: store.node("PW-PRK")).execution.unbudgeted == FlaggedSpending(amount: 3_000, count: 1))
        #expect(report.row(of: store.node("LIB")).execution.unbudgeted == FlaggedSpending(amount: 7_000, count: 1))
        #expect(report.totals.unbudgeted == FlaggedSpending(amount: 10_000, count: 2))
    }

    @Test("a category line covers its subcategories; proposed and executed lines cover nothing; obligations are not spending")
    func coveringRules() throws {
        var ledger = TestLedger()
        ledger.budget(2025, "PW-STR", "adopted", "100.00", category: "CON")
        ledger.budget(2025, "PW-PRK", "proposed", "100.00")
        ledger.budget(2025, "LIB", "executed", "100.00")
        ledger.budget(2024, "HR", "adopted", "100.00")
        ledger.item("2024-08-01", "PW-STR", "10.00", category: "CON-MNT")
        ledger.item("2024-08-01", "PW-PRK", "20.00")
        ledger.item("2024-08-01", "PW-PRK", "500.00", kind: "obligation")
        ledger.item("2024-08-01", "LIB", "30.00")
        ledger.item("2024-08-01", "HR", "40.00")
        let store = try ledger.store()
        let report = store.budgetExecution(by: .organisation, fiscalYear: 2025)
        #expect(report.row(of: store.node("PW-STR")).execution.unbudgeted.count == 0)
        #expect(report.row(of: store.node("PW-PRK")).execution.unbudgeted == FlaggedSpending(amount: 2_000, count: 1))
        #expect(report.row(of: store.node("LIB")).execution.unbudgeted == FlaggedSpending(amount: 3_000, count: 1))
        #expect(report.row(of: store.node("HR")).execution.unbudgeted == FlaggedSpending(amount: 4_000, count: 1))
    }

    @Test("an agency-wide line in a root category and fund covers every item of the agency")
    func rootLineCoversAll() throws {
        var ledger = TestLedger()
        ledger.budget(2025, "CITY", "revised", "100.00", category: "CON", fund: "RF")
        ledger.budget(2025, "CITY", "adopted", "100.00", category: "PER", fund: "GF")
        ledger.item("2024-08-01", "PW-STR", "10.00", category: "CON-MNT", fund: "RF")
        ledger.item("2024-08-01", "LIB", "20.00", category: "PER")
        ledger.item("2024-08-01", "LIB", "30.00", category: "CON", fund: "GF")
        let store = try ledger.store()
        let report = store.budgetExecution(by: .organisation, fiscalYear: 2025)
        #expect(report.totals.unbudgeted == FlaggedSpending(amount: 3_000, count: 1))
    }

    @Test("overspent: by the budget line a line item references, or by a key with exactly its codes")
    func overspent() throws {
        var ledger = TestLedger()
        let streets = ledger.budget(2025, "PW-STR", "adopted", "500.00", function: "04.5")
        ledger.budget(2025, "PW-PRK", "adopted", "100.00", category: "PER")
        let parksContracts = ledger.budget(2025, "PW-PRK", "adopted", "100.00")
        ledger.budget(2025, "PW-PRK", "revised", "200.00")
        let lastYear = ledger.budget(2024, "LIB", "adopted", "10.00")
        ledger.budget(2025, "LIB", "adopted", "40.00")
        // Streets: items without a function, charged through their reference: 600 > 500.
        ledger.item("2024-08-01", "PW-STR", "400.00", budgetLine: streets)
        ledger.item("2024-09-01", "PW-STR", "250.00", budgetLine: streets)
        ledger.item("2024-09-02", "PW-STR", "-50.00", kind: "refund", budgetLine: streets)
        ledger.item("2024-09-03", "PW-STR", "900.00", kind: "obligation", budgetLine: streets)
        // Parks personnel: no reference, same codes as the key: 150 > 100.
        ledger.item("2024-08-01", "PW-PRK", "150.00", category: "PER")
        // Parks contracts: revised to 200, paid exactly 200: not overspent.
        ledger.item("2024-08-01", "PW-PRK", "200.00", budgetLine: parksContracts)
        // Library: a reference to last year's line falls back to the key of its codes: 50 > 40.
        ledger.item("2024-08-01", "LIB", "50.00", budgetLine: lastYear)
        let store = try ledger.store()
        let report = store.budgetExecution(by: .organisation, fiscalYear: 2025)
        #expect(report.overspent.map(\.excess) == [10_000, 5_000, 1_000])
        #expect(report.overspent.map(\.node) == [store.node("PW-STR"), store.node("PW-PRK"), store.node("LIB")])
        let first = try #require(report.overspent.first)
        #expect(store.ledger.budgetLines[first.budgetLine].id == streets)
        #expect(first.revised == 50_000 && first.paid == 60_000)
        #expect(report.row(of: store.node("PW")).execution.overspentBudgetLines == 2)
        #expect(report.row(of: store.node("CITY")).execution.overspentBudgetLines == 3)
        #expect(report.row(of: store.node("HR")).execution.overspentBudgetLines == 0)
        #expect(report.totals.overspentBudgetLines == 3)
    }

    @Test("a key with only a proposed line is not overspent: its spending is unbudgeted instead")
    func proposedOnlyIsNotOverspent() throws {
        var ledger = TestLedger()
        ledger.budget(2025, "PW-STR", "proposed", "10.00")
        ledger.item("2024-08-01", "PW-STR", "50.00")
        let store = try ledger.store()
        let report = store.budgetExecution(by: .organisation, fiscalYear: 2025)
        #expect(report.overspent.isEmpty)
        #expect(report.totals.unbudgeted == FlaggedSpending(amount: 5_000, count: 1))
    }
}
