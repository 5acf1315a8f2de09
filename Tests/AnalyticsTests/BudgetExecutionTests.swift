import Analytics
import LedgerKit
import Testing
import TestSupport

/// Budget, obligated and paid per node, subtree roll-up, revised-budget rule, refunds and empty groups.
@Suite("Budget execution: measures")
struct BudgetExecutionTests {
    /// FY2025 (July start) as of 2025-03-31: 274 of 365 days elapsed.
    static func cityLedger() throws -> LedgerStore {
        var ledger = TestLedger()
        ledger.budget(2025, "PW-STR", "proposed", "1000.00")
        ledger.budget(2025, "PW-STR", "adopted", "1000.00")
        ledger.budget(2025, "PW-STR", "revised", "1200.00")
        ledger.budget(2025, "PW-PRK", "adopted", "500.00")
        ledger.budget(2025, "PW-PRK", "adopted", "300.00", category: "PER")
        ledger.budget(2025, "PW-PRK", "revised", "100.00", category: "PER")
        ledger.budget(2025, "PW-PRK", "revised", "150.00", category: "PER")
        ledger.budget(2025, "PW", "adopted", "200.00", category: "PER")
        ledger.budget(2024, "PW-STR", "adopted", "999.00")
        ledger.item("2024-07-10", "PW-STR", "900.00", kind: "obligation")
        ledger.item("2024-08-15", "PW-STR", "400.00")
        ledger.item("2024-09-01", "PW-STR", "-50.00", kind: "refund")
        ledger.item("2024-10-01", "PW-STR", "25.00", kind: "adjustment")
        ledger.item("2024-12-01", "PW-STR", "80.00", category: "PER")
        ledger.item("2024-11-30", "PW-PRK", "200.00")
        ledger.item("2025-02-03", "PW-PRK", "30.00", fund: "RF")
        ledger.item("2025-01-15", "LIB", "70.00")
        return try ledger.store()
    }

    @Test("budget phases, obligations and net payments per node, refunds netted")
    func leafMeasures() throws {
        let store = try Self.cityLedger()
        let report = store.budgetExecution(by: .organisation, fiscalYear: 2025)
        let streets = report.row(of: store.node("PW-STR")).execution
        #expect(streets.proposed == 100_000)
        #expect(streets.adopted == 100_000)
        #expect(streets.revised == 120_000)
        #expect(streets.obligated == 90_000)
        #expect(streets.paid == 45_500)  // 400 − 50 + 25 + 80
        #expect(streets.lineItemCount == 5)
        #expect(streets.budgetLineCount == 3)
        #expect(streets.remaining == 74_500)
        #expect(streets.executionRate == 45_500.0 / 120_000.0)
    }

    @Test("revised budget per key: revised lines summed, adopted when a key has no revised line")
    func revisedRule() throws {
        let store = try Self.cityLedger()
        let parks = store.budgetExecution(by: .organisation, fiscalYear: 2025).row(of: store.node("PW-PRK")).execution
        #expect(parks.adopted == 80_000)
        #expect(parks.revised == 75_000)  // CON: adopted 500 (no revision); PER: revised 100 + 150
        let byCategory = store.budgetExecution(by: .category, fiscalYear: 2025)
        #expect(byCategory.row(of: store.node("CON", in: .category)).execution.revised == 170_000)  // 1200 + 500
        #expect(byCategory.row(of: store.node("PER", in: .category)).execution.revised == 45_000)  // 250 + 200
    }

    @Test("each row aggregates its whole subtree; the totals equal the root")
    func rollUp() throws {
        let store = try Self.cityLedger()
        let report = store.budgetExecution(by: .organisation, fiscalYear: 2025)
        let works = report.row(of: store.node("PW")).execution
        #expect(works.proposed == 100_000)
        #expect(works.adopted == 200_000)
        #expect(works.revised == 215_000)
        #expect(works.obligated == 90_000)
        #expect(works.paid == 68_500)
        #expect(works.lineItemCount == 7)
        #expect(works.budgetLineCount == 8)
        let city = report.row(of: store.node("CITY")).execution
        #expect(city.paid == 75_500)
        #expect(city.revised == 215_000)
        #expect(report.totals == city)
        #expect(report.rows.map(\.label) == ["City", "Human Resources", "Library", "Public Works", "Parks", "Streets"])
        #expect(report.rows.map(\.depth) == [0, 1, 1, 1, 2, 2])
        #expect(report.coverage.isComplete)
        #expect(report.coverage.lineItems == 8)
        #expect(report.coverage.budgetLines == 8)
    }

    @Test("an organisation with no budget and an empty group")
    func noBudgetAndEmptyGroup() throws {
        let store = try Self.cityLedger()
        let report = store.budgetExecution(by: .organisation, fiscalYear: 2025)
        let library = report.row(of: store.node("LIB")).execution
        #expect(library.adopted == 0 && library.revised == 0)
        #expect(library.paid == 7_000)
        #expect(library.remaining == -7_000)
        #expect(library.executionRate == nil)
        #expect(library.outturn?.againstAdopted.rate == nil)
        #expect(library.outturn?.band == nil)
        let humanResources = report.row(of: store.node("HR")).execution
        #expect(humanResources.paid == 0 && humanResources.revised == 0 && humanResources.lineItemCount == 0)
        #expect(humanResources.executionRate == nil)
        #expect(humanResources.unbudgeted == FlaggedSpending(amount: 0, count: 0))
    }

