import Analytics
import Dashboard
import TerminalCore
import Testing
import Widgets

@Suite("KPIs panel keys")
struct KPIsUpdateTests {
    let start = DashboardApp.update(SampleLedgerStates.state(SampleLedgerStates.riverton), .key(.character("4"))).0

    /// `state` after `keys`.
    func press(_ keys: [Key], on state: AppState? = nil) -> AppState {
        keys.reduce(state ?? start) { DashboardApp.update($0, .key($1)).0 }
    }

    func list(_ state: AppState) throws -> KPIList { try #require(state.kpiList) }

    @Test("4 shows every KPI of the scope, worst status first, the first selected")
    func shown() throws {
        #expect(start.panel == .kpis)
        #expect(start.selection.selected == 0)
        let list = try list(start)
        #expect(list.reports.count == 37)
        let statuses = list.reports.map(\.status)
        #expect(Array(statuses.prefix(13)) == Array(repeating: .offTrack, count: 13))
        #expect(Array(statuses.suffix(13)) == Array(repeating: .onTrack, count: 13))
        #expect(list.ledgerIndices.allSatisfy { start.store.ledger.kpis[$0].id == list.reports[list.ledgerIndices.firstIndex(of: $0)!].kpi.id })
    }

    @Test("Enter opens the KPI: its periods become the rows; Backspace returns to the same row")
    func openAndBack() throws {
        let opened = press([.down, .down, .enter])
        let chosen = try list(start).reports[2]
        #expect(opened.panel == .kpis)
        #expect(opened.breadcrumb == ["All agencies", chosen.kpi.name])
        #expect(opened.openKPI == (try list(start)).ledgerIndices[2])
        #expect(opened.selection.selected == 0)
        let end = press([.end], on: opened)
        #expect(end.selection.selected == chosen.periods.count - 1)
        let nothing = press([.enter], on: opened)
        #expect(nothing.notice == "Nothing below this row")
        #expect(press([.character("s")], on: opened).notice == "KPIs has a fixed order")
        let back = press([.backspace], on: end)
        #expect(back.openKPI == nil)
        #expect(back.selection.selected == 2)
    }

    @Test("the period table judges every period against its own target, newest first")
    func periods() throws {
        let opened = press([.enter])
        let table = DashboardApp.table(opened)
        let report = try list(start).reports[0]
        #expect(table.columns.map(\.title) == ["Period", "Start", "End", "Value", "Target", "Status", "Spending", "Cost per unit"])
        #expect(table.rows.count == report.periods.count)
        #expect(table.rows[0][0] == .text(report.latest!.period.description))
        #expect(table.rows[0][5] == .text("off track"))
        #expect(table.rows[0][6] == .money(report.periods.last!.spending))
    }

    @Test("s sorts by status, name, organisation, cost per unit; S reverses; KPIs without a cost last")
    func sort() throws {
        let byName = press([.character("s"), .character("s")])
        #expect(byName.notice == "Sorted by name, descending")
        let names = try list(byName).reports.map(\.kpi.name)
        #expect(names == names.sorted(by: >))
        #expect(try list(press([.character("S")], on: byName)).reports.map(\.kpi.name) == names.sorted())
        let byOrganisation = press([.character("s")], on: byName)
        #expect(try list(byOrganisation).organisations == (try list(byOrganisation)).organisations.sorted(by: >))
        let byCost = press([.character("s")], on: byOrganisation)
        let costs = try list(byCost).reports.map(\.latestCostPerUnit)
        let known = costs.prefix { $0 != nil }.compactMap { $0 }
        #expect(known == known.sorted(by: >))
        #expect(costs.dropFirst(known.count).allSatisfy { $0 == nil })
        let cheapestFirst = press([.character("S")], on: byCost)
        #expect(try list(cheapestFirst).reports.first?.latestCostPerUnit == known.last)
        let bestFirst = press([.character("S")])
        #expect(try list(bestFirst).reports.first?.status == .onTrack)
    }

    @Test("drilled into an agency, the panel lists only its KPIs")
    func scoped() throws {
        let agency = press([.character("1"), .down, .enter, .character("4")])
        let list = try list(agency)
        #expect(list.reports.count == agency.overview.kpis.reports.count)
        #expect(list.reports.count < 37)
    }

    @Test("/ finds a KPI by name or organisation")
    func search() throws {
        let found = press([.character("/")] + "library".map { Key.character($0) } + [.enter])
        let row = try #require(found.selection.selected)
        let list = try list(found)
        #expect((list.reports[row].kpi.name + list.organisations[row]).lowercased().contains("library"))
    }

    @Test("the table: every KPI in the order shown, typed values")
    func table() throws {
        let table = DashboardApp.table(start)
        let list = try list(start)
        #expect(table.view == "kpis")
        #expect(table.rows.count == 37)
        #expect(table.rows[0][0] == .text(list.reports[0].kpi.name))
        #expect(table.rows[0][3] == .text("off track"))
        #expect(table.rows[0][6] == .number(list.reports[0].latest!.value))
    }
}
