import Analytics
import Dashboard
import TerminalCore
import Testing
import Widgets

@Suite("Dashboard keys")
struct DashboardUpdateTests {
    let start = SampleLedgerStates.state(SampleLedgerStates.riverton)

    /// `state` after `keys`, with the effect of the last one.
    func press(_ keys: [Key], on state: AppState? = nil) -> (AppState, AppEffect) {
        var current = (state ?? start, AppEffect.none)
        for key in keys {
            current = DashboardApp.update(current.0, .key(key))
        }
        return current
    }

    @Test("movement keys move the Overview's selection and stop at the ends", arguments: [
        ([Key.down], 1), ([.character("j")], 1), ([.down, .up], 0), ([.down, .character("k")], 0), ([.up], 0),
        ([.end], 11), ([.character("G")], 11), ([.end, .home], 0), ([.end, .character("g")], 0),
        ([.pageDown], 6), ([.pageDown, .pageDown, .pageDown], 11), ([.end, .pageUp], 5),
    ])
    func movement(keys: [Key], selected: Int) {
        let (state, effect) = press(keys)
        #expect(state.selection.selected == selected)
        #expect(effect == .none)
    }

    @Test("Enter, Right and l drill into the selected agency; Backspace, Escape, Left and h come back to it", arguments: [
        Key.enter, .right, .character("l"),
    ], [Key.backspace, .escape, .left, .character("h")])
    func drillAndBack(into: Key, back: Key) {
        let (drilled, _) = press([.down, into])
        #expect(drilled.breadcrumb == ["All agencies", "Finance Department"])
        #expect(drilled.organisationScope != nil)
        #expect(drilled.overview.rows.map(\.name).contains("Debt Service"))
        #expect(drilled.selection.selected == 0)
        let (backed, effect) = press([back], on: drilled)
        #expect(effect == .none)
        #expect(backed.drillPath.isEmpty)
        #expect(backed.breadcrumb == ["All agencies"])
        #expect(backed.selection.selected == 1)
    }

    @Test("Enter on a row with nothing below says so; back at the top closes the ledger")
    func edges() {
        let (program, _) = press([.down, .enter, .enter])
        #expect(program.breadcrumb == ["All agencies", "Finance Department", "Debt Service"])
        #expect(program.overview.rows.isEmpty)
        let (same, effect) = press([.enter], on: program)
        #expect(same.drillPath == program.drillPath)
        #expect(same.notice == "Nothing below this row")
        #expect(effect == .none)
        #expect(press([.backspace]).1 == .closeLedger)
    }

    @Test("[ and ] step through the fiscal years with data and keep the selected agency")
    func fiscalYears() {
        #expect(start.fiscalYear == 2025)
        #expect(start.fiscalYears == [2023, 2024, 2025])
        let (later, _) = press([.character("]")])
        #expect(later.fiscalYear == 2025)
        #expect(later.notice == "No later fiscal year in this ledger")
        let (earlier, _) = press([.down, .character("[")])
        #expect(earlier.fiscalYear == 2024)
        #expect(earlier.overview.fiscalYear == 2024)
        #expect(earlier.overview.rows[earlier.selection.selected!].name == "Finance Department")
        let (earliest, _) = press([.character("["), .character("["), .character("[")])
        #expect(earliest.fiscalYear == 2023)
        #expect(earliest.notice == "No earlier fiscal year in this ledger")
        #expect(press([.character("]")], on: earliest).0.notice == nil)
    }

    @Test("number keys, Tab and Shift-Tab show the panels", arguments: [
        (Key.character("1"), Panel.overview), (.character("2"), .budget), (.character("3"), .spending),
        (.character("4"), .kpis), (.character("5"), .lineItems), (.character("6"), .audit), (.tab, .budget), (.backTab, .audit),
    ])
    func panels(key: Key, panel: Panel) {
        let (state, effect) = press([key])
        #expect(state.panel == panel)
        #expect(state.notice == nil)
        #expect(effect == .none)
    }

    @Test("? opens the help; arrows scroll it; keys that mean nothing there close it and do nothing else")
    func help() {
        let (open, _) = press([.character("?")])
        #expect(open.overlay == .help(HelpView()))
        let (closed, effect) = press([.character("q")], on: open)
        #expect(closed.overlay == nil)
        #expect(effect == .none)
        let small = SampleLedgerStates.state(SampleLedgerStates.riverton, size: Size(width: 60, height: 16))
        let scrolled = press([.character("?"), .down, .down, .up], on: small).0
        #expect(scrolled.selection.selected == 0)
        guard case .help(let help) = scrolled.overlay else { Issue.record("help closed"); return }
        #expect(help.offset == 1)
        #expect(press([.enter], on: open).0.overlay == nil)
        #expect(press([.enter], on: open).0.drillPath.isEmpty)
    }

    @Test("/ in the help narrows it to the keys containing the text; Esc clears, then closes")
    func helpSearch() {
        let searching = press([.character("?"), .character("/")] + "year".map { Key.character($0) }).0
        guard case .help(let help) = searching.overlay else { Issue.record("help closed"); return }
        #expect(help.query == "year" && help.isTyping)
        let lines = SampleLedgerStates.screen(searching).lines()
        #expect(lines.contains { $0.contains("[  ]") && $0.contains("previous / next fiscal year") })
        #expect(!lines.contains { $0.contains("move the selection") })
        #expect(lines.contains { $0.contains("Keys matching year") })
        let kept = press([.enter], on: searching).0
        guard case .help(let keptHelp) = kept.overlay else { Issue.record("help closed"); return }
        #expect(keptHelp.query == "year" && !keptHelp.isTyping)
        let cleared = press([.escape], on: kept).0
        #expect(cleared.overlay == .help(HelpView()))
        #expect(press([.escape], on: cleared).0.overlay == nil)
        let none = press(["/", "z", "z", "z"].map { Key.character($0) }, on: open()).0
        #expect(SampleLedgerStates.screen(none).lines().contains { $0.contains("No key matches") })
    }

