import TestSupport
import Testing
@testable import TerminalCore

@Suite("Canvas text")
struct CanvasTests {
    @Test("a new canvas is blank and renders as empty lines")
    func blank() {
        let canvas = Canvas(width: 4, height: 2)
        #expect(canvas.lines() == ["", ""])
        #expect(canvas.text == "\n")
        #expect(canvas[3, 1] == .blank())
    }

    @Test("put writes text, returns the columns used and trims trailing spaces in lines")
    func put() {
        var canvas = Canvas(width: 12, height: 2)
        let used = canvas.put("Paid  ", x: 1, y: 0)
        #expect(used == 6)
        #expect(canvas.put("$911.0M", x: 5, y: 1, style: .accent) == 7)
        #expect(canvas.lines() == [" Paid", "     $911.0M"])
        #expect(canvas[5, 1].style == .accent)
        #expect(canvas[4, 1].style == .normal)
    }

    @Test("wide characters take a leading and a continuation cell")
    func wide() {
        var canvas = Canvas(width: 8, height: 1)
        #expect(canvas.put("日本a", x: 1, y: 0, style: .title) == 5)
        #expect(canvas[1, 0].symbol == "日")
        #expect(canvas[1, 0].width == 2)
        #expect(canvas[2, 0].isContinuation)
        #expect(canvas.styleLines { $0 == .title ? "t" : "." } == [".ttttt.."])
        #expect(canvas[3, 0].symbol == "本")
        #expect(canvas[5, 0].symbol == "a")
        #expect(canvas.lines() == [" 日本a"])
    }

    @Test("writing over either half of a wide character blanks the other half")
    func overwriteHalves() {
        var canvas = Canvas(width: 6, height: 2)
        canvas.put("日本", x: 0, y: 0, style: .title)
        canvas.put("x", x: 1, y: 0)
        #expect(canvas.lines()[0] == " x本")
        #expect(canvas[0, 0] == .blank(.title))
        canvas.put("y", x: 2, y: 0)
        #expect(canvas.lines()[0] == " xy")
        #expect(!canvas[3, 0].isContinuation)

        canvas.put("日本", x: 0, y: 1)
        canvas.put("語", x: 1, y: 1)
        #expect(canvas.lines()[1] == " 語")
        #expect(canvas[1, 1].width == 2 && canvas[2, 1].isContinuation)
        #expect(canvas[3, 1] == .blank())
    }

    @Test("text is clipped by display width at maxWidth and at the right edge, never wrapped")
    func clipping() {
        var canvas = Canvas(width: 6, height: 2)
        #expect(canvas.put("abcdefgh", x: 2, y: 0) == 4)
        #expect(canvas.put("日本語", x: 0, y: 1, maxWidth: 5) == 4)
        #expect(canvas.lines() == ["  abcd", "日本"])
        #expect(canvas[4, 1] == .blank())
        #expect(canvas.put("x", x: 0, y: 2) == 0)
        #expect(canvas.put("x", x: 6, y: 0) == 0)
        #expect(canvas.put("x", x: 0, y: -1) == 0)
    }

    @Test("columns left of the canvas are skipped but counted")
    func negativeX() {
        var canvas = Canvas(width: 4, height: 1)
        #expect(canvas.put("日ab", x: -1, y: 0) == 4)
        #expect(canvas.lines() == [" ab"])
    }

    @Test("ellipsis truncation by display columns, Unicode and ASCII", arguments: [
        (Glyphs.unicode, "Parks & Recreation", 10, "Parks & R…"),
        (.unicode, "東京都千代田区", 9, "東京都千…"),
        (.unicode, "東京都千代田区", 8, "東京都…"),
        (.unicode, "short", 10, "short"),
        (.ascii, "Parks & Recreation", 10, "Parks &..."),
        (.ascii, "Café Société", 8, "Cafe ..."),
    ])
    func ellipsis(glyphs: Glyphs, text: String, width: Int, expected: String) {
        var canvas = Canvas(width: 20, height: 1, glyphs: glyphs)
        let used = canvas.put(text, x: 0, y: 0, maxWidth: width, overflow: .ellipsis)
        #expect(canvas.lines() == [expected])
        #expect(used == DisplayWidth.of(expected))
        #expect(used <= width)
    }

    @Test("every string put is sanitised: hostile text cannot reach the cells")
    func sanitises() {
        var canvas = Canvas(width: 30, height: 1)
        canvas.put("a\u{1B}[2Jb\nc\u{202E}d\te", x: 0, y: 0)
        #expect(canvas.lines() == ["a␛[2Jb␤cd e"])
        var ascii = Canvas(width: 30, height: 1, glyphs: .ascii)
        ascii.put("日本\u{1B}\u{9B}–x", x: 0, y: 0)
        #expect(ascii.lines() == ["??^[?-x"])
        #expect(ascii.cells.allSatisfy { $0.symbol.utf8.allSatisfy { $0 >= 0x20 && $0 < 0x7F } })
    }

    @Test("measuring and truncating through the canvas uses the sanitised form")
    func measure() {
        let unicode = Canvas(width: 1, height: 1)
        let ascii = Canvas(width: 1, height: 1, glyphs: .ascii)
        #expect(unicode.displayWidth(of: "日本\t") == 5)
        #expect(ascii.displayWidth(of: "日本\t") == 3)
        #expect(ascii.displayWidth(of: "…") == 3)
        #expect(unicode.truncated("日本語", toColumns: 4) == "日…")
        #expect(ascii.truncated("abcdef", toColumns: 5) == "ab...")
    }

