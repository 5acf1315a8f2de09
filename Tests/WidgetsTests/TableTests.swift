import Testing
import TerminalCore
import Widgets

@Suite("Table")
struct TableTests {
    let columns = [
        TableColumn("Program"),
        TableColumn("Paid", width: .min(6), alignment: .right),
        TableColumn("Share", width: .fixed(6), alignment: .right),
    ]
    let rows: [[TableCell]] = [
        ["Public Works", "$911.0M", "92.1 %"],
        ["Parks & Recreation", "$38.5M", "38.5 %"],
        ["Housing", "$7.0M", "44.9 %"],
    ]

    @Test("header and rows; flexible, minimum and fixed widths; numbers right-aligned")
    func wide() {
        let table = Table(columns: columns, rows: rows)
        #expect(rendered(width: 40, height: 4) { table.render(into: &$0, area: $1) } == [
            " Program                     Paid  Share",
            " Public Works             $911.0M 92.1 %",
            " Parks & Recreation        $38.5M 38.5 %",
            " Housing                    $7.0M 44.9 %",
        ])
    }

    @Test("the selected row is marked and highlighted edge to edge; other rows keep their cell styles")
    func selection() {
        let styled = [rows[0], [TableCell("Parks & Recreation"), TableCell("$38.5M", style: .bad), "38.5 %"], rows[2]]
        let table = Table(columns: columns, rows: styled, state: SelectionState(selected: 1))
        let drawn = canvas(width: 40, height: 4) { table.render(into: &$0, area: $1) }
        #expect(drawn.lines()[2] == "▶Parks & Recreation        $38.5M 38.5 %")
        #expect(drawn.lines()[1] == " Public Works             $911.0M 92.1 %")
        #expect((0..<40).allSatisfy { drawn[$0, 2].style == .selection })
        #expect(drawn[1, 1].style == .normal)
        #expect(drawn[1, 0].style == .header)

        let unselected = Table(columns: columns, rows: styled)
        let plain = canvas(width: 40, height: 4) { unselected.render(into: &$0, area: $1) }
        #expect(plain[27, 2].style == .bad)
        #expect(plain[1, 2].style == .normal)
    }

    @Test("narrow areas: flexible columns shrink and cut with an ellipsis, then columns drop from the right", arguments: [
        (20, [
            " Pro…    Paid  Share",
            " Pub… $911.0M 92.1 %",
            " Par…  $38.5M 38.5 %",
            " Hou…   $7.0M 44.9 %",
        ]),
        (12, ["    Paid", " $911.0M", "  $38.5M", "   $7.0M"]),
        (6, ["  Paid", " $911…", " $38.…", " $7.0M"]),
        (1, ["", "", "", ""]),
    ])
    func narrow(width: Int, expected: [String]) {
        let table = Table(columns: columns, rows: rows)
        #expect(rendered(width: width, height: 4) { table.render(into: &$0, area: $1) } == expected)
    }

    @Test("double-width Japanese text is cut by display columns and separators line up")
    func japanese() {
        let table = Table(
            columns: [TableColumn("名称"), TableColumn("金額", width: .min(4), alignment: .right)],
            rows: [["東京都千代田区", "1,000"], ["大阪市", "250"], ["Sapporo 札幌", "12"]],
            separator: .line)
        let twenty = rendered(width: 20, height: 4) { table.render(into: &$0, area: $1) }
        #expect(twenty == [
            " 名称         │ 金額",
            " 東京都千代田…│1,000",
            " 大阪市       │  250",
            " Sapporo 札幌 │   12",
        ])
        let nineteen = rendered(width: 19, height: 4) { table.render(into: &$0, area: $1) }
        #expect(nineteen[1] == " 東京都千代… │1,000")
        for lines in [twenty, nineteen] {
            let separatorColumns = Set(lines.map { displayColumn(of: "│", in: $0) })
            #expect(separatorColumns.count == 1)
            #expect(lines.allSatisfy { DisplayWidth.of($0) == DisplayWidth.of(lines[0]) })
        }
    }

    @Test("ASCII mode: Japanese becomes one ? per character, lines are |, the marker is >")
    func ascii() {
        let table = Table(
            columns: [TableColumn("名称"), TableColumn("金額", width: .min(4), alignment: .right)],
            rows: [["東京都千代田区", "1,000"], ["大阪市", "250"], ["Sapporo 札幌", "12"]],
            state: SelectionState(selected: 2), separator: .line)
        #expect(rendered(width: 20, height: 4, glyphs: .ascii) { table.render(into: &$0, area: $1) } == [
            " ??           |   ??",
            " ???????      |1,000",
            " ???          |  250",
            ">Sapporo ??   |   12",
        ])
        let narrow = Table(columns: columns, rows: rows)
        #expect(rendered(width: 20, height: 2, glyphs: .ascii) { narrow.render(into: &$0, area: $1) } == [
            " P...    Paid  Share",
            " P... $911.0M 92.1 %",
        ])
    }

    @Test("the sorted column's header ends with an arrow that stays visible when the title is cut")
    func sortIndicator() {
        let byPaid = Table(columns: columns, rows: rows, sort: TableSort(column: 1, direction: .descending))
        #expect(rendered(width: 40, height: 1) { byPaid.render(into: &$0, area: $1) } == [
            " Program                   Paid ▼  Share",
        ])
        #expect(rendered(width: 40, height: 1, glyphs: .ascii) { byPaid.render(into: &$0, area: $1) } == [
            " Program                   Paid v  Share",
        ])
        let byShare = Table(columns: columns, rows: rows, sort: TableSort(column: 2, direction: .ascending))
        #expect(rendered(width: 40, height: 1) { byShare.render(into: &$0, area: $1) } == [
            " Program                     Paid Sha… ▲",
        ])
        let tiny = Table(
            columns: [TableColumn("Date", width: .fixed(4)), TableColumn("Amount", width: .fixed(2), alignment: .right)],
            rows: [], sort: TableSort(column: 1, direction: .ascending))
        #expect(rendered(width: 8, height: 1) { tiny.render(into: &$0, area: $1) } == [" Date  ▲"])
    }

    @Test("rows scroll so that the selection stays visible", arguments: [
        (SelectionState(selected: 7), [" Name", " Row 6", " Row 7", "▶Row 8"]),
        (SelectionState(selected: 1, offset: 5), [" Name", "▶Row 2", " Row 3", " Row 4"]),
        (SelectionState(selected: nil, offset: 8), [" Name", " Row 8", " Row 9", " Row 10"]),
        (SelectionState(selected: 9, offset: 9), [" Name", " Row 8", " Row 9", "▶Row 10"]),
    ])
    func scrolling(state: SelectionState, expected: [String]) {
        let table = Table(columns: [TableColumn("Name")], rows: (1...10).map { [TableCell("Row \($0)")] }, state: state)
        #expect(Table.visibleRowCount(in: Rect(x: 0, y: 0, width: 10, height: 4)) == 3)
        #expect(rendered(width: 10, height: 4) { table.render(into: &$0, area: $1) } == expected)
    }

    @Test("with no rows the table shows its message, muted, under the header")
    func empty() {
        let table = Table(columns: columns, rows: [])
        let drawn = canvas(width: 40, height: 3) { table.render(into: &$0, area: $1) }
        #expect(drawn.lines() == [" Program                     Paid  Share", " No rows", ""])
        #expect(drawn[1, 1].style == .muted)
        let narrow = Table(columns: columns, rows: [], emptyMessage: "Nothing matches the filter")
        #expect(rendered(width: 6, height: 3) { narrow.render(into: &$0, area: $1) } == ["  Paid", " Noth…", ""])
    }

    @Test("a row without a marker gutter, and rows with missing or extra cells")
    func ragged() {
        let table = Table(
            columns: [TableColumn("A", width: .fixed(3)), TableColumn("B", width: .fixed(3))],
            rows: [["x"], ["1", "2", "3"]], showsSelectionMarker: false)
        #expect(rendered(width: 10, height: 3) { table.render(into: &$0, area: $1) } == ["A   B", "x", "1   2"])
    }

    @Test("a column left without width is hidden together with its separator")
    func zeroWidthColumn() {
        let table = Table(
            columns: [TableColumn("A", width: .fixed(3)), TableColumn("B", width: .fixed(0)), TableColumn("C", width: .fixed(3))],
            rows: [["a", "b", "c"]], separator: .line, showsSelectionMarker: false)
        #expect(table.columnWidths(forWidth: 10, on: Canvas(width: 0, height: 0)) == [3, 0, 3])
        #expect(rendered(width: 10, height: 2) { table.render(into: &$0, area: $1) } == ["A  │C", "a  │c"])
    }

    @Test("control characters in cells are shown as pictures, never written raw")
    func hostileText() {
        let table = Table(columns: [TableColumn("Vendor")], rows: [["Evil\u{1B}[2J\nCo\u{202E}rp"]])
        let lines = rendered(width: 20, height: 2) { table.render(into: &$0, area: $1) }
        #expect(lines[1] == " Evil␛[2J␤Corp")
        #expect(lines.joined().unicodeScalars.allSatisfy { $0.value >= 0x20 && $0.value != 0x7F && $0 != "\u{202E}" })
    }

    @Test("flexible columns share space by weight; minimum columns share a shortfall by need")
    func columnWidths() {
        let weighted = Table(columns: [TableColumn("a", width: .flex(1)), TableColumn("b", width: .flex(2))], rows: [])
        let unicode = Canvas(width: 0, height: 0)
        #expect(weighted.columnWidths(forWidth: 31, on: unicode) == [10, 19])
        let needy = Table(
            columns: [TableColumn("a", width: .min(2)), TableColumn("b", width: .min(2))],
            rows: [[TableCell(String(repeating: "x", count: 10)), TableCell(String(repeating: "y", count: 20))]],
            showsSelectionMarker: false)
        #expect(needy.columnWidths(forWidth: 17, on: unicode) == [6, 10])
        #expect(needy.columnWidths(forWidth: 40, on: unicode) == [10, 20])
        let japanese = Table(columns: [TableColumn("名前", width: .min(1))], rows: [["日本語"]], showsSelectionMarker: false)
        #expect(japanese.columnWidths(forWidth: 20, on: unicode) == [6])
        #expect(japanese.columnWidths(forWidth: 20, on: Canvas(width: 0, height: 0, glyphs: .ascii)) == [3])
    }
}