    func open() -> AppState { press([.character("?")]).0 }

    @Test("q and a request to terminate quit; a resize is recorded; other keys do nothing")
    func quitAndResize() {
        #expect(press([.character("q")]).1 == .quit)
        #expect(DashboardApp.update(start, .terminate).1 == .quit)
        let (resized, effect) = DashboardApp.update(start, .resize(Size(width: 100, height: 30)))
        #expect(resized.screenSize == Size(width: 100, height: 30))
        #expect(effect == .none)
        let (same, none) = press([.character("x"), .function(5), .delete])
        #expect(none == .none)
        #expect(same.selection == start.selection && same.notice == nil)
    }

    @Test("a key clears the previous notice")
    func noticeCleared() {
        let (noticed, _) = press([.character("]")])
        #expect(noticed.notice != nil)
        #expect(press([.down], on: noticed).0.notice == nil)
    }

    @Test("every key the help lists maps to an action", arguments: [
        Key.up, .down, .character("k"), .character("j"), .pageUp, .pageDown, .home, .end, .character("g"), .character("G"),
        .enter, .right, .character("l"), .backspace, .escape, .left, .character("h"), .character("1"), .character("5"),
        .tab, .backTab, .character("["), .character("]"), .character("?"), .character("q"),
    ])
    func keyMap(key: Key) {
        #expect(AppAction(key: key) != nil)
    }
}

@Suite("Dashboard search and filter")
struct DashboardPromptTests {
    let start = SampleLedgerStates.state(SampleLedgerStates.riverton)

    func press(_ keys: [Key], on state: AppState? = nil) -> AppState {
        keys.reduce(state ?? start) { DashboardApp.update($0, .key($1)).0 }
    }

    func type(_ text: String) -> [Key] { text.map { Key.character($0) } }

    @Test("/ finds the next row containing the text, n and N repeat it, wrapping around")
    func search() throws {
        let names = start.overview.rows.map(\.name)
        let found = press([.character("/")] + type("public") + [.enter])
        #expect(found.prompt == nil)
        #expect(found.search == "public")
        let first = try #require(found.selection.selected)
        #expect(names[first].localizedCaseInsensitiveContains("public"))
        let next = press([.character("n")], on: found)
        let second = try #require(next.selection.selected)
        #expect(second != first && names[second].localizedCaseInsensitiveContains("public"))
        #expect(press([.character("N")], on: next).selection.selected == first)
        let missing = press([.character("/")] + type("zzz") + [.enter])
        #expect(missing.notice == "Not found: 'zzz'")
        #expect(missing.selection == start.selection)
        #expect(press([.character("n")]).notice == "No search yet: press / to search")
    }

    @Test("the prompt takes every key until Enter or Escape; Backspace edits it")
    func promptEditing() {
        let typing = press([.character("/")] + type("qj?") + [.backspace])
        #expect(typing.prompt?.text == "qj")
        #expect(typing.overlay == nil)
        #expect(SampleLedgerStates.screen(typing).lines().last == "/qj_                                                    Enter find · Esc cancel")
        let cancelled = press([.escape], on: typing)
        #expect(cancelled.prompt == nil && cancelled.search == nil && cancelled.drillPath.isEmpty)
        #expect(press([.backspace, .backspace, .backspace], on: typing).prompt == nil)
    }

    @Test("f applies a filter shown in the status bar; a bad term is explained; F clears it")
    func filter() {
        let filtered = press([.character("f")] + type("amount>=1000 vendor=business") + [.enter])
        #expect(filtered.filter.minimumAmount == 100_000)
        #expect(filtered.lineItemFilter.amounts == 100_000...Int64.max)
        #expect(filtered.notice == "Filter: amount>=1000.00 vendor=business")
        let status = SampleLedgerStates.screen(press([.down], on: filtered)).lines().last ?? ""
        #expect(status.hasSuffix("filter: amount>=1000.00 vendor=business · as of 2025-03-31 · 8 files"))
        let reopened = press([.character("f")], on: filtered)
        #expect(reopened.prompt?.text == "amount>=1000.00 vendor=business")
        let bad = press([.character("f")] + type("amount>=lots") + [.enter])
        #expect(bad.notice == "filter term 'amount>=lots': expected an amount such as 1000 or 1250.50")
        #expect(bad.filter.isEmpty)
        let cleared = press([.character("F")], on: filtered)
        #expect(cleared.filter.isEmpty && cleared.notice == "Filter cleared")
    }

    @Test("the drill path, the fiscal year and the filter make the line items every panel shows")
    func lineItemFilter() {
        let drilled = press([.down, .enter])
        let filter = drilled.lineItemFilter
        #expect(filter.organisation == drilled.organisationScope)
        #expect(filter.dates == drilled.fiscalYearDates)
        #expect(filter.kinds == LineItemFilter.spendingKinds)
    }

    @Test("a panel with a fixed order says so when asked to sort")
    func fixedOrder() {
        #expect(press([.character("s")]).notice == "Overview has a fixed order")
        #expect(press([.character("S")]).notice == "Overview has a fixed order")
    }
}
