import Analytics
import Foundation
import LedgerKit
import Testing
import TestSupport

/// Property: for any filter and any grouping, the groups' sums and counts add up to the
/// filtered total, and every selected row passes the filter's conditions.
@Suite("Group totals property")
struct GroupTotalsPropertyTests {
    static let store: LedgerStore? = {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        guard let sources = try? LedgerDiscovery.discover([root.appendingPathComponent("sample-data/aozora").path]),
            let source = sources.first
        else { return nil }
        let load = LedgerLoader.load(source)
        return load.isValid ? LedgerStore(load.ledger) : nil
    }()

    @Test("group sums and counts equal the filtered total", arguments: 0..<200)
    func groupsSumToTotal(seed: Int) throws {
        let store = try #require(Self.store, "sample-data/aozora must load")
        var random = SeededRandom(seed: UInt64(seed) &* 7919)
        let filter = Self.randomFilter(store, &random)
        let grouping = Self.randomGrouping(store, &random)
        let selection = store.select(filter)
        let report = store.report(selection, groupedBy: grouping)
        let amounts = store.ledger.lineItems.amounts
        #expect(report.total.sum == selection.rows.reduce(0) { $0 + amounts[Int($1)] })
        #expect(report.total.count == selection.count)
        #expect(report.rows.reduce(0) { $0 + $1.measures.sum } == report.total.sum, "\(filter) \(grouping)")
        #expect(report.rows.reduce(0) { $0 + $1.measures.count } == report.total.count)
        #expect(Set(report.rows.map(\.key)).count == report.rows.count, "each group appears once")
        let kinds = store.ledger.lineItems.kinds
        #expect(selection.rows.allSatisfy { filter.kinds.contains(kinds[Int($0)]) })
    }

    static func randomFilter(_ store: LedgerStore, _ random: inout SeededRandom) -> LineItemFilter {
        var filter = LineItemFilter(kinds: Set(LineItemKind.allCases.filter { _ in Bool.random(using: &random) }))
        let organisations = store.ledger.classification(.organisation).count
        if Bool.random(using: &random) { filter.organisation = Int32.random(in: 0..<Int32(organisations), using: &random) }
        let categories = store.ledger.classification(.category).count
        if Int.random(in: 0..<3, using: &random) == 0 { filter.category = Int32.random(in: 0..<Int32(categories), using: &random) }
        if Int.random(in: 0..<3, using: &random) == 0 {
            filter.vendorKinds = Set(VendorKind.allCases.filter { _ in Bool.random(using: &random) })
        }
        if Bool.random(using: &random) {
            let start = CivilDate(iso: "2023-04-01")!.adding(days: Int.random(in: 0..<600, using: &random))
            filter.dates = start...start.adding(days: Int.random(in: 0..<200, using: &random))
        }
        if Int.random(in: 0..<4, using: &random) == 0 {
            let low = Int64.random(in: -100_000...1_000_000, using: &random)
            filter.amounts = low...(low + Int64.random(in: 0...50_000_000, using: &random))
        }
        if Int.random(in: 0..<5, using: &random) == 0 { filter.text = ["株式会社", "課", "a", "委託"].randomElement(using: &random) }
        return filter
    }

    static func randomGrouping(_ store: LedgerStore, _ random: inout SeededRandom) -> Grouping {
        switch Int.random(in: 0..<7, using: &random) {
        case 0: .classification(.organisation, depth: Int.random(in: 0...2, using: &random))
        case 1: .classification(ClassificationKind.allCases.randomElement(using: &random)!, depth: 0)
        case 2:
            .children(of: store.hierarchy(.organisation).roots.randomElement(using: &random)!, in: .organisation)
        case 3: .vendor
        case 4: .vendorKind
        case 5: .lineItemKind
        default: .time(TimeBucket.allCases.randomElement(using: &random)!)
        }
    }
}
