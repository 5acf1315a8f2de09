import Analytics
import LedgerKit
import Testing

/// PEFA-style outturn bands: the deviation of the outturn from the adopted budget, A within
/// 5 %, B within 10 %, C within 15 %, D beyond, edges inclusive.
@Suite("Budget execution: PEFA outturn bands")
struct BudgetOutturnBandTests {
    /// Paid in completed FY2024 by nodes each with an adopted budget of 1,000.00, and the band expected.
    static let edges: [(paid: String, band: OutturnBand)] = [
        ("1000.00", .a), ("1050.00", .a), ("1050.01", .b), ("950.00", .a), ("949.99", .b),
        ("1100.00", .b), ("1100.01", .c), ("900.00", .b), ("1150.00", .c), ("1150.01", .d),
        ("850.00", .c), ("849.99", .d), ("0.00", .d),
    ]

    @Test("bands of a completed year on actuals, exactly at and one cent beyond each edge")
    func edgesOnActuals() throws {
        var ledger = TestLedger()
        ledger.organisations = Self.edges.indices.map { ("E\($0)", "Edge \($0)", nil) }
        for (index, edge) in Self.edges.enumerated() {
            ledger.budget(2024, "E\(index)", "adopted", "1000.00")
            ledger.item("2024-01-15", "E\(index)", edge.paid)
        }
        let store = try ledger.store()
        let report = store.budgetExecution(by: .organisation, fiscalYear: 2024)
        #expect(report.progress.isComplete)
        for (index, edge) in Self.edges.enumerated() {
            let outturn = report.row(of: store.node("E\(index)")).execution.outturn
            #expect(outturn?.basis == .actuals)
            #expect(outturn?.band == edge.band, "paid \(edge.paid) against 1000.00")
        }
    }

    @Test("the band is against the adopted budget, whatever the revision")
    func againstAdopted() throws {
        var ledger = TestLedger()
        ledger.budget(2024, "PW-STR", "adopted", "1000.00")
        ledger.budget(2024, "PW-STR", "revised", "2000.00")
        ledger.item("2024-01-15", "PW-STR", "1000.00")
        let store = try ledger.store()
        let outturn = try #require(store.budgetExecution(by: .organisation, fiscalYear: 2024).row(of: store.node("PW-STR")).execution.outturn)
        #expect(outturn.band == .a)
        #expect(outturn.againstAdopted == Variance(100_000, from: 100_000))
        #expect(outturn.againstRevised.amount == -100_000 && outturn.againstRevised.rate == -0.5)
    }

    @Test("the year in progress is banded on its projection")
    func onProjection() throws {
        var ledger = TestLedger()
        ledger.startMonth = 1
        ledger.asOf = "2024-07-01"  // day 183 of the 366 days of 2024: exactly half
        ledger.budget(2024, "PW-STR", "adopted", "1000.00")
        ledger.item("2024-03-01", "PW-STR", "550.00")
        let store = try ledger.store()
        let report = store.budgetExecution(by: .organisation, fiscalYear: 2024)
        #expect(report.progress.share == 0.5)
        let outturn = try #require(report.row(of: store.node("PW-STR")).execution.outturn)
        #expect(outturn.basis == .projection)
        #expect(outturn.amount == 110_000)
        #expect(outturn.againstAdopted.rate == 0.1)
        #expect(outturn.band == .b)
    }

    @Test("band edges of the deviation itself, in both directions")
    func deviationEdges() {
        #expect(OutturnBand(deviation: 0) == .a)
        #expect(OutturnBand(deviation: 0.05) == .a)
        #expect(OutturnBand(deviation: -0.05) == .a)
        #expect(OutturnBand(deviation: 0.05.nextUp) == .b)
        #expect(OutturnBand(deviation: -0.10) == .b)
        #expect(OutturnBand(deviation: 0.10.nextUp) == .c)
        #expect(OutturnBand(deviation: 0.15) == .c)
        #expect(OutturnBand(deviation: (-0.15).nextDown) == .d)
        #expect(OutturnBand(deviation: 3) == .d)
    }

    @Test("no band without a positive adopted budget")
    func noAdoptedBudget() throws {
        var ledger = TestLedger()
        ledger.budget(2024, "PW-STR", "revised", "1000.00")
        ledger.item("2024-01-15", "PW-STR", "1000.00")
        let store = try ledger.store()
        let outturn = try #require(store.budgetExecution(by: .organisation, fiscalYear: 2024).row(of: store.node("PW-STR")).execution.outturn)
        #expect(outturn.band == nil)
        #expect(outturn.againstAdopted == Variance(100_000, from: 0))
        #expect(outturn.againstAdopted.rate == nil)
        #expect(outturn.againstRevised.rate == 0)
    }
}
