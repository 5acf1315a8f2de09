import Testing
import TerminalCore
import Widgets

@Suite("Status bar")
struct StatusBarTests {
    let bar = StatusBar(hints: [KeyHint("Enter", "open"), KeyHint("q", "quit")], status: "2 of 5")

    @Test("hints at the left, status at the right; the status wins and hints drop whole", arguments: [
        (40, " Enter open  q quit              2 of 5"),
        (20, " Enter open  2 of 5"),
        (19, "            2 of 5"),
        (8, " 2 of 5"),
        (7, " 2 of…"),
        (2, ""),
    ])
    func widths(width: Int, expected: String) {
        #expect(rendered(width: width) { bar.render(into: &$0, area: $1) } == [expected])
    }

    @Test("the row is painted in the status style edge to edge, keys in bold")
    func styles() {
        let drawn = canvas(width: 40) { bar.render(into: &$0, area: $1) }
        #expect((0..<40).allSatisfy { drawn[$0, 0].style.role == .status })
        #expect(drawn[1, 0].style == Style(.status, bold: true))
        #expect(drawn[7, 0].style == .status)
        #expect(drawn[13, 0].style.bold)
    }

    @Test("without a status the hints use the whole row; only the first row of the area is used")
    func hintsOnly() {
        let hints = StatusBar(hints: [KeyHint("↑↓", "move"), KeyHint("Enter", "open"), KeyHint("q", "quit")])
        #expect(rendered(width: 30, height: 2) { hints.render(into: &$0, area: $1) } == [" ↑↓ move  Enter open  q quit", ""])
        #expect(rendered(width: 30, glyphs: .ascii) { hints.render(into: &$0, area: $1) } == [" ^v move  Enter open  q quit"])
    }

    @Test("a long or double-width status is cut by display columns")
    func longStatus() {
        let japanese = StatusBar(hints: [KeyHint("q", "終了")], status: "読み込み中です")
        #expect(rendered(width: 24) { japanese.render(into: &$0, area: $1) } == [" q 終了  読み込み中です"])
        #expect(rendered(width: 12) { japanese.render(into: &$0, area: $1) } == ["  読み込み…"])
        #expect(rendered(width: 16, glyphs: .ascii) { japanese.render(into: &$0, area: $1) } == [" q ??   ???????"])
    }
}
