import Analytics
import Dashboard
import LedgerKit
import TerminalCore
import Testing
import Widgets

/// The Line items panel's keys through `DashboardApp.update`: its order, opening one line
/// item and coming back to it, search, and the table behind it.
@Suite("Line items panel keys")
struct LineItemsUpdateTests {
    let start = SampleLedgerStates.state(SampleLedgerStates.riverton)
    let items = SampleLedgerStates.riverton.ledger.lineItems
    let ledger = SampleLedgerStates.riverton.ledger

    func press(_ keys: [Key], on state: AppState? = nil) -> AppState {
        keys.reduce(state ?? start) { DashboardApp.update($0, .key($1)).0 }
    }

    @Test("5 lists the year's spending newest first, with its count and total")
    func opening() {
        let list = press([.character("5")])
        #expect(list.panel == .lineItems)
        #expect(list.selection.selected == 0)
        #expect(list.sort(for: .lineItems) == TableSort(column: 0, direction: .descending))
        let selection = SampleLedgerStates.riverton.select(list.lineItemFilter)
        #expect(Set(list.lineItems.rows) == Set(selection.rows))
        #expect(list.lineItems.measures.count == selection.count)
        #expect(list.lineItems.measures.sum == list.overview.totals.paid)
        let dates = list.lineItems.rows.map { items.dates[Int($0)] }
        #expect(zip(dates, dates.dropFirst()).allSatisfy { $0 >= $1 })
    }

    @Test("s cycles date, amount, vendor and category, largest first; S reverses", arguments: [
        ([Key.character("s")], "Amount", SortDirection.descending),
        ([.character("s"), .character("S")], "Amount", .ascending),
        ([.character("s"), .character("s")], "Vendor", .descending),
        ([.character("s"), .character("s"), .character("s")], "Category", .descending),
        ([.character("S")], "Date", .ascending),
    ])
    func sorting(keys: [Key], column: String, direction: SortDirection) {
        let sorted = press([.character("5")] + keys)
        #expect(sorted.notice == "Sorted by \(column), \(direction == .ascending ? "ascending" : "descending")")
        let rows = sorted.lineItems.rows.map(Int.init)
        #expect(rows.count == press([.character("5")]).lineItems.rows.count)
        func ordered<Key: Comparable>(_ key: (Int) -> Key) -> Bool {
            zip(rows, rows.dropFirst()).allSatisfy { direction == .ascending ? key($0) <= key($1) : key($0) >= key($1) }
        }
        switch column {
        case "Amount": #expect(ordered { items.amounts[$0] })
        case "Vendor": #expect(ordered { ledger.vendors.names[Int(items.vendors[$0])] })
        case "Category": #expect(ordered { ledger.classification(.category).names[Int(items.categories[$0])] })
        default: #expect(ordered { items.dates[$0] })
        }
    }

    @Test("Enter opens the selected line item; Backspace returns to the same row of the same list")
    func openAndBack() throws {
        let list = press([.character("5"), .character("s"), .down, .down, .down])
        let row = list.lineItems.rows[3]
        let opened = press([.enter], on: list)
        #expect(opened.openLineItem == row)
        #expect(opened.lineItems.detail?.row == row)
        #expect(opened.breadcrumb == ["All agencies", items.ids[Int(row)]])
        #expect(press([.enter], on: opened).notice == "Nothing below this row")
        let back = press([.backspace], on: opened)
        #expect(back.panel == .lineItems)
        #expect(back.openLineItem == nil)
        #expect(back.selection.selected == 3)
        #expect(back.lineItems.rows == list.lineItems.rows)
    }

    @Test("the detail finds the budget line the item references and what was charged to it")
    func budgetLine() throws {
        let opened = press([.character("5"), .enter])
        let detail = try #require(opened.lineItems.detail)
        let line = try #require(detail.budgetLine)
        let row = Int(detail.row)
        #expect(ledger.budgetLines[line].organisation == items.organisations[row])
        #expect(ledger.budgetLines[line].fiscalYear == detail.fiscalYear)
        #expect(detail.budget > 0)
        #expect(detail.charged >= items.amounts[row])
    }

    @Test("/ finds line items by vendor, description, reference or id")
    func search() {
        let id = items.ids[Int(press([.character("5")]).lineItems.rows[40])]
        let found = press([.character("5"), .character("/")] + id.map { Key.character($0) } + [.enter])
        #expect(found.selection.selected == 40)
    }

    @Test("a filter narrows the list; the count and total follow")
    func filtered() {
        let filtered = press([.character("5"), .character("f")] + "amount>=1000000".map { Key.character($0) } + [.enter])
        #expect(!filtered.lineItems.rows.isEmpty)
        #expect(filtered.lineItems.rows.allSatisfy { items.amounts[Int($0)] >= 100_000_000 })
        #expect(filtered.lineItems.measures.count == filtered.lineItems.rows.count)
    }

    @Test("the table behind the panel has every line item listed, in order, with typed values")
    func table() {
        let list = press([.character("5"), .character("s")])
        let table = DashboardApp.table(list)
        #expect(table.view == "items")
        #expect(table.rows.count == list.lineItems.rows.count)
        let amount = table.columns.firstIndex { $0.title == "Amount" }!
        #expect(table.rows.first?[amount] == .money(items.amounts[Int(list.lineItems.rows[0])]))
        #expect(table.rows.first?[0] == .text(items.ids[Int(list.lineItems.rows[0])]))
        #expect(DashboardApp.table(press([.enter], on: list)).rows.count == 1)
    }
}
