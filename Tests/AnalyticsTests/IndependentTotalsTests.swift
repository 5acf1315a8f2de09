import Analytics
import Foundation
import LedgerKit
import Testing

/// The engine's totals on the committed sample ledgers equal, to the minor unit, those of an
/// independent computation: `Benchmarks/independent_totals.py`, plain Python that reads the
/// ledger files by the format's rules without any GovLens code. Its output is committed as
/// `Fixtures/independent-totals.json`; regenerate it as Benchmarks/README.md says when the
/// sample data change.
@Suite("Totals match an independent computation")
struct IndependentTotalsTests {
    static let ledgers = ["riverton", "aozora"]

    @Test("every line-item kind: count, sum, smallest and largest amount", arguments: ledgers)
    func byKind(_ name: String) throws {
        let store = try Self.store(name)
        let expected = try #require(try Self.fixture().ledgers[name])
        #expect(store.ledger.lineItems.count == expected.lineItems)
        #expect(store.ledger.currency.code == expected.currency)
        let everything = LineItemFilter(kinds: Set(LineItemKind.allCases))
        Self.expectSame(Self.groups(store, everything, .lineItemKind), expected.byKind, "\(name) kind")
    }

    @Test("spending and obligations per agency, organisation, program, category, fund, period, vendor kind and region",
          arguments: ledgers, ["spending", "obligations"])
    func grouped(_ name: String, _ measure: String) throws {
        let store = try Self.store(name)
        let ledger = try #require(try Self.fixture().ledgers[name])
        let expected = measure == "spending" ? ledger.spending : ledger.obligations
        let filter = measure == "spending" ? LineItemFilter() : LineItemFilter(kinds: [.obligation])
        let what = "\(name) \(measure)"

        #expect(Totals(store.report(filter, groupedBy: .lineItemKind).total) == expected.total, "\(what) total")
        let reports: [(String, Grouping, [String: Totals])] = [
            ("agency", .classification(.organisation, depth: 0), expected.agency),
            ("program", .classification(.organisation, depth: 1), expected.program),
            ("category", .classification(.category, depth: 0), expected.category),
            ("fund", .classification(.fund, depth: 0), expected.fund),
            ("fiscal year", .time(.fiscalYear), expected.fiscalYear),
            ("quarter", .time(.quarter), expected.quarter),
            ("month", .time(.month), expected.month),
            ("vendor kind", .vendorKind, expected.vendorKind),
            ("region", .classification(.region, depth: 0), expected.region),
        ]
        for (label, grouping, independent) in reports {
            #expect(!independent.isEmpty, "\(what) \(label): the fixture has groups")
            Self.expectSame(Self.groups(store, filter, grouping), independent, "\(what) \(label)")
        }
        Self.expectSame(Self.subtrees(store, filter, .organisation), expected.organisation, "\(what) organisation subtree")
        Self.expectSame(Self.subtrees(store, filter, .category), expected.categoryNode, "\(what) category subtree")
    }

    // MARK: - The engine's side

    /// The report's rows keyed as the fixture keys them: codes, period labels, kind names, "(none)".
    static func groups(_ store: LedgerStore, _ filter: LineItemFilter, _ grouping: Grouping) -> [String: Totals] {
        var result: [String: Totals] = [:]
        for row in store.report(filter, groupedBy: grouping).rows {
            let key = key(row.key, store)
            if result[key] != nil { Issue.record("two report rows with key \(key)") }
            result[key] = Totals(row.measures)
        }
        return result
    }

    /// The totals of each node's whole subtree, for the nodes with line items.
    static func subtrees(_ store: LedgerStore, _ filter: LineItemFilter, _ kind: ClassificationKind) -> [String: Totals] {
        var result: [String: Totals] = [:]
        let classification = store.ledger.classification(kind)
        for node in 0..<Int32(classification.count) {
            var scoped = filter
            switch kind {
            case .organisation: scoped.organisation = node
            case .category: scoped.category = node
            case .fund: scoped.fund = node
            case .function: scoped.function = node
            case .region: scoped.region = node
            }
            let total = store.report(scoped, groupedBy: .lineItemKind).total
            if total.count > 0 { result[classification.codes[Int(node)]] = Totals(total) }
        }
        return result
    }

