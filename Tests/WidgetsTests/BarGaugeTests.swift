import Testing
import TerminalCore
import Widgets

@Suite("Bar gauge")
struct BarGaugeTests {
    @Test("the bar has eighth-of-a-cell precision in Unicode and whole cells in ASCII", arguments: [
        (0.5, "█████", "#####"),
        (0.55, "█████▌", "######"),
        (0.0125, "▏", ""),
        (0.921, "█████████▎", "#########"),
        (1.0, "██████████", "##########"),
        (1.4, "██████████", "##########"),
        (-0.2, "", ""),
        (Double.nan, "", ""),
    ])
    func fill(fraction: Double, unicode: String, ascii: String) {
        let gauge = BarGauge(fraction: fraction)
        #expect(rendered(width: 10) { gauge.render(into: &$0, area: $1) } == [unicode])
        #expect(rendered(width: 10, glyphs: .ascii) { gauge.render(into: &$0, area: $1) } == [ascii])
    }

    @Test("the reference mark sits in the cell where the reference falls, over the bar if need be", arguments: [
        (0.5, 0.75, "█████  │", "#####  |"),
        (0.9, 0.75, "███████│█", "#######|#"),
        (0.0, 0.0, "│", "|"),
        (0.3, 1.0, "███      │", "###      |"),
        (0.3, 2.0, "███      │", "###      |"),
    ])
    func reference(fraction: Double, reference: Double, unicode: String, ascii: String) {
        let gauge = BarGauge(fraction: fraction, reference: reference)
        #expect(rendered(width: 10) { gauge.render(into: &$0, area: $1) } == [unicode])
        #expect(rendered(width: 10, glyphs: .ascii) { gauge.render(into: &$0, area: $1) } == [ascii])
    }

    @Test("the bar and the mark have their own styles; every row of the area shows the bar")
    func stylesAndRows() {
        let gauge = BarGauge(fraction: 0.5, reference: 0.75, style: .ok, referenceStyle: .muted)
        let drawn = canvas(width: 4, height: 2) { gauge.render(into: &$0, area: $1) }
        #expect(drawn.lines() == ["██ │", "██ │"])
        #expect(drawn[0, 1].style == .ok)
        #expect(drawn[3, 1].style == .muted)
    }
}
