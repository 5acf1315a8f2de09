import CNCursesW
import Testing
import TerminalCore
@testable import TerminalCurses

@Suite("Curses mappings")
struct CursesMappingTests {
    @Test("function-key codes map to keys", arguments: [
        (KEY_UP, Key.up), (KEY_DOWN, .down), (KEY_LEFT, .left), (KEY_RIGHT, .right),
        (KEY_PPAGE, .pageUp), (KEY_NPAGE, .pageDown), (KEY_HOME, .home), (KEY_END, .end),
        (KEY_A1, .home), (KEY_C1, .end), (KEY_A3, .pageUp), (KEY_C3, .pageDown),
        (KEY_BTAB, .backTab), (KEY_ENTER, .enter), (KEY_BACKSPACE, .backspace), (KEY_DC, .delete),
        (KEY_IC, .insert), (govlens_key_f(1), .function(1)), (govlens_key_f(12), .function(12)),
    ])
    func keyCodes(code: Int32, key: Key) {
        #expect(CursesKeys.key(forKeyCode: code) == key)
    }

    @Test("codes GovLens does not use map to nothing", arguments: [KEY_MOUSE, KEY_RESIZE, govlens_key_f(0), govlens_key_f(30)])
    func unusedCodes(code: Int32) {
        #expect(CursesKeys.key(forKeyCode: code) == nil)
    }

    @Test("characters from wget_wch map through Key(characterCode:)")
    func characters() {
        #expect(CursesKeys.key(forCharacter: 0x0D) == .enter)
        #expect(CursesKeys.key(forCharacter: 0x71) == .character("q"))
        #expect(CursesKeys.key(forCharacter: 0x00) == nil)
    }

    @Test("colour mode: coloured roles get their own pair, attributes add up")
    func colorLooks() {
        let palette = CursesPalette(mode: .color)
        let pairs = CursesPalette.colorPairs
        let badPair = Int16(pairs.firstIndex { $0.role == .bad }! + 1)
        #expect(pairs[Int(badPair) - 1].foreground == Int16(COLOR_RED))
        #expect(palette.look(for: .bad) == CursesPalette.Look(attributes: govlens_a_bold(), pair: badPair))
        #expect(palette.look(for: .normal) == CursesPalette.Look(attributes: govlens_a_normal(), pair: 0))
        #expect(palette.look(for: .muted).attributes == govlens_a_dim())
        #expect(palette.look(for: Style(.ok, underline: true)).attributes == govlens_a_underline())
        #expect(Set(pairs.map(\.role)).count == pairs.count)
        for role in Style.Role.allCases where role != .normal && role != .header && role != .muted {
            #expect(palette.look(for: Style(role)).pair != 0, "\(role) has no colour")
        }
    }

    @Test("monochrome: no pairs; roles use bold, dim, reverse, underline")
    func monochromeLooks() {
        let palette = CursesPalette(mode: .monochrome)
        for role in Style.Role.allCases {
            #expect(palette.look(for: Style(role)).pair == 0)
        }
        #expect(palette.look(for: .selection).attributes == govlens_a_reverse())
        #expect(palette.look(for: .status).attributes == govlens_a_reverse())
        #expect(palette.look(for: .bad).attributes == govlens_a_bold() | govlens_a_underline())
        #expect(palette.look(for: .title).attributes == govlens_a_bold())
        #expect(palette.look(for: .muted).attributes == govlens_a_dim())
        #expect(palette.look(for: .normal).attributes == govlens_a_normal())
        #expect(palette.look(for: Style(.normal, bold: true, reverse: true)).attributes == govlens_a_bold() | govlens_a_reverse())
    }

    @Test("colour is used only when the policy, NO_COLOR and the terminal allow it")
    func colorDecision() {
        #expect(CursesPalette.wantsColor(policy: .automatic, noColor: nil, terminalHasColors: true))
        #expect(CursesPalette.wantsColor(policy: .automatic, noColor: "", terminalHasColors: true))
        #expect(!CursesPalette.wantsColor(policy: .automatic, noColor: "1", terminalHasColors: true))
        #expect(CursesPalette.wantsColor(policy: .always, noColor: "1", terminalHasColors: true))
        #expect(!CursesPalette.wantsColor(policy: .always, noColor: nil, terminalHasColors: false))
        #expect(!CursesPalette.wantsColor(policy: .never, noColor: nil, terminalHasColors: true))
        #expect(!CursesPalette.hasEnoughPairs(8))
        #expect(CursesPalette.hasEnoughPairs(64))
    }

    @Test("UTF-8 codeset names are recognised", arguments: [("UTF-8", true), ("utf8", true), ("ANSI_X3.4-1968", false), ("ISO-8859-1", false), ("", false)])
    func codesets(name: String, utf8: Bool) {
        #expect(TerminalLocale.isUTF8(codeset: name) == utf8)
    }
}
