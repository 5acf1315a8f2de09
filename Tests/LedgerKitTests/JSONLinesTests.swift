import LedgerKit
import Testing
import TestSupport

/// JSON Lines: each line is one line item on its own. A syntax error loses only its line; the
/// next lines still load. Paths are relative to the line's object (`$.amount`).
@Suite("JSON Lines")
struct JSONLinesTests {
    static func item(_ id: String) -> String { JSONObject.lineItem(id: id).text }

    /// Each case with the ids of the line items that must load.
    static let cases: [(BrokenCase, [String])] = [
        (BrokenCase("a syntax error loses only its line", lines: [item("A"), #"{"id": "B", "#, item("C")], [
            "items.jsonl:2:13: error: expected a string key, found end of line",
        ]), ["A", "C"]),
        (BrokenCase("a string cut by the end of its line", lines: [#"{"id": "A"#, item("B")], [
            "items.jsonl:1:10: error: expected '\"' to end the string, found end of line",
        ]), ["B"]),
        (BrokenCase("an object written over two lines", lines: [#"{"id": "A","#, #""date": "2025-01-15"}"#, item("C")], [
            "items.jsonl:1:12: error: expected a string key, found end of line",
            "items.jsonl:2:1: error: $: expected a line item (an object), found \"date\"",
        ]), ["C"]),
        (BrokenCase("blank and whitespace-only lines are allowed", lines: ["", item("A"), "", " \t ", item("B"), ""], []), ["A", "B"]),
        (BrokenCase("an empty file", lines: [], []), []),
        (BrokenCase("values that are not objects", lines: ["[1]", "\"LI-1\"", "42", "null", item("A")], [
            "items.jsonl:1:1: error: $: expected a line item (an object), found an array",
            "items.jsonl:2:1: error: $: expected a line item (an object), found \"LI-1\"",
            "items.jsonl:3:1: error: $: expected a line item (an object), found 42",
            "items.jsonl:4:1: error: $: expected a line item (an object), found null",
        ]), ["A"]),
        (BrokenCase("text after the object", lines: [item("A") + " x", item("B") + item("C"), item("D") + "  "], [
            "items.jsonl:1:151: error: $: expected one line item per line, found 'x' after it",
            "items.jsonl:2:150: error: $: expected one line item per line, found an object after it",
        ]), ["A", "B", "D"]),
        (BrokenCase("a value error names the path within the line", lines: [item("A"), JSONObject.lineItem(id: "B").with("amount", "\"1.005\"").text], [
            "items.jsonl:2:141: error: $.amount: expected an amount with at most 2 decimal places (USD), found \"1.005\"",
        ]), ["A"]),
        (BrokenCase("an unknown key", lines: [JSONObject.lineItem(id: "A").with("ammount", "\"1.00\"").text], [
            "items.jsonl:1:151: warning: $.ammount: unknown key 'ammount' ignored",
        ]), ["A"]),
        (BrokenCase("a duplicate id, with a note at the first", lines: [item("A"), item("B"), item("A")], [
            "items.jsonl:3:8: error: $.id: expected a unique line-item id, found 'A' again\nitems.jsonl:1: note: 'A' first defined here",
        ]), ["A", "B"]),
        (BrokenCase("deep nesting loses only its line", lines: [JSONObject.lineItem(id: "A").with("x", HostileInput.nestedArrays(depth: 10_000)).text, item("B")], [
            "items.jsonl:1:219: error: expected at most 64 levels of nesting, found more",
        ]), ["B"]),
        (BrokenCase("64 levels in a line: the object and 63 arrays", lines: [JSONObject.lineItem(id: "A").with("x", HostileInput.nestedArrays(depth: 63)).text], [
            "items.jsonl:1:151: warning: $.x: unknown key 'x' ignored",
        ]), ["A"]),
    ]

    @Test("line by line: errors stay on their line", arguments: cases)
    func lines(_ brokenCase: BrokenCase, loaded: [String]) {
        let load = brokenCase.check()
        #expect(load.lineItemIds == loaded)
    }

    static let root = LedgerDocument().text

