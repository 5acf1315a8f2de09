import Testing
import TerminalCore
import Widgets

@Suite("Sparkline")
struct SparklineTests {
    let ramp: [Double] = [0, 1, 2, 3, 4, 5, 6, 7, 8]

    @Test("one column per value, in eighths of a row, in Unicode and ASCII")
    func levels() {
        let sparkline = Sparkline(values: ramp)
        #expect(rendered(width: 12) { sparkline.render(into: &$0, area: $1) } == [" ▁▂▃▄▅▆▇█"])
        #expect(rendered(width: 12, glyphs: .ascii) { sparkline.render(into: &$0, area: $1) } == [" _.:-=+*#"])
        #expect(canvas(width: 12) { sparkline.render(into: &$0, area: $1) }[8, 0].style == .accent)
    }

    @Test("a taller area stacks full cells under the top level")
    func doubleHeight() {
        let sparkline = Sparkline(values: ramp)
        #expect(rendered(width: 12, height: 2) { sparkline.render(into: &$0, area: $1) } == [
            "     ▂▄▆█",
            " ▂▄▆█████",
        ])
    }

    @Test("a small positive value still shows; zero, negative and non-finite values do not")
    func smallAndInvalid() {
        let sparkline = Sparkline(values: [1000, 1, 0, -5, .nan, .infinity, 500])
        #expect(rendered(width: 8) { sparkline.render(into: &$0, area: $1) } == ["█▁    ▄"])
        #expect(rendered(width: 4) { Sparkline(values: [0, 0, -1]).render(into: &$0, area: $1) } == [""])
        #expect(rendered(width: 4) { Sparkline(values: []).render(into: &$0, area: $1) } == [""])
    }

    @Test("an explicit maximum scales the bars; larger values are capped at full height")
    func maximum() {
        let sparkline = Sparkline(values: [5, 10, 20], maximum: 10)
        #expect(rendered(width: 3) { sparkline.render(into: &$0, area: $1) } == ["▄██"])
        #expect(rendered(width: 3) { Sparkline(values: [5], maximum: 0).render(into: &$0, area: $1) } == [""])
    }

    @Test("values beyond the width are not drawn, and old content in the area is cleared")
    func clipping() {
        var drawn = Canvas(width: 5, height: 1)
        drawn.put("xxxxx", x: 0, y: 0)
        Sparkline(values: [1, 2, 3, 4]).render(into: &drawn, area: Rect(x: 1, y: 0, width: 3, height: 1))
        #expect(drawn.lines() == ["x▂▄▆x"])
    }
}
