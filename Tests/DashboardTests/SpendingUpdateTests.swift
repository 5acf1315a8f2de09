import Analytics
import Dashboard
import TerminalCore
import Testing
import Widgets

@Suite("Spending panel keys")
struct SpendingUpdateTests {
    let start = DashboardApp.update(SampleLedgerStates.state(SampleLedgerStates.riverton), .key(.character("3"))).0

    /// `state` after `keys`.
    func press(_ keys: [Key], on state: AppState? = nil) -> AppState {
        keys.reduce(state ?? start) { DashboardApp.update($0, .key($1)).0 }
    }

    func report(_ state: AppState) throws -> SpendingReport { try #require(state.spending) }

    @Test("3 shows the panel with its figures and the first category selected")
    func shown() throws {
        #expect(start.panel == .spending)
        #expect(start.selection.selected == 0)
        let report = try report(start)
        #expect(report.categories.map(\.name).prefix(3) == ["Personnel", "Debt Service", "Contractual Services"])
        #expect(report.categories.map(\.measures.sum).reduce(0, +) == report.series.current.cumulative[report.series.elapsedPeriods - 1])
        #expect(report.vendors.map(\.measures.sum).reduce(0, +) == report.categories.map(\.measures.sum).reduce(0, +))
        #expect(report.plan?.revised == start.overview.totals.revised)
    }

    @Test("Enter on a category drills into it and stays: its subcategories; Back returns to the same row")
    func drillCategory() throws {
        let drilled = press([.down, .down, .enter])
        #expect(drilled.panel == .spending)
        #expect(drilled.breadcrumb == ["All agencies", "Contractual Services"])
        #expect(drilled.scope(.category) != nil)
        #expect(drilled.selection.selected == 0)
        let report = try report(drilled)
        #expect(report.plan == nil)
        #expect(report.categories.allSatisfy { $0.step != nil })
        #expect(!report.categories.map(\.name).contains("Contractual Services"))
        let back = press([.backspace], on: drilled)
        #expect(back.panel == .spending && back.drillPath.isEmpty)
        #expect(back.selection.selected == 2)
        #expect(try self.report(back).plan != nil)
    }

    @Test("Enter on a vendor drills into it and shows the Line items panel; Back returns to the vendor")
    func drillVendor() throws {
        let vendors = press([.character("v")])
        let categoryCount = try report(start).categories.count
        #expect(vendors.selection.selected == categoryCount)
        let name = try report(start).vendors[0].name
        let drilled = press([.enter], on: vendors)
        #expect(drilled.panel == .lineItems)
        let vendor = try #require(drilled.vendorScope)
        #expect(drilled.breadcrumb == ["All agencies", name])
        #expect(drilled.lineItems.measures.count == (try report(start)).vendors[0].measures.count)
        #expect(drilled.lineItems.rows.allSatisfy { drilled.store.ledger.lineItems.vendors[Int($0)] == vendor })
        let back = press([.escape], on: drilled)
        #expect(back.panel == .spending)
        #expect(back.selection.selected == categoryCount)
    }

    @Test("the selection runs from the last category on to the first vendor; v jumps back")
    func oneList() throws {
        let categoryCount = try report(start).categories.count
        let last = press(Array(repeating: .down, count: categoryCount - 1))
        #expect(last.selection.selected == categoryCount - 1)
        #expect(press([.down], on: last).selection.selected == categoryCount)
        #expect(press([.character("v"), .character("v")]).selection.selected == 0)
        #expect(press([.end]).selection.selected == categoryCount + (try report(start).vendors.count) - 1)
    }

    @Test("End selects the last vendor, and the vendor list scrolls to show it")
    func scroll() throws {
        let end = press([.end])
        let last = try #require(try report(end).vendors.last)
        let marked = SampleLedgerStates.screen(end).lines().filter { $0.contains("▶") }
        #expect(marked.count == 1)
        #expect(marked.first?.contains(String(last.name.prefix(12))) == true)
    }

    @Test("b cycles month, quarter, fiscal year and back, and says so")
    func bucket() throws {
        let quarters = press([.character("b")])
        #expect(try report(quarters).series.current.periods.count == 4)
        #expect(quarters.notice == "Spending by quarter")
        #expect(try report(quarters).vendors == (try report(start)).vendors)
        let years = press([.character("b")], on: quarters)
        #expect(try report(years).series.current.periods.count == 1)
        #expect(try report(years).series.current.total == (try report(start).series.current.total))
        let months = press([.character("b")], on: years)
        #expect(try report(months).series.current.periods.count == 12)
    }

    @Test("s sorts both lists by paid, items, then name; S reverses")
    func sort() throws {
        let byItems = press([.character("s"), .character("s")])
        #expect(byItems.notice == "Sorted by items, descending")
        let counts = try report(byItems).vendors.map(\.measures.count)
        #expect(counts == counts.sorted(by: >))
        let byName = press([.character("s")], on: byItems)
        let names = try report(byName).categories.map(\.name)
        #expect(names == names.sorted(by: >))
        let ascending = press([.character("S")], on: byName)
        #expect(try report(ascending).categories.map(\.name) == names.sorted())
        let smallestFirst = press([.character("S")])
        let sums = try report(smallestFirst).categories.map(\.measures.sum)
        #expect(sums == sums.sorted())
        #expect(smallestFirst.selection.selected == 0)
    }

    @Test("/ finds categories and vendors by name")
    func search() throws {
        let found = press([.character("/")] + "concrete".map { Key.character($0) } + [.enter])
        let row = try #require(found.selection.selected)
        let report = try report(found)
        #expect(row >= report.categories.count)
        #expect(report.vendors[row - report.categories.count].name.lowercased().contains("concrete"))
    }

    @Test("a filter narrows the lists and the series, and there is no plan for filtered spending")
    func filter() throws {
        let filtered = press([.character("f")] + "amount>=1000000".map { Key.character($0) } + [.enter])
        let report = try report(filtered)
        #expect(report.plan == nil)
        #expect(report.vendors.allSatisfy { $0.measures.minimum >= 100_000_000 })
        #expect(report.series.current.total < (try self.report(start).series.current.total))
    }

    @Test("an open KPI does not narrow the spending: its organisation's plan stays")
    func planWithKPIOpen() throws {
        let kpiOpen = press([.character("1"), .down, .enter, .character("4"), .enter, .character("3")])
        #expect(kpiOpen.openKPI != nil)
        let plan = try #require(try report(kpiOpen).plan)
        #expect(plan.revised == kpiOpen.overview.totals.revised)
    }

    @Test("the table: every period with paid, last year, cumulative and plan, then every category and vendor")
    func table() throws {
        let table = DashboardApp.table(start)
        let report = try report(start)
        #expect(table.view == "spending")
        #expect(table.columns.map(\.title) == ["Section", "Name", "Start", "End", "Paid", "Previous year", "Cumulative", "Plan", "Items", "Share"])
        #expect(table.rows.count == 12 + report.categories.count + report.vendors.count)
        #expect(table.rows[0][1] == .text("2024-07"))
        #expect(table.rows[8][6] == .money(report.series.current.cumulative[8]))
        #expect(table.rows[9][4] == .empty)
        #expect(table.rows[11][7] == .money(report.plan!.revised))
        #expect(table.rows[12][1] == .text("Personnel"))
    }

    @Test("the plan: revised × the share of the year's days, exactly")
    func plan() throws {
        let plan = try #require(try report(start).plan)
        #expect(plan.cumulative.count == 12)
        #expect(plan.cumulative.last == plan.revised)
        #expect(plan.cumulative[0] == (plan.revised * 31 + 365 / 2) / 365)
        #expect(plan.toDate == (plan.revised * 274 + 365 / 2) / 365)
        #expect(plan.progress.daysElapsed == 274)
    }
}
