import Analytics
import Dashboard
import LedgerKit
import TerminalCore
import Testing
@testable import Dashboard

/// The drill path as text and the view specification that `govlens export` replays.
@Suite("View specification")
struct ViewSpecificationTests {
    let ledger = SampleLedgerStates.riverton.ledger

    @Test("every kind of drill step round-trips through its text")
    func roundTrip() throws {
        let organisation = ledger.classification(.organisation)
        let child = try #require((0..<Int32(organisation.count)).first { organisation.parents[Int($0)] >= 0 })
        let parent = organisation.parents[Int(child)]
        let category = try #require(ledger.classification(.category).roots.first)
        let steps: [DrillStep] = [.organisation(parent), .organisation(child), .node(.category, category), .vendor(3), .lineItem(42), .kpi(2)]
        let text = DrillPathText.text(of: steps, in: ledger)
        #expect(text == "organisation:\(organisation.codes[Int(parent)])/organisation:\(organisation.codes[Int(child)])"
            + "/category:\(ledger.classification(.category).codes[Int(category)])/vendor:\(ledger.vendors.ids[3])"
            + "/item:\(ledger.lineItems.ids[42])/kpi:\(ledger.kpis[2].id)")
        #expect(try DrillPathText.parse(text, in: ledger) == steps)
        #expect(try DrillPathText.parse("", in: ledger) == [])
    }

    @Test("ids escape %, /, spaces and controls as %XX; ':' needs none")
    func escaping() {
        #expect(DrillPathText.escaped("A/B%C D:E\u{1B}é") == "A%2FB%25C%20D:E%1Bé")
        #expect(DrillPathText.escaped("\u{202E}") == "%E2%80%AE")
    }

    @Test("steps that name nothing are errors that say which step and why", arguments: [
        ("team:PW", "unknown kind 'team'"), ("organisation:NOPE", "no organisation with this code"), ("PW", "expected KIND:ID"),
        ("vendor:%G1", "malformed %XX escape"), ("item:LI-none", "no line item with this id"), ("kpi:none", "no KPI with this id"),
    ])
    func errors(text: String, reason: String) {
        #expect(throws: DrillPathText.ParseError.self) { try DrillPathText.parse(text, in: ledger) }
        do {
            _ = try DrillPathText.parse(text, in: ledger)
        } catch {
            #expect(error.description.contains(reason), "\(error.description)")
        }
    }

    @Test("a node must lie below the previous node of its classification")
    func nesting() throws {
        let organisation = ledger.classification(.organisation)
        let roots = organisation.roots
        let text = "organisation:\(organisation.codes[Int(roots[0])])/organisation:\(organisation.codes[Int(roots[1])])"
        #expect(throws: DrillPathText.ParseError.self) { try DrillPathText.parse(text, in: ledger) }
    }

    @Test("a view reached with keys is reproduced by its specification, screen for screen")
    func replay() throws {
        var state = SampleLedgerStates.state(SampleLedgerStates.riverton)
        for key in [Key.character("["), .down, .enter, .character("f")] + "amount>=1000".map(Key.character) + [.enter] {
            state = DashboardApp.update(state, .key(key)).0
        }
        state.notice = nil
        let specification = state.specification
        #expect(specification.fiscalYear == 2024 && specification.filter == "amount>=1000.00" && !specification.drill.isEmpty)
        let replayed = try AppState(store: state.store, specification: specification, screenSize: state.screenSize, glyphs: .unicode)
        #expect(replayed.drillSteps == state.drillSteps && replayed.fiscalYear == state.fiscalYear && replayed.filter == state.filter)
        #expect(SampleLedgerStates.screen(replayed).lines() == SampleLedgerStates.screen(state).lines())
    }

    @Test("panel state is reproduced too: the budget's classification and open nodes, the spending period, the selected row and scroll", arguments: [
        ("2c Dj", "--by category, a node opened, a row selected"),
        ("2 *GG", "every node opened, the last row selected"),
        ("3bb", "spending by fiscal year"),
        ("5NNPj", "line items scrolled down two pages"),
    ])
    func replayPanelState(keys: String, what: String) throws {
        var state = SampleLedgerStates.state(SampleLedgerStates.riverton)
        for letter in keys {
            let key: Key = switch letter {
            case "D": .down
            case "N": .pageDown
            case "P": .pageUp
            default: .character(letter)
            }
            state = DashboardApp.update(state, .key(key)).0
        }
        state.notice = nil
        let specification = state.specification
        #expect(specification.by != nil || !specification.expanded.isEmpty || specification.row != nil, "\(what): \(specification)")
        let replayed = try AppState(store: state.store, specification: specification, screenSize: state.screenSize, glyphs: .unicode)
        #expect(replayed.specification == specification, "\(what)")
        #expect(SampleLedgerStates.screen(replayed).lines() == SampleLedgerStates.screen(state).lines(), "\(what): \(specification)")
    }

    @Test("unbuilt panels, years without data, bad filters and sorts are errors naming the option")
    func specificationErrors() {
        let store = SampleLedgerStates.riverton
        let size = Size(width: 80, height: 24)
        let cases: [(ViewSpecification, String)] = [
            (ViewSpecification(panel: .overview, fiscalYear: 1990), "--fiscal-year 1990: the ledger has no data for it (years: 2023, 2024, 2025)"),
            (ViewSpecification(panel: .overview, filter: "amount>=x"), "--filter: filter term 'amount>=x'"),
            (ViewSpecification(panel: .overview, drill: "x:y"), "--drill: drill step 'x:y'"),
            (ViewSpecification(panel: .overview, sort: "paid"), "--sort: the overview view has a fixed order"),
            (ViewSpecification(panel: .overview, by: "category"), "--by: the overview view has no grouping to choose"),
            (ViewSpecification(panel: .spending, by: "week"), "--by week: the spending view is by month, quarter or year"),
            (ViewSpecification(panel: .budget, expanded: "NOPE"), "--expand: no organisation with the code 'NOPE'"),
            (ViewSpecification(panel: .overview, row: 99), "--row 99: the overview view lists 12 rows"),
        ]
        for (specification, message) in cases {
            do {
                _ = try AppState(store: store, specification: specification, screenSize: size, glyphs: .unicode)
                Issue.record("no error for \(specification)")
            } catch {
                #expect(error.description.hasPrefix(message), "\(error.description)")
            }
        }
    }
}
