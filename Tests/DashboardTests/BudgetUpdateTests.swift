import Analytics
import Dashboard
import LedgerKit
import TerminalCore
import Testing
import Widgets

/// The Budget panel's keys through `DashboardApp.update`: opening and closing nodes, the
/// classification, sorting within parents, and the drill chain.
@Suite("Budget panel keys")
struct BudgetUpdateTests {
    let start = SampleLedgerStates.state(SampleLedgerStates.riverton)
    let organisations = SampleLedgerStates.riverton.ledger.classification(.organisation)

    func press(_ keys: [Key], on state: AppState? = nil) -> AppState {
        keys.reduce(state ?? start) { DashboardApp.update($0, .key($1)).0 }
    }

    func name(_ row: BudgetTreeRow) -> String { row.label }

    @Test("2 shows every agency closed, by code, the first selected; the totals are the ledger's")
    func opening() throws {
        let budget = press([.character("2")])
        #expect(budget.panel == .budget)
        #expect(budget.selection.selected == 0)
        let roots = SampleLedgerStates.riverton.hierarchy(.organisation).roots
        #expect(budget.budget.rows.map(\.node) == roots)
        #expect(budget.budget.rows.allSatisfy { $0.depth == 0 && $0.hasChildren && !$0.isExpanded })
        let report = try #require(budget.budget.report)
        #expect(budget.budget.totals == report.totals)
        #expect(budget.budget.rows.reduce(Int64(0)) { $0 + $1.execution.paid } == report.totals.paid)
    }

    @Test("Space opens and closes the selected node; + opens it; - closes it, or from a child its parent")
    func openAndClose() {
        let budget = press([.character("2"), .down])
        let fire = budget.budget.rows[1]
        #expect(fire.label == "Fire Department")
        let opened = press([.character(" ")], on: budget)
        let programs = SampleLedgerStates.riverton.hierarchy(.organisation).children[Int(fire.node!)]
        #expect(opened.budget.rows.count == budget.budget.rows.count + programs.count)
        #expect(opened.budget.rows[1].isExpanded)
        #expect(opened.budget.rows[2...(1 + programs.count)].allSatisfy { $0.depth == 1 })
        #expect(opened.selection.selected == 1)
        #expect(press([.character(" ")], on: opened).budget.rows == budget.budget.rows)
        #expect(press([.character("+")], on: budget).budget.rows == opened.budget.rows)
        let closedFromChild = press([.down, .down, .character("-")], on: opened)
        #expect(closedFromChild.budget.rows == budget.budget.rows)
        #expect(closedFromChild.selection.selected == 1)
        let leaf = press([.down, .character(" ")], on: opened)
        #expect(leaf.notice == "Nothing below this row")
        #expect(leaf.budget.rows == opened.budget.rows)
    }

    @Test("* opens every node: the whole hierarchy, depth first")
    func expandAll() {
        let all = press([.character("2"), .character("*")])
        #expect(all.budget.rows.compactMap(\.node) == SampleLedgerStates.riverton.hierarchy(.organisation).preorder)
    }

    @Test("c cycles the classifications the ledger has, roots closed, and back to organisation")
    func classifications() {
        var state = press([.character("2"), .character("*"), .down, .down])
        var seen: [ClassificationKind] = []
        for _ in 0..<4 {
            state = press([.character("c")], on: state)
            seen.append(state.budget.classification)
            #expect(state.budget.rows.allSatisfy { $0.depth == 0 })
            #expect(state.selection.selected == 0)
            #expect(state.budget.report?.hierarchy == state.budget.classification)
        }
        #expect(seen == [.category, .fund, .function, .organisation])
        #expect(state.notice == "By organisation")
    }

