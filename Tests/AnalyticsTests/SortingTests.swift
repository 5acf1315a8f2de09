import Analytics
import LedgerKit
import Testing
import TestSupport

/// Sorting a selection by amount equals a comparison sort by (amount, row), either direction.
@Suite("Line items by amount")
struct SortingTests {
    @Test("the radix sort orders like a comparison sort, equal amounts in row order", arguments: 0..<12)
    func byAmount(seed: Int) throws {
        let reference = try #require(IndexedQueryPropertyTests.references["riverton shuffled"], "sample-data must load")
        let store = reference.store
        var random = SeededRandom(seed: UInt64(seed) &* 31 &+ 5)
        let selection = store.select(reference.randomFilter(&random))
        let amounts = store.ledger.lineItems.amounts
        let descending = selection.rows.sorted { (amounts[Int($1)], $0) < (amounts[Int($0)], $1) }
        let ascending = selection.rows.sorted { (amounts[Int($0)], $0) < (amounts[Int($1)], $1) }
        #expect(store.sortedByAmount(selection) == descending)
        #expect(store.sortedByAmount(selection, descending: false) == ascending)
    }

    @Test("negative amounts before positive ones, or after when descending")
    func signs() throws {
        let reference = try #require(IndexedQueryPropertyTests.references["riverton"], "sample-data must load")
        let store = reference.store
        let refunds = store.select(LineItemFilter(kinds: [.refund, .payment], amounts: -10_000_000...10_000_000))
        let amounts = store.ledger.lineItems.amounts
        let sorted = store.sortedByAmount(refunds).map { amounts[Int($0)] }
        #expect(sorted.contains { $0 < 0 } && sorted.contains { $0 > 0 })
        #expect(sorted == sorted.sorted(by: >))
        #expect(store.sortedByAmount(store.select(LineItemFilter(kinds: []))).isEmpty)
    }
}
