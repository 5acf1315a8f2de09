import Testing
import TerminalCore
import Snapshot

@Suite("Canvas as text")
struct CanvasTextTests {
    /// A small screen: a title row, a row of double-width text and figures, a blank row.
    func screen(glyphs: Glyphs = .unicode) -> Canvas {
        var canvas = Canvas(width: 16, height: 3, glyphs: glyphs)
        canvas.put("Budget    ", x: 1, y: 0, style: .title)
        canvas.put("予算", x: 0, y: 1)
        canvas.put("$1,284.6M", x: 6, y: 1, style: .accent)
        return canvas
    }

    @Test("plain text is the canvas's lines, trailing spaces trimmed, each ended by a newline")
    func plainText() {
        #expect(CanvasText.plainText(screen()) == " Budget\n予算  $1,284.6M\n\n")
        #expect(CanvasText.plainText(screen(glyphs: .ascii)) == " Budget\n??    $1,284.6M\n\n")
        #expect(CanvasText.plainText(Canvas(width: 5, height: 0)) == "")
    }

    @Test("Markdown is a heading and a fenced text block")
    func markdown() {
        #expect(CanvasText.markdown(screen(), title: "Overview") == """
            ## Overview

            ```text
             Budget
            予算  $1,284.6M

            ```

            """)
        #expect(CanvasText.markdown(screen(), title: nil) == "```text\n Budget\n予算  $1,284.6M\n\n```\n")
        #expect(CanvasText.markdown(screen(), title: "") == CanvasText.markdown(screen()))
    }

    @Test("the fence is longer than any run of backticks on the screen", arguments: [
        ("no backticks", "```"),
        ("a `code` span", "```"),
        ("``` fenced", "````"),
        ("x `````` y ``", "```````"),
    ])
    func fence(line: String, fence: String) {
        var canvas = Canvas(width: 20, height: 1)
        canvas.put(line, x: 0, y: 0)
        #expect(CanvasText.markdown(canvas) == "\(fence)text\n\(line)\n\(fence)\n")
    }

    @Test("the title is sanitised in the canvas's mode and its Markdown punctuation escaped", arguments: [
        (Glyphs.unicode, "City of *Riverton* [site](http://x) <b>#1</b>",
         "## City of \\*Riverton\\* \\[site\\](http://x) \\<b\\>\\#1\\</b\\>"),
        (.unicode, "Bad\u{1B}[31mName\nline two", "## Bad␛\\[31mName␤line two"),
        (.ascii, "Résumé · 東京 `x`", "## Resume . ?? \\`x\\`"),
    ])
    func title(glyphs: Glyphs, title: String, heading: String) {
        let markdown = CanvasText.markdown(Canvas(width: 4, height: 1, glyphs: glyphs), title: title)
        #expect(markdown.split(separator: "\n", omittingEmptySubsequences: false).first.map(String.init) == heading)
    }
}