    @Test("s sorts siblings within their parent by revised, largest first; S reverses; the tree is kept", arguments: [
        ([Key.character("s")], SortDirection.descending), ([.character("s"), .character("S")], .ascending),
    ])
    func sortWithinParents(keys: [Key], direction: SortDirection) {
        let sorted = press([.character("2"), .character("*")] + keys)
        #expect(sorted.sort(for: .budget) == TableSort(column: 0, direction: direction))
        let rows = sorted.budget.rows
        #expect(Set(rows.compactMap(\.node)) == Set(SampleLedgerStates.riverton.hierarchy(.organisation).preorder))
        for (position, row) in rows.enumerated() {
            let parent = rows[..<position].last { $0.depth < row.depth }
            if row.depth > 0 { #expect(parent?.node == organisations.parents[Int(row.node!)]) }
            guard let previous = rows[..<position].last(where: { $0.depth <= row.depth }), previous.depth == row.depth else { continue }
            let inOrder = direction == .descending
                ? previous.execution.revised >= row.execution.revised
                : previous.execution.revised <= row.execution.revised
            #expect(inOrder, "\(previous.label) before \(row.label)")
        }
    }

    @Test("Enter on an agency re-roots the tree; on a program it drills in and shows Spending; Back returns to each row")
    func drillChain() throws {
        let agencies = press([.character("2"), .down])
        let fire = try #require(agencies.budget.rows[1].node)
        let programs = press([.enter], on: agencies)
        #expect(programs.panel == .budget)
        #expect(programs.drillSteps == [.organisation(fire)])
        #expect(programs.breadcrumb == ["All agencies", "Fire Department"])
        #expect(programs.budget.rows.map(\.node) == SampleLedgerStates.riverton.hierarchy(.organisation).children[Int(fire)])
        #expect(programs.budget.totals == programs.budget.report?.row(of: fire).execution)
        let program = press([.down, .down, .enter], on: programs)
        let node = try #require(programs.budget.rows[2].node)
        #expect(program.drillSteps == [.organisation(fire), .organisation(node)])
        #expect(program.panel == .spending)
        let budgetOfProgram = press([.character("2")], on: program)
        #expect(budgetOfProgram.budget.rows.map(\.node) == [node])
        #expect(press([.enter], on: budgetOfProgram).notice == "Nothing below this row")
        let items = press([.character("5")], on: program)
        let index = SampleLedgerStates.riverton.hierarchy(.organisation)
        let columns = SampleLedgerStates.riverton.ledger.lineItems
        #expect(!items.lineItems.rows.isEmpty)
        #expect(items.lineItems.rows.allSatisfy { index.isInSubtree(columns.organisations[Int($0)], of: node) })
        let backToPrograms = press([.backspace], on: program)
        #expect(backToPrograms.panel == .budget)
        #expect(backToPrograms.selection.selected == 2)
        let backToAgencies = press([.backspace], on: backToPrograms)
        #expect(backToAgencies.drillPath.isEmpty)
        #expect(backToAgencies.selection.selected == 1)
        #expect(backToAgencies.budget.rows == agencies.budget.rows)
    }

    @Test("the whole chain: agency, program, category, vendor, its line items, one line item; Back retraces every step")
    func wholeChain() throws {
        var states = [press([.character("2"), .down, .enter, .down, .enter])]
        #expect(states[0].panel == .spending)
        states.append(press([.enter], on: states[0]))
        let category = try #require(states[1].scope(.category))
        #expect(states[1].panel == .spending)
        states.append(press([.character("v"), .enter], on: states[1]))
        let vendor = try #require(states[2].vendorScope)
        #expect(states[2].panel == .lineItems)
        let rows = states[2].lineItems.rows
        #expect(!rows.isEmpty)
        let columns = SampleLedgerStates.riverton.ledger.lineItems
        let categories = SampleLedgerStates.riverton.hierarchy(.category)
        #expect(rows.allSatisfy { columns.vendors[Int($0)] == vendor && categories.isInSubtree(columns.categories[Int($0)], of: category) })
        states.append(press([.down, .enter], on: states[2]))
        #expect(states[3].openLineItem == rows[1])
        #expect(states[3].drillPath.count == 5)
        var back = states[3]
        for expected in states.dropLast().reversed() {
            back = press([.backspace], on: back)
            #expect(back.panel == expected.panel)
            #expect(back.drillPath == expected.drillPath)
        }
        #expect(back.selection.selected == 0)
        #expect(press([.backspace, .backspace], on: back).selection.selected == 1)
    }

    @Test("the summary line says when the filter does not narrow the budget's figures")
    func filterNote() {
        let filtered = press([.character("2"), .character("f")] + "amount>=1000".map { Key.character($0) } + [.enter])
        #expect(SampleLedgerStates.screen(filtered).lines()[2].hasPrefix(" By organisation · 75.1% of year elapsed · filter not applied"))
        #expect(filtered.budget.totals == press([.character("2")]).budget.totals)
    }

    @Test("/ finds nodes by name or code")
    func search() {
        let found = press([.character("2"), .character("*"), .character("/")] + "PW-".map { Key.character($0) } + [.enter])
        let row = found.budget.rows[found.selection.selected ?? 0]
        #expect(organisations.codes[Int(row.node!)].hasPrefix("PW-"))
    }

    @Test("the table behind the panel lists every node below the root, opened or not, then the totals")
    func table() {
        let table = DashboardApp.table(press([.character("2")]))
        #expect(table.view == "budget")
        #expect(table.rows.count == organisations.count + 1)
        #expect(table.columns.map(\.title).prefix(6) == ["Level", "Code", "Organisation", "Adopted", "Revised", "Paid"])
        #expect(table.rows.last?[2] == .text("Total"))
        #expect(table.rows.last?[5] == .money(press([.character("2")]).budget.totals!.paid))
    }
}
