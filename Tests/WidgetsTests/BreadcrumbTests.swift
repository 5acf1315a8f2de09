import Testing
import TerminalCore
import Widgets

@Suite("Breadcrumb")
struct BreadcrumbTests {
    let path = Breadcrumb(segments: ["All", "Public Works", "Street Maintenance", "Contracts"])

    @Test("segments joined by › when they fit; whole segments give way to … from the left", arguments: [
        (60, "All › Public Works › Street Maintenance › Contracts"),
        (51, "All › Public Works › Street Maintenance › Contracts"),
        (50, "… › Public Works › Street Maintenance › Contracts"),
        (48, "… › Street Maintenance › Contracts"),
        (13, "… › Contracts"),
        (12, "…Contracts"),
        (5, "…acts"),
        (1, "…"),
    ])
    func unicode(width: Int, expected: String) {
        #expect(rendered(width: width) { path.render(into: &$0, area: $1) } == [expected])
    }

    @Test("ASCII mode joins with > and cuts with ...", arguments: [
        (51, "All > Public Works > Street Maintenance > Contracts"),
        (36, "... > Street Maintenance > Contracts"),
        (35, "... > Contracts"),
        (6, "...cts"),
        (2, ".."),
    ])
    func ascii(width: Int, expected: String) {
        #expect(rendered(width: width, glyphs: .ascii) { path.render(into: &$0, area: $1) } == [expected])
    }

    @Test("double-width segments are measured by display columns")
    func japanese() {
        let japanese = Breadcrumb(segments: ["全体", "国土交通省", "道路局"])
        #expect(rendered(width: 26) { japanese.render(into: &$0, area: $1) } == ["全体 › 国土交通省 › 道路局"])
        #expect(rendered(width: 25) { japanese.render(into: &$0, area: $1) } == ["… › 国土交通省 › 道路局"])
        #expect(rendered(width: 22) { japanese.render(into: &$0, area: $1) } == ["… › 道路局"])
        #expect(rendered(width: 4) { japanese.render(into: &$0, area: $1) } == ["…局"])
        #expect(rendered(width: 26, glyphs: .ascii) { japanese.render(into: &$0, area: $1) } == ["?? > ????? > ???"])
    }

    @Test("the current level is emphasised, earlier levels plain, separators muted")
    func styles() {
        let drawn = canvas(width: 60) { path.render(into: &$0, area: $1) }
        #expect(drawn[0, 0].style == .normal)
        #expect(drawn[4, 0].style == .muted)
        #expect(drawn[42, 0].style == Style(.accent, bold: true))
        let empty = canvas(width: 10) { Breadcrumb(segments: []).render(into: &$0, area: $1) }
        #expect(empty.lines() == [""])
    }
}
