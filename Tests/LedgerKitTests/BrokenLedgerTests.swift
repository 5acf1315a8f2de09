import LedgerKit
import Testing
import TestSupport

/// Broken ledger documents: JSON syntax and the shape of the document. Each case states every
/// diagnostic, with file, line, column, JSON path and message, and that nothing else is reported.
///
/// Positions refer to the standard document of `LedgerDocument`: line 3 is the publisher, line 4
/// the classifications, line 6 the vendor, and the first line item (when there are line items)
/// is on line 9, starting at column 5.
@Suite("Broken ledgers: syntax and document shape")
struct BrokenLedgerTests {
    static let standard = LedgerDocument().text
    static let item = JSONObject.lineItem()

    static let syntaxCases: [BrokenCase] = [
        BrokenCase("an empty file", "", [
            "ledger.json:1:1: error: $: expected a ledger document (a JSON object), found end of file",
        ]),
        BrokenCase("only whitespace", "\n  \n", [
            "ledger.json:3:1: error: $: expected a ledger document (a JSON object), found end of file",
        ]),
        BrokenCase("an array instead of a document", "\n  [1, 2]\n", [
            "ledger.json:2:3: error: $: expected a ledger document (a JSON object), found an array",
        ]),
        BrokenCase("truncated inside a string", String(standard.prefix(60)), [
            "ledger.json:3:27: error: expected '\"' to end the string, found end of file",
        ]),
        BrokenCase("truncated after a member", String(standard.prefix(34)), [
            "ledger.json:3:1: error: expected a string key, found end of file",
        ]),
        BrokenCase("truncated before the closing brace", String(standard.dropLast(2)), [
            "ledger.json:8:1: error: expected ',' or '}' after an object member, found end of file",
        ]),
        BrokenCase("missing comma between members", #"{"format": "govlens-ledger/1" "publisher": {}}"#, [
            "ledger.json:1:31: error: expected ',' or '}' after an object member, found \"publisher\"",
        ]),
        BrokenCase("trailing comma in an object", "{\"format\": \"govlens-ledger/1\",\n}", [
            "ledger.json:2:1: error: expected a string key, found '}'",
        ]),
        BrokenCase("trailing comma in an array", standard.replacingOccurrences(of: "\"business\"}\n", with: "\"business\"},\n"), [
            "ledger.json:7:3: error: expected a value after ',', found ']'",
        ]),
        BrokenCase("missing comma between array elements", #"{"format": "govlens-ledger/1", "x": [1 2]}"#, [
            "ledger.json:1:40: error: expected ',' or ']' after an array element, found 2",
        ]),
        BrokenCase("missing colon", #"{"format" "govlens-ledger/1"}"#, [
            "ledger.json:1:11: error: expected ':' after the key, found \"govlens-ledger/1\"",
        ]),
        BrokenCase("unquoted key", "{format: \"govlens-ledger/1\"}", [
            "ledger.json:1:2: error: expected a string key, found 'format'",
        ]),
        BrokenCase("single-quoted string", "{\"format\": 'govlens-ledger/1'}", [
            "ledger.json:1:12: error: expected a value, found \"'\" (JSON strings take double quotes)",
        ]),
        BrokenCase("unquoted non-ASCII name", "{\"format\": \"govlens-ledger/1\",\n \"x\": 横浜市}", [
            "ledger.json:2:7: error: expected a value, found '横'",
        ]),
        BrokenCase("NaN", #"{"format": "govlens-ledger/1", "x": NaN}"#, [
            "ledger.json:1:37: error: expected a value, found 'NaN'",
        ]),
        BrokenCase("misspelt literal", #"{"format": "govlens-ledger/1", "x": tru}"#, [
            "ledger.json:1:37: error: expected true or false, found 'tru'",
        ]),
        BrokenCase("null spelt in capitals", #"{"format": "govlens-ledger/1", "x": Null}"#, [
            "ledger.json:1:37: error: expected a value, found 'Null'",
        ]),
        BrokenCase("content after the document", standard + "]\n", [
            "ledger.json:9:1: error: $: expected end of file after the ledger document, found ']'",
        ]),
        BrokenCase("line break inside a string", "{\"format\": \"govlens-\nledger/1\"}", [
            "ledger.json:1:21: error: expected '\"' to end the string, found a line break",
        ]),
        BrokenCase("tab inside a string", "{\"format\": \"govlens-\tledger/1\"}", [
            "ledger.json:1:21: error: expected text, found the control character 0x09; escape it as \\u0009",
        ]),
        BrokenCase("unknown escape", #"{"format": "govlens\-ledger/1"}"#, [
            "ledger.json:1:20: error: expected one of \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX, found \\-",
        ]),
        BrokenCase("\\u with a non-hex digit", #"{"format": "\u00G0"}"#, [
            "ledger.json:1:13: error: expected four hex digits after \\u, found 'G'",
        ]),
        BrokenCase("\\u cut short by the end of the file", #"{"format": "\u00"#, [
            "ledger.json:1:13: error: expected four hex digits after \\u, found end of file",
        ]),
        BrokenCase("lone high surrogate", #"{"format": "x\uD83D"}"#, [
            "ledger.json:1:14: error: expected a low surrogate escape after \\uD83D, found '\"'",
        ]),
        BrokenCase("high surrogate followed by another escape", #"{"format": "x\uD83D\u0041"}"#, [
            "ledger.json:1:14: error: expected a low surrogate after \\uD83D, found \\u0041",
        ]),
        BrokenCase("lone low surrogate", #"{"format": "x\uDE00"}"#, [
            "ledger.json:1:14: error: expected a character escape, found the unpaired low surrogate \\uDE00",
        ]),
    ]

    @Test("JSON syntax errors stop the file with one exact diagnostic", arguments: syntaxCases)
    func syntax(_ brokenCase: BrokenCase) {
        brokenCase.check()
    }

    /// Numbers that are not JSON: a syntax error, so the file stops there.
    static let numberCases: [BrokenCase] = [
        BrokenCase("leading zero 01", document(lineItems: [item.with("amount", "01")]), [
            "ledger.json:9:148: error: expected a number, found '01'",
        ]),
        BrokenCase("no digit after the point 1.", document(lineItems: [item.with("amount", "1.")]), [
            "ledger.json:9:148: error: expected a number, found '1.'",
        ]),
        BrokenCase("a lone minus", document(lineItems: [item.with("amount", "-")]), [
            "ledger.json:9:148: error: expected a number, found '-'",
        ]),
        BrokenCase("a leading point -.5", document(lineItems: [item.with("amount", "-.5")]), [
            "ledger.json:9:148: error: expected a number, found '-.5'",
        ]),
        BrokenCase("an exponent without digits 1e", document(lineItems: [item.with("amount", "1e")]), [
            "ledger.json:9:148: error: expected a number, found '1e'",
        ]),
        BrokenCase("a plus sign +5", document(lineItems: [item.with("amount", "+5")]), [
            "ledger.json:9:148: error: expected a value, found '+'",
        ]),
        BrokenCase("hexadecimal 0x10", document(lineItems: [item.with("amount", "0x10")]), [
            "ledger.json:9:148: error: expected a number, found '0x10'",
        ]),
    ]

    @Test("malformed numbers are syntax errors at their first character", arguments: numberCases)
    func numbers(_ brokenCase: BrokenCase) {
        let load = brokenCase.check()
        #expect(load.ledger.lineItems.count == 0)
    }

    static let shapeCases: [BrokenCase] = [
        BrokenCase("format missing", edit: { $0.format = nil }, [
            "ledger.json:1:1: error: $: expected the required key 'format' (\"govlens-ledger/1\"), found none",
        ]),
        BrokenCase("format of a later version", edit: { $0.format = "\"govlens-ledger/2\"" }, [
            "ledger.json:2:13: error: $.format: expected \"govlens-ledger/1\", found \"govlens-ledger/2\"",
        ]),
        BrokenCase("format as a number", edit: { $0.format = "1" }, [
            "ledger.json:2:13: error: $.format: expected a string, found 1",
        ]),
        BrokenCase("format missing in a second file", files: [("ledger.json", standard), ("budget.json", "{\"budgetLines\": []}")], [
            "budget.json:1:1: error: $: expected the required key 'format' (\"govlens-ledger/1\"), found none",
        ]),
        BrokenCase("a second file that is an array", files: [("ledger.json", standard), ("budget.json", "[]")], [
            "budget.json:1:1: error: $: expected a ledger document (a JSON object), found an array",
        ]),
        BrokenCase("unknown top-level key", edit: { $0.extraMembers = [#""comments": {"by": ["x", 1, null]}"#] }, [
            "ledger.json:8:3: warning: $.comments: unknown key 'comments' ignored",
        ]),
        BrokenCase("unknown classification", edit: {
            $0.classifications = #"{"organisation": [], "program": [{"code": "P1"}], "category": [], "fund": []}"#
        }, [
            "ledger.json:4:43: error: $.classifications.program: expected one of 'organisation', 'category', 'fund', 'function', 'region', found 'program'",
        ]),
        BrokenCase("sections of the wrong type", edit: {
            $0.classifications = "[]"
            $0.vendors = nil
            $0.extraMembers = [#""lineItems": {}"#, #""kpis": "none""#, #""budgetLines": 5"#, #""vendors": null"#]
        }, [
            "ledger.json:4:22: error: $.classifications: expected an object of classifications, found an array",
            "ledger.json:5:16: error: $.lineItems: expected an array, found an object",
            "ledger.json:6:11: error: $.kpis: expected an array, found \"none\"",
            "ledger.json:7:18: error: $.budgetLines: expected an array, found 5",
            "ledger.json:8:14: error: $.vendors: expected an array, found null",
        ]),
        BrokenCase("records of the wrong type", edit: {
            $0.classifications = #"{"organisation": ["PW"], "category": [], "fund": []}"#
            $0.vendors = ["\"V-1\""]
            $0.budgetLines = ["[]"]
            $0.lineItems = ["5"]
            $0.kpis = ["true"]
        }, [
            "ledger.json:4:40: error: $.classifications.organisation[0]: expected a classification node (an object), found \"PW\"",
            "ledger.json:6:5: error: $.vendors[0]: expected a vendor (an object), found \"V-1\"",
            "ledger.json:9:5: error: $.budgetLines[0]: expected a budget line (an object), found an array",
            "ledger.json:12:5: error: $.lineItems[0]: expected a line item (an object), found 5",
            "ledger.json:15:5: error: $.kpis[0]: expected a KPI (an object), found true",
        ]),
    ]

    @Test("the document's shape: format marker, sections, unknown keys", arguments: shapeCases)
    func shape(_ brokenCase: BrokenCase) {
        brokenCase.check()
    }

    @Test("a syntax error keeps what was read before it in the same file")
    func keepsWhatWasReadBefore() {
        let text = document(lineItems: [Self.item.with("id", "\"A\""), Self.item.with("id", "\"B\"").with("amount", "1.")])
        let load = LedgerFixture.load(text)
        #expect(load.report == ["ledger.json:10:145: error: expected a number, found '1.'"])
        #expect(load.lineItemIds == ["A"])
    }

    @Test("a syntax error in one file does not stop the next file")
    func nextFileStillLoads() {
        let budget = LedgerDocument.part(budgetLines: [JSONObject.budgetLine().text]).text
        let load = LedgerFixture.load([("ledger.json", Self.standard), ("a.json", "{\"format\": tru}"), ("b.json", budget)])
        #expect(load.report == ["a.json:1:12: error: expected true or false, found 'tru'"])
        #expect(load.ledger.budgetLines.map(\.id) == ["BL-1"])
    }
}
