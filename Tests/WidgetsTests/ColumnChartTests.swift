import Testing
import TerminalCore
import Widgets

@Suite("ColumnChart")
struct ColumnChartTests {
    let twoYears = ColumnChart(
        series: [
            ColumnChart.Series(values: [4, 8, 2], style: .muted, fill: .shaded),
            ColumnChart.Series(values: [8, 6, 0]),
        ],
        groupWidth: 3)

    @Test("a group per value: a shaded bar, a solid bar in eighths, a blank column; Unicode and ASCII")
    func groups() {
        #expect(rendered(width: 9) { twoYears.render(into: &$0, area: $1) } == ["░█ ░▆ ░"])
        #expect(rendered(width: 9, glyphs: .ascii) { twoYears.render(into: &$0, area: $1) } == ["|# |+ |"])
        let drawn = canvas(width: 9) { twoYears.render(into: &$0, area: $1) }
        #expect(drawn[0, 0].style == .muted)
        #expect(drawn[1, 0].style == .accent)
    }

    @Test("taller areas: solid bars stack eighths, shaded bars whole cells rounded, at least one")
    func heights() {
        #expect(rendered(width: 9, height: 2) { twoYears.render(into: &$0, area: $1) } == [
            " █ ░▄",
            "░█ ░█ ░",
        ])
    }

    @Test("bar widths: the gap first, then an equal share, the last series taking the rest")
    func widths() {
        let series = [ColumnChart.Series(values: []), ColumnChart.Series(values: [])]
        #expect(ColumnChart(series: series, groupWidth: 6).barWidths == [2, 3])
        #expect(ColumnChart(series: series, groupWidth: 2).barWidths == [1, 1])
        #expect(ColumnChart(series: series, groupWidth: 1).barWidths == [0, 1])
        #expect(ColumnChart(series: [], groupWidth: 4).barWidths == [])
    }

    @Test("an explicit maximum caps bars; groups beyond the area are not drawn; the area is cleared")
    func clipping() {
        let chart = ColumnChart(series: [ColumnChart.Series(values: [5, 20, 10, 10])], groupWidth: 2, maximum: 10)
        #expect(rendered(width: 5) { chart.render(into: &$0, area: $1) } == ["▄ █ █"])
        var drawn = Canvas(width: 4, height: 1)
        drawn.put("xxxx", x: 0, y: 0)
        ColumnChart(series: [ColumnChart.Series(values: [0, -1, .nan])], groupWidth: 1).render(into: &drawn, area: Rect(x: 1, y: 0, width: 2, height: 1))
        #expect(drawn.lines() == ["x  x"])
    }
}
