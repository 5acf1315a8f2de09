import Testing
import TerminalCore
import Widgets

@Suite("List view")
struct ListViewTests {
    let ledgers = [
        ListItem("City of Riverton", detail: "USD · FY2025"),
        ListItem("Aozora Prefecture", detail: "JPY · FY2024–FY2025"),
        ListItem("青空県 (Aozora)", detail: "JPY"),
    ]

    @Test("items with details right-aligned; the selection marked and highlighted")
    func wide() {
        let list = ListView(items: ledgers, state: SelectionState(selected: 0))
        let drawn = canvas(width: 42, height: 4) { list.render(into: &$0, area: $1) }
        #expect(drawn.lines() == [
            "▶ City of Riverton           USD · FY2025",
            "  Aozora Prefecture   JPY · FY2024–FY2025",
            "  青空県 (Aozora)                     JPY",
            "",
        ])
        #expect((0..<42).allSatisfy { drawn[$0, 0].style == .selection })
        #expect(drawn[2, 1].style == .normal)
        #expect(drawn[22, 1].style == .muted)
    }

    @Test("narrow rows cut text and detail, then drop the detail", arguments: [
        (24, [
            "▶ City of R…  USD · FY…",
            "  Aozora Pr…  JPY · FY…",
            "  青空県 (Aozora)   JPY",
        ]),
        (12, ["▶ City of …", "  Aozora P…", "  青…   JPY"]),
        (3, ["▶", "", ""]),
    ])
    func narrow(width: Int, expected: [String]) {
        let list = ListView(items: ledgers, state: SelectionState(selected: 0))
        #expect(rendered(width: width, height: 3) { list.render(into: &$0, area: $1) } == expected)
    }

    @Test("ASCII mode: > marks the selection, Japanese becomes ?")
    func ascii() {
        let list = ListView(items: ledgers, state: SelectionState(selected: 2))
        #expect(rendered(width: 24, height: 3, glyphs: .ascii) { list.render(into: &$0, area: $1) }[2]
            == "> ??? (Aozora)      JPY")
    }

    @Test("items scroll so that the selection stays visible")
    func scrolling() {
        let list = ListView(items: (1...10).map { ListItem("Ledger \($0)") }, state: SelectionState(selected: 5))
        #expect(ListView.visibleRowCount(in: Rect(x: 0, y: 0, width: 20, height: 3)) == 3)
        #expect(rendered(width: 20, height: 3) { list.render(into: &$0, area: $1) } == [
            "  Ledger 4", "  Ledger 5", "▶ Ledger 6",
        ])
    }

    @Test("an empty list shows its message, muted")
    func empty() {
        let list = ListView(items: [], emptyMessage: "No ledgers found")
        let drawn = canvas(width: 20, height: 2) { list.render(into: &$0, area: $1) }
        #expect(drawn.lines() == ["  No ledgers found", ""])
        #expect(drawn[2, 0].style == .muted)
        #expect(rendered(width: 10, height: 1) { list.render(into: &$0, area: $1) } == ["  No led…"])
    }
}