    @Test("share of the year elapsed and the actuals source")
    func progress() throws {
        let store = try Self.cityLedger()
        let report = store.budgetExecution(by: .organisation, fiscalYear: 2025)
        #expect(report.progress.days == CivilDate(iso: "2024-07-01")!...CivilDate(iso: "2025-06-30")!)
        #expect(report.progress.daysElapsed == 274)
        #expect(report.progress.dayCount == 365)
        #expect(report.progress.share == 274.0 / 365.0)
        #expect(report.actualsSource == .lineItems)
        #expect(report.previousYearSource == .none)
        let past = store.budgetExecution(by: .organisation, fiscalYear: 2024)
        #expect(past.progress.share == 1 && past.progress.isComplete)
        #expect(past.actualsSource == .none)
        #expect(past.row(of: store.node("PW-STR")).execution.adopted == 99_900)
        #expect(past.row(of: store.node("PW-STR")).execution.outturn == nil)
        let future = store.budgetExecution(by: .organisation, fiscalYear: 2026)
        #expect(future.progress.share == 0 && !future.progress.hasStarted)
        #expect(future.totals.projection.runRate == nil)
    }

    @Test("totals of any hierarchy equal the sum of the roots plus what has no node")
    func hierarchiesAgree() throws {
        let store = try Self.cityLedger()
        for kind in [ClassificationKind.organisation, .category, .fund, .function, .region] {
            let report = store.budgetExecution(by: kind, fiscalYear: 2025)
            let roots = report.rows.filter { $0.parent < 0 }.map(\.execution)
            #expect(roots.reduce(0) { $0 + $1.paid } + report.coverage.unclassified.paid == report.totals.paid, "\(kind)")
            #expect(roots.reduce(0) { $0 + $1.revised } + report.coverage.unclassified.revised == report.totals.revised, "\(kind)")
            #expect(report.totals.paid == 75_500 && report.totals.revised == 215_000 && report.totals.obligated == 90_000, "\(kind)")
        }
    }
}

/// A small ledger written in code for the budget and time-series tests: a city with Public
/// Works (Streets, Parks), a Library with no budget and an empty Human Resources; categories
/// PER and CON › CON-MNT; funds GF and RF; functions 04 › 04.5. Amounts are dollars, so
/// "1.00" is 100 minor units.
struct TestLedger {
    var startMonth = 7
    var startDay = 1
    var naming = "end"
    var asOf = "2025-03-31"
    var organisations: [(code: String, name: String, parent: String?)] = [
        ("CITY", "City", nil), ("PW", "Public Works", "CITY"), ("PW-STR", "Streets", "PW"), ("PW-PRK", "Parks", "PW"),
        ("LIB", "Library", "CITY"), ("HR", "Human Resources", "CITY"),
    ]
    private(set) var budgetLines: [String] = []
    private(set) var lineItems: [String] = []

    /// Adds a budget line and returns its id.
    @discardableResult
    mutating func budget(
        _ fiscalYear: Int, _ organisation: String, _ phase: String, _ amount: String, category: String = "CON",
        fund: String = "GF", function: String? = nil
    ) -> String {
        let id = "BL-\(budgetLines.count + 1)"
        var line = JSONObject.budgetLine(id: id, fiscalYear: fiscalYear, amount: JSONObject.quote(amount))
            .with("organisation", string: organisation).with("category", string: category).with("fund", string: fund)
            .with("phase", string: phase)
        if let function { line = line.with("function", string: function) }
        budgetLines.append(line.text)
        return id
    }

    /// Adds a line item (a payment unless `kind` says otherwise).
    mutating func item(
        _ date: String, _ organisation: String, _ amount: String, kind: String = "payment", category: String = "CON",
        fund: String = "GF", function: String? = nil, budgetLine: String? = nil
    ) {
        var item = JSONObject.lineItem(id: "LI-\(lineItems.count + 1)", date: date, kind: kind, amount: JSONObject.quote(amount))
            .with("organisation", string: organisation).with("category", string: category).with("fund", string: fund)
        if let function { item = item.with("function", string: function) }
        if let budgetLine { item = item.with("budgetLine", string: budgetLine) }
        lineItems.append(item.text)
    }

    /// Loads the ledger, which must have no errors (warnings are fine), into a store.
    func store() throws -> LedgerStore {
        var document = LedgerDocument()
        document.publisher = JSONObject.publisher(startMonth: startMonth, startDay: startDay, asOf: asOf)
            .with("fiscalYearNaming", string: naming).text
        document.classifications = "{" + [
            "\"organisation\": " + Self.nodes(organisations),
            "\"category\": " + Self.nodes([("PER", "Personnel", nil), ("CON", "Contracts", nil), ("CON-MNT", "Maintenance", "CON")]),
            "\"fund\": " + Self.nodes([("GF", "General Fund", nil), ("RF", "Road Fund", nil)]),
            "\"function\": " + Self.nodes([("04", "Economic affairs", nil), ("04.5", "Transport", "04")]),
        ].joined(separator: ", ") + "}"
        document.budgetLines = budgetLines
        document.lineItems = lineItems
        let load = LedgerFixture.load(document.text)
        try #require(load.isValid, "\(load.report)")
        return LedgerStore(load.ledger)
    }

    private static func nodes(_ nodes: [(code: String, name: String, parent: String?)]) -> String {
        "[" + nodes.map { node in
            JSONObject([("code", JSONObject.quote(node.code)), ("name", JSONObject.quote(node.name))])
                .with("parent", node.parent.map(JSONObject.quote) ?? "null").text
        }.joined(separator: ", ") + "]"
    }
}

extension LedgerStore {
    /// The node with `code` in classification `kind`.
    func node(_ code: String, in kind: ClassificationKind = .organisation) -> Int32 {
        ledger.classification(kind).index(ofCode: code)!
    }
}
