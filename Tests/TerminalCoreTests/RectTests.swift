import Testing
import TerminalCore

@Suite("Rect and layout")
struct RectTests {
    @Test("geometry: edges, containment, intersection, inset")
    func geometry() {
        let rect = Rect(x: 2, y: 1, width: 5, height: 3)
        #expect(rect.maxX == 7 && rect.maxY == 4)
        #expect(rect.contains(x: 2, y: 1) && rect.contains(x: 6, y: 3))
        #expect(!rect.contains(x: 7, y: 1) && !rect.contains(x: 2, y: 4))
        #expect(rect.intersection(Rect(x: 5, y: 0, width: 10, height: 2)) == Rect(x: 5, y: 1, width: 2, height: 1))
        #expect(rect.intersection(Rect(x: 20, y: 20, width: 1, height: 1)).isEmpty)
        #expect(rect.inset(by: 1) == Rect(x: 3, y: 2, width: 3, height: 1))
        #expect(rect.inset(by: 3).isEmpty)
        #expect(rect.inset(left: 1, right: 2) == Rect(x: 3, y: 1, width: 2, height: 3))
        #expect(Rect(x: 0, y: 0, width: -3, height: 2).width == 0)
        #expect(rect.row(2) == Rect(x: 2, y: 3, width: 5, height: 1))
        #expect(rect.row(3).isEmpty)
    }

    @Test("columns: fixed, ratio and fill shares, with spacing")
    func columns() {
        let area = Rect(x: 0, y: 1, width: 80, height: 10)
        #expect(area.splitColumns([.ratio(1, 2), .fill]) == [
            Rect(x: 0, y: 1, width: 40, height: 10), Rect(x: 40, y: 1, width: 40, height: 10),
        ])
        let odd = Rect(x: 0, y: 1, width: 81, height: 10).splitColumns([.fixed(20), .fill, .fill], spacing: 1)
        #expect(odd.map(\.width) == [20, 30, 29])
        #expect(odd.map(\.x) == [0, 21, 52])
        #expect(area.splitColumns([.fixed(70), .fixed(30), .fill]).map(\.width) == [70, 10, 0])
        #expect(area.splitColumns([.ratio(1, 3), .ratio(1, 3), .ratio(1, 3)]).map(\.width) == [26, 26, 26])
        #expect(area.splitColumns([.ratio(1, 0)]).map(\.width) == [0])
        #expect(area.splitColumns([]).isEmpty)
    }

    @Test("rows and the split helpers for header, body and status bar")
    func rows() {
        let screen = Rect(x: 0, y: 0, width: 80, height: 24)
        let parts = screen.splitRows([.fixed(2), .fill, .fixed(1)])
        #expect(parts.map(\.y) == [0, 2, 23])
        #expect(parts.map(\.height) == [2, 21, 1])
        #expect(screen.splitTop(2).rest == Rect(x: 0, y: 2, width: 80, height: 22))
        #expect(screen.splitBottom(1).bottom == Rect(x: 0, y: 23, width: 80, height: 1))
        #expect(screen.splitBottom(30).rest.height == 0)
        #expect(screen.splitLeft(30).rest == Rect(x: 30, y: 0, width: 50, height: 24))
        #expect(screen.splitRight(10).right == Rect(x: 70, y: 0, width: 10, height: 24))
    }
}