    /// A report key as the fixture writes it.
    static func key(_ key: ReportKey, _ store: LedgerStore) -> String {
        switch key {
        case .node(let kind, let node): store.ledger.classification(kind).codes[Int(node)]
        case .vendor(let vendor): store.ledger.vendors.ids[Int(vendor)]
        case .vendorKind(let kind): kind.rawValue
        case .lineItemKind(let kind): kind.name
        case .period(let period): period.description
        case .none: "(none)"
        }
    }

    /// Records one issue per group that is missing on either side or has different totals.
    static func expectSame(_ actual: [String: Totals], _ expected: [String: Totals], _ what: String) {
        for key in Set(actual.keys).union(expected.keys).sorted() where actual[key] != expected[key] {
            let engine = actual[key].map(String.init(describing:)) ?? "absent"
            let independent = expected[key].map(String.init(describing:)) ?? "absent"
            Issue.record("\(what) \(key): engine \(engine), independent \(independent)")
        }
    }

    // MARK: - Inputs

    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The sample ledger `name`, loaded from disk as `govlens` loads it, once per test run.
    static func store(_ name: String) throws -> LedgerStore {
        try #require(stores[name]).get()
    }

    private static let stores: [String: Result<LedgerStore, any Error>] = Dictionary(uniqueKeysWithValues: ledgers.map { name in
        (name, Result {
            let path = repository.appendingPathComponent("sample-data").appendingPathComponent(name).path
            let sources = try LedgerDiscovery.discover([path])
            let load = LedgerLoader.load(sources[0])
            guard sources.count == 1, load.isValid else { throw FixtureError(description: "sample-data/\(name) does not load cleanly") }
            return LedgerStore(load.ledger)
        })
    })

    /// The committed output of `Benchmarks/independent_totals.py`, read once.
    static func fixture() throws -> IndependentTotals {
        try fixtureResult.get()
    }

    private static let fixtureResult = Result {
        let url = repository.appendingPathComponent("Tests/AnalyticsTests/Fixtures/independent-totals.json")
        return try JSONDecoder().decode(IndependentTotals.self, from: Data(contentsOf: url))
    }
}

extension IndependentTotalsTests {
    /// A sample ledger that cannot be loaded.
    struct FixtureError: Error, CustomStringConvertible {
        let description: String
    }

    /// Count, sum, smallest and largest amount in minor units, as the fixture writes them.
    struct Totals: Decodable, Equatable, CustomStringConvertible {
        let count: Int
        let sum: Int64
        let min: Int64
        let max: Int64

        init(_ measures: Measures) {
            count = measures.count
            sum = measures.sum
            min = measures.minimum
            max = measures.maximum
        }

        var description: String { "count \(count) sum \(sum) min \(min) max \(max)" }
    }

    /// `Fixtures/independent-totals.json`.
    struct IndependentTotals: Decodable {
        /// The totals of one group of line items (spending or obligations), by grouping.
        struct Groups: Decodable {
            let total: Totals
            /// Organisation roots, subtrees included, by code.
            let agency: [String: Totals]
            /// Every organisation node, subtree included, by code.
            let organisation: [String: Totals]
            /// Depth-1 organisation nodes (roots for items booked on a root), by code.
            let program: [String: Totals]
            /// Category roots, subtrees included, by code.
            let category: [String: Totals]
            /// Every category node, subtree included, by code.
            let categoryNode: [String: Totals]
            /// Fund roots, subtrees included, by code.
            let fund: [String: Totals]
            /// By `FY2025`.
            let fiscalYear: [String: Totals]
            /// By `FY2025-Q1`.
            let quarter: [String: Totals]
            /// By `2024-07`.
            let month: [String: Totals]
            /// By vendor kind as written in ledgers.
            let vendorKind: [String: Totals]
            /// By region code, `(none)` for items without one.
            let region: [String: Totals]
        }

        /// The totals of one sample ledger.
    struct Ledger: Decodable {
            let currency: String
            let lineItems: Int
            let byKind: [String: Totals]
            let spending: Groups
            let obligations: Groups
        }

        let ledgers: [String: Ledger]
    }
}
