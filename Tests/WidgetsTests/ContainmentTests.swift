import Testing
import TerminalCore
import Widgets

/// Every widget draws only inside the area it is given, whatever the area's size.
@Suite("Widgets stay inside their area")
struct ContainmentTests {
    /// A named way to render one widget into an area.
    struct Subject: CustomStringConvertible, Sendable {
        let description: String
        let render: @Sendable (inout Canvas, Rect) -> Void
    }

    static let subjects: [Subject] = [
        Subject(description: "Table") { canvas, area in
            Table(
                columns: [TableColumn("名称"), TableColumn("Amount", width: .min(6), alignment: .right)],
                rows: [["東京都千代田区", "$1,000,000"], ["Riverton", "$12"]],
                state: SelectionState(selected: 1), sort: TableSort(column: 1, direction: .ascending),
                separator: .line
            ).render(into: &canvas, area: area)
        },
        Subject(description: "ListView") { canvas, area in
            ListView(items: [ListItem("青空県の予算", detail: "JPY · FY2025")], state: SelectionState(selected: 0))
                .render(into: &canvas, area: area)
        },
        Subject(description: "Sparkline") { canvas, area in
            Sparkline(values: [1, 5, 9, 2, 7, 3, 8, 4, 6, 10, 11, 12]).render(into: &canvas, area: area)
        },
        Subject(description: "BarGauge") { canvas, area in
            BarGauge(fraction: 0.97, reference: 1).render(into: &canvas, area: area)
        },
        Subject(description: "StatusBar") { canvas, area in
            StatusBar(hints: [KeyHint("Enter", "開く")], status: "読み込み中").render(into: &canvas, area: area)
        },
        Subject(description: "Breadcrumb") { canvas, area in
            Breadcrumb(segments: ["全体", "国土交通省", "道路局"]).render(into: &canvas, area: area)
        },
    ]

    @Test("cells outside the area keep what was there", arguments: subjects, [
        Size(width: 0, height: 0), Size(width: 1, height: 1), Size(width: 2, height: 1), Size(width: 3, height: 2),
        Size(width: 7, height: 3), Size(width: 12, height: 4),
    ])
    func insideArea(subject: Subject, size: Size) {
        for glyphs in [Glyphs.unicode, .ascii] {
            var canvas = Canvas(width: size.width + 2, height: size.height + 2, glyphs: glyphs)
            canvas.fill(canvas.bounds, with: "x")
            let area = canvas.bounds.inset(by: 1)
            subject.render(&canvas, area)
            for y in 0..<canvas.height {
                for x in 0..<canvas.width where !area.contains(x: x, y: y) {
                    #expect(canvas[x, y].symbol == "x", "\(subject) \(size) \(glyphs) wrote at (\(x), \(y))")
                }
            }
        }
    }

    @Test("an area partly off the canvas is clipped, not wrapped", arguments: subjects)
    func offCanvas(subject: Subject) {
        var canvas = Canvas(width: 6, height: 3)
        canvas.fill(canvas.bounds, with: "x")
        subject.render(&canvas, Rect(x: 3, y: 1, width: 20, height: 10))
        #expect(canvas.lines()[0] == "xxxxxx")
        #expect(canvas.lines().allSatisfy { $0.hasPrefix("xxx") })
    }
}
