@testable import Analytics
import LedgerKit
import Testing

/// A budget-execution report built from the store's period tallies and charge groups must equal
/// the same report read from every row, whatever the hierarchy, fiscal year, as-of date (month
/// ends, mid-month, before and after the year) and profile.
@Suite("Budget execution from period tallies")
struct BudgetTalliesTests {
    /// The store as built, and the same store without tallies, which reads the rows.
    static func stores(_ store: LedgerStore) -> (tallied: LedgerStore, scanned: LedgerStore) {
        var scanned = store
        scanned.periodTallies = PeriodTallies(keepingNothingFor: ClassificationKind.allCases.count)
        return (store, scanned)
    }

    static func expectSame(_ store: LedgerStore, fiscalYear: Int, asOf: CivilDate?, profileYears: Int) {
        let (tallied, scanned) = stores(store)
        for hierarchy in ClassificationKind.allCases {
            let one = tallied.budgetExecution(by: hierarchy, fiscalYear: fiscalYear, asOf: asOf, profileYears: profileYears)
            let other = scanned.budgetExecution(by: hierarchy, fiscalYear: fiscalYear, asOf: asOf, profileYears: profileYears)
            let context = "FY\(fiscalYear) by \(hierarchy) as of \(asOf.map(\.description) ?? "publisher"), \(profileYears) profile years"
            #expect(one.rows == other.rows && one.totals == other.totals && one.coverage == other.coverage, "\(context)")
            #expect(one.actualsSource == other.actualsSource && one.previousYearSource == other.previousYearSource, "\(context)")
            #expect(one.overspent.map(\.budgetLine) == other.overspent.map(\.budgetLine), "\(context)")
        }
    }

    @Test("sample ledgers: every year and hierarchy, as-of dates on and off month ends", arguments: ["riverton", "riverton shuffled"])
    func sampleLedgers(_ name: String) throws {
        var store = try #require(IndexedQueryPropertyTests.references[name], "sample-data must load").store
        // Riverton is small and varied: within the default limit it keeps only some tables.
        store.periodTallies = PeriodTallies(store.ledger, days: store.blocks.days, byteLimit: .max)
        #expect(store.periodTallies.tables.allSatisfy { $0 != nil } && store.periodTallies.charges != nil)
        let calendar = store.ledger.calendar
        for year in store.ledger.fiscalYears {
            let start = calendar.firstDay(of: year)
            let asOfs: [CivilDate?] = [
                nil, start.adding(days: -1), start, start.adding(days: 44), start.adding(days: 100), calendar.lastDay(of: year),
                calendar.lastDay(of: year).adding(days: 40),
            ]
            for asOf in asOfs {
                for profileYears in [1, 3] { Self.expectSame(store, fiscalYear: year, asOf: asOf, profileYears: profileYears) }
            }
        }
    }

    @Test("a ledger too varied for the limit keeps no tallies and reads its rows")
    func overLimit() throws {
        let store = try #require(IndexedQueryPropertyTests.references["riverton"], "sample-data must load").store
        let tallies = PeriodTallies(store.ledger, days: store.blocks.days, byteLimit: 1024)
        #expect(tallies.charges == nil && tallies.tables.allSatisfy { $0 == nil })
    }

    @Test("a fiscal year starting mid-month, obligations, refunds and an as-of date mid-month")
    func midMonthStart() throws {
        var ledger = TestLedger()
        ledger.startMonth = 4
        ledger.startDay = 16
        ledger.asOf = "2025-01-10"
        let line = ledger.budget(2025, "PW-STR", "adopted", "900.00")
        ledger.budget(2025, "PW-PRK", "revised", "50.00", category: "PER")
        ledger.budget(2024, "LIB", "executed", "70.00")
        let dates = ["2023-04-15", "2023-04-16", "2024-01-09", "2024-01-10", "2024-01-11", "2024-04-15", "2024-04-16",
                     "2024-12-31", "2025-01-10", "2025-01-11", "2025-04-15", "2025-04-16"]
        for (index, date) in dates.enumerated() {
            ledger.item(date, "PW-STR", "\(index + 1).00", budgetLine: index % 3 == 0 ? line : nil)
            ledger.item(date, "PW-PRK", "-\(index).50", kind: "refund", category: "PER")
            ledger.item(date, "LIB", "\(index * 7).25", kind: "obligation")
            ledger.item(date, "HR", "\(index).75", kind: "adjustment", fund: "GF", function: nil)
        }
        let store = try ledger.store()
        #expect(store.periodTallies.tables.allSatisfy { $0 != nil } && store.periodTallies.charges != nil, "the tallies are kept")
        for year in 2023...2025 {
            for asOf in [nil, CivilDate(iso: "2024-04-15"), CivilDate(iso: "2024-04-16"), CivilDate(iso: "2024-05-31")] {
                for profileYears in [1, 2] { Self.expectSame(store, fiscalYear: year, asOf: asOf, profileYears: profileYears) }
            }
        }
    }
}