    static let byteCases: [(BrokenCase, [String])] = [
        (BrokenCase("CRLF line endings, blank CRLF lines and a CR at the end of the file",
            files: [("ledger.json", root), ("items.jsonl", [item("A"), "", #"{"id": "B", "#, JSONObject.lineItem(id: "C").with("date", "\"2025-02-30\"").text, item("D"), ""].joined(separator: "\r\n") + "\r")], [
                "items.jsonl:3:13: error: expected a string key, found end of line",
                "items.jsonl:4:21: error: $.date: expected a date YYYY-MM-DD, found \"2025-02-30\" (that day does not exist)",
            ]), ["A", "D"]),
        (BrokenCase("LF and CRLF mixed in one file", files: [("ledger.json", root), ("items.jsonl", item("A") + "\r\n" + item("B") + "\n" + item("C") + "\r\n")], []),
            ["A", "B", "C"]),
        (BrokenCase("a byte-order mark at the start", byteFiles: [("ledger.json", Array(root.utf8)), ("items.jsonl", HostileInput.withByteOrderMark(#"{"id": 1}"# + "\n" + item("B")))], [
            "items.jsonl:1:1: warning: expected UTF-8 without a byte-order mark, found one; ignored",
            "items.jsonl:1:8: error: $.id: expected a string, found 1",
            "items.jsonl:1:1: error: $: expected the required keys 'date', 'organisation', 'category', 'fund', 'vendor', 'kind', 'amount', found none",
        ]), ["B"]),
        (BrokenCase("a byte-order mark at the start of a later line (concatenated files)",
            byteFiles: [("ledger.json", Array(root.utf8)), ("items.jsonl", Array((item("A") + "\n").utf8) + HostileInput.withByteOrderMark(item("B") + "\n" + item("C")))], [
                "items.jsonl:2:1: error: $: expected a line item (an object), found a UTF-8 byte-order mark",
            ]), ["A", "C"]),
        (BrokenCase("a NUL byte loses only its line",
            byteFiles: [("ledger.json", Array(root.utf8)), ("items.jsonl", Array((item("A") + "\n").utf8) + [0] + Array(("\n" + item("B") + "\u{0}\n" + item("C")).utf8))], [
                "items.jsonl:2:1: error: $: expected a line item (an object), found a NUL byte (0x00)",
                "items.jsonl:3:150: error: $: expected one line item per line, found a NUL byte (0x00) after it",
            ]), ["A", "B", "C"]),
        (BrokenCase("invalid UTF-8 loses only its line",
            byteFiles: [("ledger.json", Array(root.utf8)), ("items.jsonl", HostileInput.replacing("@@", with: [0xED, 0xA0, 0x80], in: JSONObject.lineItem(id: "A").with("description", "\"@@\"").text + "\n" + item("B")))], [
                "items.jsonl:1:167: error: expected UTF-8 text, found the invalid byte sequence 0xED 0xA0",
            ]), ["B"]),
        (BrokenCase("a UTF-8 sequence cut by the end of its line",
            byteFiles: [("ledger.json", Array(root.utf8)), ("items.jsonl", Array(#"{"id": "A", "description": "日"#.utf8) + [0xE6, 0x9C] + Array(("\n" + item("B")).utf8))], [
                "items.jsonl:1:30: error: expected UTF-8 text, found a truncated sequence at end of line",
            ]), ["B"]),
    ]

    @Test("line endings, byte-order marks and bad bytes in JSON Lines", arguments: byteCases)
    func bytes(_ brokenCase: BrokenCase, loaded: [String]) {
        let load = brokenCase.check()
        #expect(load.lineItemIds == loaded)
    }

    @Test("a line item in JSON Lines holds the same values as in a ledger document")
    func sameValuesAsDocument() {
        let item = JSONObject.lineItem(id: "LI-7", date: "2025-02-03", amount: "\"1840.5\"")
            .with("vendor", #"{"id": "V-I-0007", "name": "Jordan Okafor", "kind": "individual"}"#)
            .with("description", "\"Snow plough hire\"").with("reference", "\"PO-1\"").with("dateEstimated", "true")
        let fromLines = LedgerFixture.loadLines([item.text])
        let fromDocument = LedgerFixture.load(document(lineItems: [item]))
        for load in [fromLines, fromDocument] {
            #expect(load.report == [])
            let items = load.ledger.lineItems
            #expect(items.count == 1)
            #expect(items.ids[0] == "LI-7")
            #expect(items.date(0) == CivilDate(year: 2025, month: 2, day: 3))
            #expect(items.amounts == [184050])
            #expect(items.descriptions[0] == "Snow plough hire")
            #expect(items.references[0] == "PO-1")
            #expect(Array(items.dateEstimated) == [true])
            #expect(load.ledger.vendors.ids[Int(items.vendors[0])] == "V-I-0007")
            #expect(load.ledger.vendors.kinds[Int(items.vendors[0])] == .individual)
        }
        // Files are read in code-point order of their paths: items.jsonl before ledger.json.
        #expect(fromLines.ledger.files.map(\.path) == ["items.jsonl", "ledger.json"])
        #expect(Array(fromLines.ledger.lineItems.sources) == [RecordSource(file: 0, line: 1)])
        #expect(Array(fromDocument.ledger.lineItems.sources) == [RecordSource(file: 0, line: 9)])
    }
}
