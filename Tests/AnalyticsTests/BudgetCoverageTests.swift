import Analytics
import LedgerKit
import Testing

/// Coverage: what has no node in the report's hierarchy is reported, not dropped.
@Suite("Budget execution: coverage of optional classifications")
struct BudgetCoverageTests {
    static func ledger() throws -> LedgerStore {
        var ledger = TestLedger()
        ledger.budget(2025, "PW-STR", "adopted", "1000.00", function: "04.5")
        ledger.budget(2025, "LIB", "adopted", "100.00")
        ledger.item("2024-08-01", "PW-STR", "300.00")
        ledger.item("2024-08-02", "PW-STR", "20.00", function: "04.5")
        ledger.item("2024-08-03", "PW-STR", "50.00", kind: "obligation")
        return try ledger.store()
    }

    @Test("by function: line items without a function are unclassified, not silently zero")
    func function() throws {
        let store = try Self.ledger()
        let report = store.budgetExecution(by: .function, fiscalYear: 2025)
        let transport = report.row(of: store.node("04.5", in: .function)).execution
        #expect(transport.revised == 100_000 && transport.paid == 2_000)
        #expect(report.row(of: store.node("04", in: .function)).execution == transport)
        #expect(!report.coverage.isComplete)
        #expect(report.coverage.lineItems == 3 && report.coverage.budgetLines == 2)
        #expect(report.coverage.lineItemShare == 1.0 / 3.0)
        let unclassified = report.coverage.unclassified
        #expect(unclassified.paid == 30_000 && unclassified.obligated == 5_000 && unclassified.lineItemCount == 2)
        #expect(unclassified.revised == 10_000 && unclassified.budgetLineCount == 1)
        #expect(report.totals.paid == 32_000 && report.totals.revised == 110_000)
    }

    @Test("by organisation, category or fund everything has a node")
    func requiredClassifications() throws {
        let store = try Self.ledger()
        for kind in [ClassificationKind.organisation, .category, .fund] {
            let report = store.budgetExecution(by: kind, fiscalYear: 2025)
            #expect(report.coverage.isComplete, "\(kind)")
            #expect(report.coverage.lineItemShare == 1, "\(kind)")
            #expect(report.coverage.unclassified.paid == 0, "\(kind)")
        }
    }

    @Test("a hierarchy with no nodes: no rows, everything unclassified")
    func emptyHierarchy() throws {
        let store = try Self.ledger()
        let report = store.budgetExecution(by: .region, fiscalYear: 2025)
        #expect(report.rows.isEmpty)
        #expect(report.coverage.unclassified.paid == report.totals.paid)
        #expect(report.coverage.lineItemShare == 0)
    }
}
