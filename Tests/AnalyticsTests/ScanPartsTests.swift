@testable import Analytics
import LedgerKit
import Testing
import TestSupport

/// A large scan is cut into parts that the cores share; the answers must not depend on it.
/// The sample ledgers are small, so the store's part size is lowered to cut them into several.
@Suite("Scans cut into parts")
struct ScanPartsTests {
    static let ledgers = ["riverton", "riverton shuffled"]

    /// The reference scan and the same store with parts of 4,096 rows (riverton's 28,000 rows in four parts).
    static func stores(_ name: String) throws -> (reference: ReferenceScan, cut: LedgerStore) {
        let reference = try #require(IndexedQueryPropertyTests.references[name], "sample-data must load")
        var cut = reference.store
        cut.rowsPerPart = 4096
        return (reference, cut)
    }

    @Test("select, its measures and report give the plain scan's rows, totals and groups", arguments: ledgers, 0..<10)
    func selection(_ name: String, seed: Int) throws {
        let (reference, cut) = try Self.stores(name)
        var random = SeededRandom(seed: UInt64(seed) &* 65_537 &+ 11)
        var filter = reference.randomFilter(&random)
        filter.organisation = nil
        let grouping = GroupTotalsPropertyTests.randomGrouping(cut, &random)
        let rows = reference.rows(filter)
        let selection = cut.select(filter)
        #expect(selection.rows == rows, "\(filter)")
        let amounts = rows.map { cut.ledger.lineItems.amounts[Int($0)] }
        let measures = cut.measures(of: selection)
        #expect([measures.count, Int(measures.sum), Int(measures.minimum), Int(measures.maximum)]
                == [rows.count, Int(amounts.reduce(0, +)), Int(amounts.min() ?? 0), Int(amounts.max() ?? 0)])
        let report = cut.report(filter, groupedBy: grouping)
        #expect(ReferenceScan.measures(report) == reference.groups(filter, grouping), "\(filter) by \(grouping)")
    }

    /// Filters on the kind alone (and dates spanning every row) take each block's count and totals
    /// from its summary: the row list is written to exact bounds, no room to spare, in parts.
    @Test("kind-only filters: the rows and totals of a plain scan, from the block summaries", arguments: ledgers)
    func kindsOnly(_ name: String) throws {
        let (reference, cut) = try Self.stores(name)
        let everyDay = try #require(cut.blocks.days).map { CivilDate(dayNumber: $0.lowerBound)...CivilDate(dayNumber: $0.upperBound) }
        for mask in 0..<(1 << LineItemKind.allCases.count) {
            let kinds = Set(LineItemKind.allCases.filter { mask >> Int($0.rawValue) & 1 != 0 })
            for filter in [LineItemFilter(kinds: kinds), LineItemFilter(kinds: kinds, dates: everyDay)] {
                let rows = reference.rows(filter)
                for store in [reference.store, cut] {
                    let selection = store.select(filter)
                    #expect(selection.rows == rows, "\(filter)")
                    #expect(ReferenceScan.totals(store.measures(of: selection)) == reference.totals(rows), "\(filter)")
                }
            }
        }
    }

    @Test("budget execution and the KPI overview are the same whole or in parts")
    func budgetAndKPIs() throws {
        let (reference, cut) = try Self.stores("riverton")
        let whole = reference.store
        for year in whole.ledger.fiscalYears {
            for hierarchy in [ClassificationKind.organisation, .category] {
                let one = whole.budgetExecution(by: hierarchy, fiscalYear: year)
                let parts = cut.budgetExecution(by: hierarchy, fiscalYear: year)
                #expect(one.rows == parts.rows && one.totals == parts.totals && one.coverage == parts.coverage, "FY\(year) by \(hierarchy)")
                #expect(one.overspent.map(\.budgetLine) == parts.overspent.map(\.budgetLine))
            }
        }
        let (one, parts) = (whole.kpiOverview(), cut.kpiOverview())
        #expect(!one.reports.isEmpty)
        #expect(one.reports.map(\.periods) == parts.reports.map(\.periods) && one.counts == parts.counts)
    }
}
