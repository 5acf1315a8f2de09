import Testing
@testable import TerminalCurses

@Suite("Cell emission")
struct CellEmissionTests {
    /// glibc 2.36's wcwidth for the scalars used below: regional indicators are 1, emoji
    /// from Unicode 15 are unknown (-1).
    private static func glibcWidth(_ value: UInt32) -> Int {
        switch value {
        case 0x20..<0x7F, 0xE9, 0x2764, 0x1F1E6...0x1F1FF, 0xFFFD, 0x0915, 0x0937: 1
        case 0x301, 0x94D, 0x200D, 0xFE0F, 0x20E3: 0
        case 0x65E5, 0x1F468, 0x1F469, 0x1F467: 2
        default: -1
        }
    }

    private func units(_ symbol: String, _ width: Int) -> [[UInt32]] {
        CellEmission.units(for: symbol, width: width, measure: Self.glibcWidth).map(\.characters)
    }

    @Test("plain and wide characters are sent as they are")
    func plain() {
        #expect(units("a", 1) == [[0x61]])
        #expect(units("日", 2) == [[0x65E5]])
        #expect(units("e\u{301}", 1) == [[0x65, 0x301]])
    }

    @Test("a ZWJ sequence wider in the C library than on the canvas is cut to what fits")
    func zwjSequence() {
        #expect(units("👨\u{200D}👩\u{200D}👧", 2) == [[0x1F468]])
    }

    @Test("an emoji presentation selector is dropped and the missing column padded")
    func variationSelector() {
        #expect(units("\u{2764}\u{FE0F}", 2) == [[0x2764], [0x20]])
        #expect(units("1\u{FE0F}\u{20E3}", 2) == [[0x31, 0x20E3], [0x20]])
    }

    @Test("a flag is sent as its two regional indicators, one column each")
    func flag() {
        #expect(units("🇯🇵", 2) == [[0x1F1EF], [0x1F1F5]])
    }

    @Test("a character the C library cannot measure becomes U+FFFD, padded to the cell")
    func unknown() {
        #expect(units("\u{1FAE8}", 2) == [[0xFFFD], [0x20]])
    }

    @Test("a conjunct is sent scalar by scalar; columns always add up to the cell width", arguments: [
        ("क्ष", 2), ("a", 1), ("日", 2), ("👨\u{200D}👩\u{200D}👧", 2), ("🇯🇵", 2), ("\u{2764}\u{FE0F}", 2), ("\u{1FAE8}", 2), ("日", 1),
    ])
    func widthsAddUp(symbol: String, width: Int) {
        let sent = CellEmission.units(for: symbol, width: width, measure: Self.glibcWidth)
        #expect(sent.map(\.width).reduce(0, +) == width)
        #expect(sent.allSatisfy { $0.characters.count <= 5 })
    }

    @Test("no more than four combining characters ride on one spacing character")
    func combiningLimit() {
        let sent = units("e" + String(repeating: "\u{301}", count: 7), 1)
        #expect(sent == [[0x65, 0x301, 0x301, 0x301, 0x301]])
    }
}
