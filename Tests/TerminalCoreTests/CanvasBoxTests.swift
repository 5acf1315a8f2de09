import Testing
import TerminalCore

@Suite("Canvas boxes")
struct CanvasBoxTests {
    @Test("a box with a title in Unicode lines")
    func unicodeBox() {
        var canvas = Canvas(width: 14, height: 4)
        let inner = canvas.drawBox(canvas.bounds, title: "Budget")
        #expect(inner == Rect(x: 1, y: 1, width: 12, height: 2))
        #expect(canvas.lines() == [
            "┌ Budget ────┐",
            "│            │",
            "│            │",
            "└────────────┘",
        ])
        #expect(canvas[2, 0].style == .title)
        #expect(canvas[0, 0].style == .border)
    }

    @Test("ASCII mode draws +-| and an ASCII title")
    func asciiBox() {
        var canvas = Canvas(width: 12, height: 3, glyphs: .ascii)
        canvas.drawBox(canvas.bounds, title: "Dépenses")
        #expect(canvas.lines() == [
            "+ Depenses +",
            "|          |",
            "+----------+",
        ])
    }

    @Test("a long or wide title is cut with an ellipsis inside the top edge")
    func longTitle() {
        var canvas = Canvas(width: 12, height: 2)
        canvas.drawBox(canvas.bounds, title: "東京都千代田区の予算")
        #expect(canvas.lines() == ["┌ 東京都… ─┐", "└──────────┘"])
        var narrow = Canvas(width: 4, height: 2)
        narrow.drawBox(narrow.bounds, title: "Budget")
        #expect(narrow.lines() == ["┌──┐", "└──┘"])
    }

    @Test("boxes are clipped at the canvas edge; degenerate boxes become lines")
    func clippedAndDegenerate() {
        var canvas = Canvas(width: 5, height: 4)
        canvas.drawBox(Rect(x: 2, y: 1, width: 6, height: 6))
        #expect(canvas.lines() == ["", "  ┌──", "  │", "  │"])
        var lines = Canvas(width: 4, height: 3)
        lines.drawBox(Rect(x: 0, y: 0, width: 4, height: 1))
        lines.drawBox(Rect(x: 0, y: 1, width: 1, height: 2))
        #expect(lines.lines() == ["────", "│", "│"])
    }

    @Test("a box drawn over a wide character blanks its other half")
    func overWide() {
        var canvas = Canvas(width: 4, height: 3)
        canvas.put("日本", x: 0, y: 1)
        canvas.drawBox(Rect(x: 1, y: 0, width: 3, height: 3))
        #expect(canvas.lines() == [" ┌─┐", " │ │", " └─┘"])
    }
}

@Suite("Canvas documentation example")
struct CanvasExampleTests {
    @Test("the example in Canvas's doc comment renders as documented")
    func example() {
        var canvas = Canvas(width: 16, height: 3)
        let inside = canvas.drawBox(canvas.bounds, title: "Budget")
        canvas.put("予算 Adopted", x: inside.x + 1, y: inside.y, maxWidth: inside.width - 2)
        #expect(canvas.lines() == ["┌ Budget ──────┐", "│ 予算 Adopted │", "└──────────────┘"])
    }
}