    @Test("aligned fields pad with the style and align by display width", arguments: [
        (Alignment.left, "日本 ", "|日本  |"),
        (.right, "$1,234", "|$1,234|"),
        (.right, "日本", "|  日本|"),
        (.center, "abc", "| abc  |"),
        (.left, "too long text", "|too l…|"),
    ])
    func aligned(alignment: Alignment, text: String, expected: String) {
        var canvas = Canvas(width: 8, height: 1)
        canvas.put("|", x: 0, y: 0)
        canvas.putAligned(text, alignment, x: 1, y: 0, width: 6, style: .selection)
        canvas.put("|", x: 7, y: 0)
        #expect(canvas.lines() == [expected])
        #expect((1...6).allSatisfy { canvas[$0, 0].style == .selection })
    }

    @Test("fill paints a clipped rectangle; wide symbols repeat every two columns")
    func fill() {
        var canvas = Canvas(width: 5, height: 3)
        canvas.fill(Rect(x: 1, y: 1, width: 10, height: 5), with: "░", style: .muted)
        #expect(canvas.lines() == ["", " ░░░░", " ░░░░"])
        #expect(canvas[4, 2].style == .muted)
        canvas.fill(Rect(x: 0, y: 0, width: 5, height: 1), with: "日")
        #expect(canvas.lines()[0] == "日日")
        #expect(canvas[4, 0] == .blank())
        canvas.fill(Rect(x: 1, y: 0, width: 1, height: 1), with: "x")
        #expect(canvas.lines()[0] == " x日")
    }

    @Test("setStyle restyles without changing symbols")
    func restyle() {
        var canvas = Canvas(width: 4, height: 2)
        canvas.put("abcd", x: 0, y: 1)
        canvas.setStyle(.selection, in: Rect(x: 0, y: 1, width: 9, height: 1))
        #expect(canvas.lines() == ["", "abcd"])
        #expect(canvas.styleLines { $0.role == .selection ? "#" : "." } == ["....", "####"])
    }

    @Test("resize blanks the canvas at the new size")
    func resize() {
        var canvas = Canvas(width: 3, height: 1)
        canvas.put("abc", x: 0, y: 0)
        canvas.resize(to: Size(width: 5, height: 2))
        #expect(canvas.size == Size(width: 5, height: 2))
        #expect(canvas.lines() == ["", ""])
        #expect(canvas.cells.count == 10)
    }

    @Test("leading zero-width graphemes are dropped; combining marks stay with their base")
    func zeroWidth() {
        var canvas = Canvas(width: 4, height: 1)
        #expect(canvas.put("\u{301}e\u{301}x", x: 0, y: 0) == 2)
        #expect(canvas[0, 0].symbol == "e\u{301}")
        #expect(canvas.lines() == ["e\u{301}x"])
    }
}

@Suite("Canvas emoji sequences")
struct CanvasEmojiTests {
    @Test("emoji sequences are stored in the form every terminal measures alike", arguments: [
        ("👨\u{200D}👩\u{200D}👧|", "👨👩👧|", 7),
        ("\u{2764}\u{FE0F}|", "\u{2764}|", 2),
        ("1\u{FE0F}\u{20E3}|", "1\u{20E3}|", 2),
        ("👍🏽|", "👍|", 3),
        ("🏽|", "🏽|", 3),
        ("\u{1F3F4}\u{E0067}\u{E0062}\u{E0073}\u{E0063}\u{E0074}\u{E007F}|", "\u{1F3F4}|", 3),
        ("🇯🇵|", "🇯🇵|", 3),
        ("🇯|", "🇯|", 2),
        ("क्\u{200D}ष|", "क्ष|", 3),
    ])
    func reduced(text: String, expected: String, columns: Int) {
        var canvas = Canvas(width: 12, height: 1)
        #expect(canvas.put(text, x: 0, y: 0) == columns)
        #expect(canvas.lines() == [expected])
        #expect(canvas.displayWidth(of: text) == columns)
    }
}

@Suite("Canvas invariants")
struct CanvasInvariantTests {
    @Test("after any sequence of writes, every wide leading cell is followed by exactly its continuations")
    func wideCellInvariant() {
        var random = SeededRandom(seed: 0xCA_11A5)
        let pieces = ["日本", "a", "語x", "👨\u{200D}👩", "🇯🇵", "e\u{301}", "\u{1B}", "|", "東京都千代田区"]
        for _ in 0..<300 {
            var canvas = Canvas(width: 9, height: 2)
            for _ in 0..<12 {
                let text = (0..<Int.random(in: 1...3, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined()
                let x = Int.random(in: -2...9, using: &random)
                let y = Int.random(in: 0...1, using: &random)
                if Bool.random(using: &random) {
                    canvas.put(text, x: x, y: y, maxWidth: Int.random(in: 1...9, using: &random))
                } else {
                    canvas.drawBox(Rect(x: x, y: y - 1, width: Int.random(in: 1...6, using: &random), height: 3))
                }
            }
            for y in 0..<canvas.height {
                var x = 0
                while x < canvas.width {
                    let cell = canvas[x, y]
                    #expect(!cell.isContinuation, "orphan continuation at \(x),\(y): \(canvas.lines())")
                    for offset in 1..<max(1, cell.width) {
                        #expect(x + offset < canvas.width && canvas[x + offset, y].isContinuation)
                    }
                    x += max(1, cell.width)
                }
            }
        }
    }
}
