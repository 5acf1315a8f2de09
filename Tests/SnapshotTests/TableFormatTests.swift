import Dashboard
import Foundation
import LedgerKit
import Testing
@testable import Snapshot

/// The table formats on a small table with hostile text: control characters, bidi overrides,
/// formula prefixes, quotes, commas, Markdown punctuation and double-width names.
@Suite("Table formats")
struct TableFormatTests {
    static let table = ViewTable(
        view: "overview", currency: Currency(code: "USD")!,
        columns: [ViewTable.Column("Name", .text), ViewTable.Column("Paid", .money), ViewTable.Column("Share", .ratio),
                  ViewTable.Column("Items", .count), ViewTable.Column("Day", .date)],
        rows: [
            [.text("=HYPERLINK(\"http://x\",\"y\")"), .money(-123_450), .ratio(0.25), .count(1_204), .date(CivilDate(iso: "2025-03-31")!)],
            [.text("Red\u{1B}[31m, \u{202E}evil"), .money(5), .ratio(1e-5), .count(0), .empty],
            [.text("-5"), .money(100_000_000_000), .empty, .count(-3), .empty],
            [.text("青空市 *bold* | pipe"), .money(0), .ratio(-0.5), .count(7), .empty],
            [.text("@SUM(A1)"), .money(-1), .ratio(1), .count(1), .empty],
            [.text("+1"), .money(99), .ratio(0), .count(2), .empty],
        ])

    @Test("CSV: RFC 4180 quoting, text cells with = + - @ guarded, numbers plain (a negative amount stays a number), currency column")
    func csv() {
        #expect(TableCSV.csv(Self.table) == [
            "Name,Paid,Share,Items,Day,Currency",
            "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",-1234.50,0.25,1204,2025-03-31,USD",
            "\"Red␛[31m, evil\",0.05,0.00001,0,,USD",
            "'-5,1000000000.00,,-3,,USD",
            "青空市 *bold* | pipe,0.00,-0.5,7,,USD",
            "'@SUM(A1),-0.01,1,1,,USD",
            "'+1,0.99,0,2,,USD",
        ].map { $0 + "\r\n" }.joined())
    }

    @Test("CSV reads back with a standard reader to the same cells")
    func csvParses() {
        let records = CSVReader.records(TableCSV.csv(Self.table))
        #expect(records.count == 7)
        #expect(records[1][0] == "'=HYPERLINK(\"http://x\",\"y\")")
        #expect(records[2][0] == "Red␛[31m, evil")
        #expect(records.allSatisfy { $0.count == 6 })
    }

    @Test("JSON parses with JSONSerialization; money exact to the cent, text sanitised, no value is null")
    func json() throws {
        let provenance = try ExportProvenance(
            state: SampleExports.state(SampleExports.riverton, panel: .overview), content: .table(.json), rows: 6,
            files: [InputFileDigest(path: "a\u{1B}b.json", byteCount: 3, sha256: String(repeating: "0", count: 64))],
            toolVersion: "0.1.0", time: SampleExports.time)
        let text = TableJSON.json(Self.table, provenance: provenance)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let rows = try #require(object["rows"] as? [[String: Any]])
        #expect(rows.count == 6)
        #expect(rows[0]["Name"] as? String == "=HYPERLINK(\"http://x\",\"y\")")
        #expect(rows[1]["Name"] as? String == "Red␛[31m, evil")
        #expect((rows[2]["Paid"] as? NSNumber)?.doubleValue == 1_000_000_000)
        #expect(rows[1]["Day"] is NSNull)
        #expect(text.contains("\"Paid\": -1234.50,"))
        #expect(object["currency"] as? String == "USD")
        let files = try #require((object["provenance"] as? [String: Any])?["files"] as? [[String: Any]])
        #expect(files.first?["path"] as? String == "a␛b.json")
        #expect(!text.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
    }

    @Test("the provenance says whether names of individuals are shown, and the command repeats --show-personal")
    func personalData() throws {
        var state = try SampleExports.state(SampleExports.riverton, panel: .lineItems)
        let hidden = ExportProvenance(state: state, content: .table(.csv), rows: 1, files: [], toolVersion: "0.1.0", time: SampleExports.time)
        #expect(hidden.commentLines.contains("# personalData: hidden\n"))
        #expect(!hidden.command.contains("--show-personal"))
        state.exportContext.showsPersonalData = true
        let shown = ExportProvenance(state: state, content: .table(.csv), rows: 1, files: [], toolVersion: "0.1.0", time: SampleExports.time)
        #expect(shown.commentLines.contains("# personalData: shown\n"))
        #expect(shown.frontMatter.contains("personalData: \"shown\""))
        #expect(shown.jsonObject(indent: 2).contains("\"personalData\": \"shown\""))
        #expect(shown.command.contains("--show-personal"))
    }

    @Test("text: columns aligned by display width, figures right, exact amounts with the symbol")
    func plainText() {
        let lines = TableText.plainText(Self.table).split(separator: "\n").map(String.init)
        #expect(lines[0] == "Name                                     Paid   Share  Items  Day")
        #expect(lines[1] == "--------------------------  -----------------  ------  -----  ----------")
        #expect(lines[2] == "=HYPERLINK(\"http://x\",\"y\")         -$1,234.50   25.0%  1,204  2025-03-31")
        #expect(lines[5] == "青空市 *bold* | pipe                    $0.00  -50.0%      7")
    }

    @Test("Markdown: pipes and emphasis escaped, figures aligned right")
    func markdown() {
        let lines = TableText.markdown(Self.table).split(separator: "\n").map(String.init)
        #expect(lines[0] == "| Name | Paid | Share | Items | Day |")
        #expect(lines[1] == "| --- | ---: | ---: | ---: | --- |")
        #expect(lines[5] == "| 青空市 \\*bold\\* \\| pipe | $0.00 | -50.0% | 7 |  |")
    }

    @Test("plain numbers: shortest digits, never an exponent", arguments: [
        (0.25, "0.25"), (1e-5, "0.00001"), (-2.5e-7, "-0.00000025"), (1e16, "10000000000000000"), (0, "0"), (-0.0, "0"),
        (42, "42"), (1.5e20, "150000000000000000000"), (123.456, "123.456"),
    ])
    func plainNumbers(number: Double, text: String) {
        #expect(PlainNumber.text(number) == text)
    }
}

/// A small RFC 4180 reader: fields separated by commas, records by CRLF or LF, quoted fields
/// with doubled quotes.
enum CSVReader {
    static func records(_ text: String) -> [[String]] {
        var records: [[String]] = []
        var record: [String] = []
        var field = ""
        var quoted = false
        var scalars = Array(text.unicodeScalars)[...]
        while let scalar = scalars.popFirst() {
            if quoted {
                if scalar == "\"" {
                    if scalars.first == "\"" { field.unicodeScalars.append("\""); scalars.removeFirst() } else { quoted = false }
                } else {
                    field.unicodeScalars.append(scalar)
                }
                continue
            }
            switch scalar {
            case "\"": quoted = true
            case ",": record.append(field); field = ""
            case "\r": break
            case "\n": record.append(field); records.append(record); record = []; field = ""
            default: field.unicodeScalars.append(scalar)
            }
        }
        if !field.isEmpty || !record.isEmpty { record.append(field); records.append(record) }
        return records
    }
}
