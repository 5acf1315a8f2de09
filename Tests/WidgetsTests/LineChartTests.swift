import Testing
import TerminalCore
import Widgets

@Suite("LineChart")
struct LineChartTests {
    let ramp = LineChart(series: [LineChart.Series(values: [0, 1, 2, 3])], pointCount: 4, maximum: 3)

    @Test("braille: two dots across and four down per cell, neighbouring points joined")
    func braille() {
        #expect(rendered(width: 4) { ramp.render(into: &$0, area: $1) } == ["⡠⠤⠒⠉"])
        #expect(rendered(width: 2, height: 2) { ramp.render(into: &$0, area: $1) } == [" ⡜", "⡸"])
        #expect(canvas(width: 4) { ramp.render(into: &$0, area: $1) }[0, 0].style == .accent)
    }

    @Test("ASCII: each series marks one cell per column with its own character")
    func ascii() {
        let chart = LineChart(
            series: [LineChart.Series(values: [2, 2], style: .warning, asciiMark: "-"), LineChart.Series(values: [0, 4], asciiMark: "*")],
            pointCount: 2, maximum: 4)
        #expect(rendered(width: 5, height: 3, glyphs: .ascii) { chart.render(into: &$0, area: $1) } == [
            "   **",
            "-**--",
            "*",
        ])
    }

    @Test("a dotted series has a dot every other cell (every other cell in ASCII); nil values leave gaps; a later series' style wins a shared cell")
    func dottedAndGaps() {
        let dotted = LineChart(series: [LineChart.Series(values: [1, 1], dotted: true)], pointCount: 2, maximum: 1)
        #expect(rendered(width: 5) { dotted.render(into: &$0, area: $1) } == ["⠁ ⠁ ⠁"])
        #expect(rendered(width: 5, glyphs: .ascii) { dotted.render(into: &$0, area: $1) } == ["* * *"])
        let gap = LineChart(series: [LineChart.Series(values: [1, nil, 1, 1])], pointCount: 4, maximum: 1)
        #expect(rendered(width: 4, glyphs: .ascii) { gap.render(into: &$0, area: $1) } == ["* **"])
        let shared = LineChart(
            series: [LineChart.Series(values: [0, 0], style: .muted), LineChart.Series(values: [0, 0], style: .bad)],
            pointCount: 2, maximum: 1)
        #expect(canvas(width: 2) { shared.render(into: &$0, area: $1) }[1, 0].style == .bad)
    }

    @Test("values are clamped to the scale; an empty scale or no values draws nothing and clears the area")
    func scale() {
        let clamped = LineChart(series: [LineChart.Series(values: [-5, 9])], pointCount: 2, minimum: 0, maximum: 1)
        #expect(rendered(width: 1, glyphs: .ascii) { clamped.render(into: &$0, area: $1) } == ["*"])
        var drawn = Canvas(width: 3, height: 1)
        drawn.put("xxx", x: 0, y: 0)
        LineChart(series: [LineChart.Series(values: [1, 1])], pointCount: 2, minimum: 1, maximum: 1)
            .render(into: &drawn, area: Rect(x: 1, y: 0, width: 1, height: 1))
        #expect(drawn.lines() == ["x x"])
        #expect(rendered(width: 3) { LineChart(series: [], pointCount: 0).render(into: &$0, area: $1) } == [""])
    }
}
