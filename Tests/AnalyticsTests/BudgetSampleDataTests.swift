import Analytics
import Foundation
import LedgerKit
import Testing

/// Budget execution and series on the committed Riverton sample (July fiscal year, as of
/// 2025-03-31), checked against sums computed here independently of the engine.
@Suite("Budget execution: Riverton sample")
struct BudgetSampleDataTests {
    static let store: LedgerStore? = {
        var root = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { root.deleteLastPathComponent() }
        guard let source = try? LedgerDiscovery.discover([root.appendingPathComponent("sample-data/riverton").path]).first else { return nil }
        let load = LedgerLoader.load(source)
        return load.isValid ? LedgerStore(load.ledger) : nil
    }()

    /// Paid per organisation node on its own line items (not its subtree) in `fiscalYear`.
    static func directPaid(_ store: LedgerStore, fiscalYear: Int) -> [Int64] {
        let items = store.ledger.lineItems
        let calendar = store.ledger.calendar
        var paid = [Int64](repeating: 0, count: store.hierarchy(.organisation).count)
        for row in 0..<items.count where items.kinds[row] != .obligation && calendar.fiscalYear(containing: items.date(row)) == fiscalYear {
            paid[Int(items.organisations[row])] += items.amounts[row]
        }
        return paid
    }

    /// Revised budget per organisation node on its own budget lines, keyed as in the format's §7.
    static func directRevised(_ store: LedgerStore, fiscalYear: Int) -> [Int64] {
        struct Key: Hashable { let codes: [Int32] }
        var adopted: [Key: Int64] = [:]
        var revised: [Key: Int64] = [:]
        for line in store.ledger.budgetLines where line.fiscalYear == fiscalYear {
            let key = Key(codes: [line.organisation, line.category, line.fund, line.function, line.region])
            if line.phase == .adopted { adopted[key, default: 0] += line.amount }
            if line.phase == .revised { revised[key, default: 0] += line.amount }
        }
        var perNode = [Int64](repeating: 0, count: store.hierarchy(.organisation).count)
        for key in Set(adopted.keys).union(revised.keys) { perNode[Int(key.codes[0])] += revised[key] ?? adopted[key]! }
        return perNode
    }

    @Test("every row is its own amounts plus its children's, and the roots add up to the totals", arguments: [2023, 2024, 2025])
    func rollUpInvariant(fiscalYear: Int) throws {
        let store = try #require(Self.store)
        let report = store.budgetExecution(by: .organisation, fiscalYear: fiscalYear)
        let paid = Self.directPaid(store, fiscalYear: fiscalYear)
        let revised = Self.directRevised(store, fiscalYear: fiscalYear)
        let index = store.hierarchy(.organisation)
        for row in report.rows {
            let children = index.children[Int(row.node)].map { report.row(of: $0).execution }
            #expect(row.execution.paid == paid[Int(row.node)] + children.reduce(0) { $0 + $1.paid }, "\(row.label)")
            #expect(row.execution.revised == revised[Int(row.node)] + children.reduce(0) { $0 + $1.revised }, "\(row.label)")
            #expect(row.execution.remaining == row.execution.revised - row.execution.paid)
        }
        let roots = report.rows.filter { $0.depth == 0 }.map(\.execution)
        #expect(roots.reduce(0) { $0 + $1.paid } == report.totals.paid)
        #expect(report.totals.paid == paid.reduce(0, +))
        #expect(report.totals.revised == revised.reduce(0, +))
        #expect(report.totals.paid > 0 && report.totals.revised > 0)
    }

    @Test("FY2025 in progress: source, share of the year, projections from the node's own history")
    func currentYear() throws {
        let store = try #require(Self.store)
        let report = store.budgetExecution(by: .organisation, fiscalYear: 2025)
        #expect(report.actualsSource == .lineItems && report.previousYearSource == .lineItems)
        #expect(report.progress.share == 274.0 / 365.0)
        let rate = try #require(report.totals.executionRate)
        #expect(rate > 0.4 && rate < 1.0)
        for root in report.rows where root.depth == 0 {
            let projection = root.execution.projection
            #expect(projection.profile == .node, "\(root.label)")
            let seasonal = try #require(projection.seasonal)
            #expect(seasonal >= root.execution.paid && seasonal < 2 * root.execution.revised, "\(root.label)")
            #expect(root.execution.outturn?.basis == .projection)
            #expect(root.execution.yearOverYear != nil)
        }
        for flag in report.overspent { #expect(flag.paid > flag.revised) }
    }

    /// The generator's planted anomalies, summed from the JSON Lines files with a short Python script.
    @Test("unbudgeted claims and storm spending are flagged; the planted overspends are found", arguments: [
        (2023, FlaggedSpending(amount: 120_000_000, count: 5)),
        (2024, FlaggedSpending(amount: 571_046_564, count: 17)),  // claims 2,600,000.00 + ice storm 3,110,465.64
        (2025, FlaggedSpending(amount: 67_500_000, count: 3)),
    ])
    func plantedAnomalies(fiscalYear: Int, unbudgeted: FlaggedSpending) throws {
        let store = try #require(Self.store)
        let report = store.budgetExecution(by: .organisation, fiscalYear: fiscalYear)
        #expect(report.totals.unbudgeted == unbudgeted)
        #expect(report.row(of: store.node("GOV-ATY")).execution.unbudgeted.count > 0)
        if fiscalYear == 2024 {
            #expect(report.row(of: store.node("PW-SNW")).execution.unbudgeted.count == 7)
            #expect(report.row(of: store.node("FIR-SUP")).execution.overspentBudgetLines > 0)
            #expect(report.row(of: store.node("PW-SNW")).execution.overspentBudgetLines > 0)
        }
    }

    @Test("any hierarchy: roots plus unclassified equal the totals; by function the line items are unclassified")
    func hierarchies() throws {
        let store = try #require(Self.store)
        let organisationTotals = store.budgetExecution(by: .organisation, fiscalYear: 2025).totals
        for kind in [ClassificationKind.category, .fund, .function] {
            let report = store.budgetExecution(by: kind, fiscalYear: 2025)
            let roots = report.rows.filter { $0.depth == 0 }.map(\.execution)
            #expect(roots.reduce(0) { $0 + $1.paid } + report.coverage.unclassified.paid == report.totals.paid, "\(kind)")
            #expect(roots.reduce(0) { $0 + $1.revised } + report.coverage.unclassified.revised == report.totals.revised, "\(kind)")
            #expect(report.totals.paid == organisationTotals.paid && report.totals.revised == organisationTotals.revised, "\(kind)")
        }
        let byFunction = store.budgetExecution(by: .function, fiscalYear: 2025)
        #expect(!byFunction.coverage.isComplete)
        #expect(byFunction.coverage.unclassified.paid == byFunction.totals.paid)
        #expect(byFunction.rows.contains { $0.execution.revised > 0 })
    }

    @Test("the monthly series of FY2025 adds up to the paid total")
    func series() throws {
        let store = try #require(Self.store)
        let series = store.spendingSeries(by: .month, fiscalYear: 2025)
        #expect(series.current.total == store.budgetExecution(by: .organisation, fiscalYear: 2025).totals.paid)
        #expect(series.previous.total == store.budgetExecution(by: .organisation, fiscalYear: 2024).totals.paid)
        #expect(series.elapsedPeriods == 9)
        #expect(series.current.amounts.prefix(9).allSatisfy { $0 > 0 })
    }
}
