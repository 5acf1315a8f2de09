import Testing
import TerminalCore

@Suite("Keys")
struct KeyTests {
    @Test("character codes from a cbreak terminal map to keys", arguments: [
        (UInt32(0x0D), Key.enter), (0x0A, .enter), (0x09, .tab), (0x1B, .escape),
        (0x7F, .backspace), (0x08, .backspace), (0x01, .control("a")), (0x18, .control("x")),
        (0x71, .character("q")), (0x20, .character(" ")), (0x65E5, .character("日")),
    ])
    func characterCodes(code: UInt32, key: Key) {
        #expect(Key(characterCode: code) == key)
    }

    @Test("codes that are not keys give nil", arguments: [UInt32(0x00), 0x1C, 0x1F, 0x85, 0x202E, 0xD800, 0x110000])
    func notKeys(code: UInt32) {
        #expect(Key(characterCode: code) == nil)
    }

    @Test("keys have short names for help and hints")
    func names() {
        #expect(Key.pageDown.description == "PgDn")
        #expect(Key.control("x").description == "Ctrl-X")
        #expect(Key.character(" ").description == "Space")
        #expect(Key.function(5).description == "F5")
        #expect(Key.backTab.description == "Shift-Tab")
    }
}
