import Testing
import TerminalCore
import Widgets
import Dashboard

@Suite("Ledger picker screen")
struct LedgerPickerRenderTests {
    /// An empty middle row of the box, `width` columns wide.
    func emptyRow(_ width: Int, glyph: String = "│") -> String {
        glyph + String(repeating: " ", count: width - 2) + glyph
    }

    /// The bottom edge of the box, `width` columns wide.
    func bottomEdge(_ width: Int, corner: String = "└", line: String = "─", end: String = "┘") -> String {
        corner + String(repeating: line, count: width - 2) + end
    }

    @Test("80x24: title bar, the ledgers in a box, key hints and position")
    func standardScreen() {
        var canvas = Canvas(width: 80, height: 24)
        LedgerPicker.render(LedgerPickerState(folder: "sample-data", entries: sampleEntries), into: &canvas)
        let expected = [
            " GovLens · Choose a ledger",
            "┌ Ledgers in sample-data ──────────────────────────────────────────────────────┐",
            "│▶ City of Riverton                    USD · 48,210 line items · FY2024–FY2025 │",
            "│  青空県 Aozora Prefecture                   JPY · 12,400 line items · FY2025 │",
            "│  Synthetic benchmark (100k)         EUR · 100,000 line items · FY2023–FY2025 │",
        ] + Array(repeating: emptyRow(80), count: 17) + [
            bottomEdge(80),
            " ↑↓ move  Enter open  q quit                                             1 of 3",
        ]
        #expect(canvas.lines() == expected)
        #expect(canvas[1, 2].style == .selection)
        #expect(canvas[0, 0].style == .title)
        #expect(canvas[79, 23].style == .status)
    }

    @Test("ASCII terminals get the same screen in ASCII")
    func asciiScreen() {
        var state = LedgerPickerState(folder: "sample-data", entries: sampleEntries)
        state.selection = SelectionState(selected: 1)
        var canvas = Canvas(width: 80, height: 24, glyphs: .ascii)
        LedgerPicker.render(state, into: &canvas)
        let lines = canvas.lines()
        #expect(Array(lines.prefix(5)) == [
            " GovLens . Choose a ledger",
            "+ Ledgers in sample-data ------------------------------------------------------+",
            "|  City of Riverton                    USD . 48,210 line items . FY2024-FY2025 |",
            "|> ??? Aozora Prefecture                      JPY . 12,400 line items . FY2025 |",
            "|  Synthetic benchmark (100k)         EUR . 100,000 line items . FY2023-FY2025 |",
        ])
        #expect(lines[22] == bottomEdge(80, corner: "+", line: "-", end: "+"))
        #expect(lines[23] == " ^v move  Enter open  q quit" + String(repeating: " ", count: 45) + "2 of 3")
    }

    @Test("a long list scrolls to the selection; the status shows the position")
    func scrolled() {
        var state = LedgerPickerState(folder: "ledgers", entries: numberedEntries(30), screenSize: Size(width: 40, height: 8))
        for _ in 0..<12 {
            state = LedgerPicker.update(state, .down).0
        }
        var canvas = Canvas(width: 40, height: 8)
        LedgerPicker.render(state, into: &canvas)
        #expect(canvas.lines() == [
            " GovLens · Choose a ledger",
            "┌ Ledgers in ledgers ──────────────────┐",
            "│  Ledger 10                       USD │",
            "│  Ledger 11                       USD │",
            "│  Ledger 12                       USD │",
            "│▶ Ledger 13                       USD │",
            bottomEdge(40),
            " ↑↓ move  Enter open  q quit   13 of 30",
        ])
    }

    @Test("with no ledgers the box says so and the status says no ledgers")
    func noLedgers() {
        var canvas = Canvas(width: 50, height: 5)
        LedgerPicker.render(LedgerPickerState(folder: "empty", entries: []), into: &canvas)
        #expect(canvas.lines() == [
            " GovLens · Choose a ledger",
            "┌ Ledgers in empty ──────────────────────────────┐",
            "│  No ledgers found in this folder               │",
            bottomEdge(50),
            " ↑↓ move  Enter open  q quit           no ledgers",
        ])
    }

    @Test("control characters in names and folders are shown as pictures")
    func hostileNames() {
        let state = LedgerPickerState(folder: "in\u{1B}[2Jbox", entries: [
            LedgerPickerEntry(title: "Evil\u{1B}]0;pwned\u{07}", subtitle: "a\u{202E}b\nc"),
        ])
        var canvas = Canvas(width: 50, height: 5)
        LedgerPicker.render(state, into: &canvas)
        #expect(canvas.lines()[1].hasPrefix("┌ Ledgers in in␛[2Jbox ─"))
        #expect(canvas.lines()[2] == "│▶ Evil␛]0;pwned␇                           ab␤c │")
        #expect(canvas.text.unicodeScalars.allSatisfy { $0 == "\n" || ($0.value >= 0x20 && $0 != "\u{202E}") })
    }

    @Test("tiny screens draw what fits and nothing else", arguments: [
        (Size(width: 0, height: 0), [String]()),
        (Size(width: 1, height: 1), [""]),
        (Size(width: 12, height: 2), [" GovLens ·…", "     1 of 3"]),
        (Size(width: 12, height: 3), [" GovLens ·…", "────────────", "     1 of 3"]),
        (Size(width: 12, height: 4), [" GovLens ·…", "┌ Ledgers… ┐", "└──────────┘", "     1 of 3"]),
    ])
    func tiny(size: Size, expected: [String]) {
        var canvas = Canvas(size: size)
        LedgerPicker.render(LedgerPickerState(folder: "sample-data", entries: sampleEntries), into: &canvas)
        #expect(canvas.lines() == expected)
    }
}
