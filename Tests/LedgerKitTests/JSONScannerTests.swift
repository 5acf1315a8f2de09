import Foundation
@testable import LedgerKit
import Testing
import TestSupport

/// Runs `body` with a scanner over `text`.
@discardableResult
private func withScanner<R>(_ text: String, _ body: (inout JSONScanner) throws -> R) rethrows -> R {
    let bytes = Array(text.utf8)
    return try bytes.withUnsafeBufferPointer { buffer in
        var scanner = JSONScanner(buffer)
        return try body(&scanner)
    }
}

@Suite("JSONScanner")
struct JSONScannerTests {
    @Test("columns count scalars, in whatever order they are asked for")
    func columns() {
        let line = "  {\"name\": \"道路維持課 🚧\", \"x\": [1, 2], \"é\": \"e\u{301}\"}"
        let text = "{\n" + line + "\n}"
        let lineStart = 2
        let bytes = Array(text.utf8)
        // The naive column of each byte offset of line 2 that starts a scalar.
        var expected: [(offset: Int, column: Int)] = []
        var column = 1
        for offset in lineStart..<(lineStart + line.utf8.count) where bytes[offset] & 0xC0 != 0x80 {
            expected.append((offset, column))
            column += 1
        }
        var order = Array(expected.indices)
        order = order.filter { $0 % 2 == 0 } + order.filter { $0 % 2 == 1 }.reversed() + order
        withScanner(text) { scanner in
            for index in order {
                let mark = JSONMark(offset: expected[index].offset, line: 2, lineStart: lineStart)
                #expect(scanner.column(of: mark) == expected[index].column)
            }
            #expect(scanner.column(of: JSONMark(offset: 0, line: 1, lineStart: 0)) == 1)
        }
    }

    @Test("a minified ledger of 20,000 definitions on one line loads in linear time", .timeLimit(.minutes(1)))
    func minifiedLedger() {
        let count = 20_000
        let lines = (0..<count).map { JSONObject.budgetLine(id: "BL-\($0)").text } + [JSONObject.budgetLine(id: "BL-0").text]
        let budget = "{\"format\": \"govlens-ledger/1\", \"budgetLines\": [" + lines.joined(separator: ",") + "]}"
        let items = (0..<count).map { JSONObject.lineItem(id: "LI-\($0)").with("vendor", JSONObject.vendor(id: "V-\($0 + 2)").text).text }
        let spending = "{\"format\": \"govlens-ledger/1\", \"lineItems\": [" + items.joined(separator: ",") + "]}"
        let load = LedgerFixture.load([("ledger.json", LedgerDocument().text), ("one-line/budget.json", budget), ("one-line/spending.json", spending)])
        let first = budget.utf8.distance(from: budget.startIndex, to: budget.range(of: "\"BL-0\"")!.lowerBound) + 1
        let again = budget.utf8.distance(from: budget.startIndex, to: budget.range(of: "\"BL-0\"", options: .backwards)!.lowerBound) + 1
        #expect(first == 55)
        #expect(load.report == [
            "one-line/budget.json:1:\(again): error: $.budgetLines[\(count)].id: expected a unique budget line id, found 'BL-0' again\none-line/budget.json:1:\(first): note: 'BL-0' first defined here",
        ])
        #expect(load.ledger.budgetLines.count == count)
        #expect(load.ledger.lineItems.count == count)
        #expect(load.ledger.vendors.count == count + 1)
    }

    @Test("strings read eight bytes at a time stop at every byte that matters, wherever it falls")
    func stringsAtEveryAlignment() throws {
        for length in 0...20 {
            for position in 0...length {
                let plain = String(repeating: "a", count: length)
                let cut = plain.index(plain.startIndex, offsetBy: position)
                let ended = withScanner("\"" + plain[..<cut] + "\"" + plain[cut...] + "\"") { scanner in
                    try? scanner.readString().end
                }
                #expect(ended == position + 1)
                let escaped = withScanner("\"" + plain[..<cut] + "\\n" + plain[cut...] + "\"") { scanner in
                    (try? scanner.readString()).map { scanner.string(of: $0) }
                }
                #expect(escaped == String(plain[..<cut]) + "\n" + String(plain[cut...]))
                let accented = withScanner("\"" + plain[..<cut] + "é" + plain[cut...] + "\"") { scanner in
                    (try? scanner.readString()).map { scanner.string(of: $0) }
                }
                #expect(accented == String(plain[..<cut]) + "é" + String(plain[cut...]))
                for control in [0x00, 0x09, 0x1F] {
                    let text = "\"" + plain[..<cut] + String(UnicodeScalar(UInt8(control))) + plain[cut...] + "\""
                    let failed = withScanner(text) { scanner in (try? scanner.readString()) == nil }
                    #expect(failed, "control \(control) at \(position) of \(length)")
                }
            }
        }
    }

    @Test("skipping a value leaves the depth where it was; 64 levels in all")
    func depth() throws {
        try withScanner("[[[1, {\"a\": [true, null]}]], 2]") { scanner in
            try scanner.beginArray()
            var first = true
            #expect(try scanner.nextElement(first: &first))
            try scanner.skipValue()
            #expect(scanner.depth == 1)
            #expect(try scanner.nextElement(first: &first))
            _ = try scanner.readNumber()
            #expect(try !scanner.nextElement(first: &first))
            #expect(scanner.depth == 0)
        }
        let deepest = HostileInput.nestedArrays(depth: 64)
        withScanner(deepest) { scanner in #expect(throws: Never.self) { try scanner.skipValue() } }
        withScanner("[" + deepest + "]") { scanner in
            #expect(throws: JSONSyntaxError.self) { try scanner.skipValue() }
            #expect(scanner.offset == 64)
        }
    }

    @Test("what comes next, as messages name it", arguments: [
        ("{", "an object"), ("[", "an array"), ("\"abc\" rest", "\"abc\""), ("\"a\\\"b\"", "\"a\\\"b\""),
        ("\"" + String(repeating: "x", count: 60) + "\"", "\"" + String(repeating: "x", count: 39) + "…"),
        ("12.5e3,", "12.5e3"), ("-7]", "-7"), ("true}", "true"), ("null", "null"), ("False", "'False'"), ("NaN", "'NaN'"),
        ("'x'", "\"'\" (JSON strings take double quotes)"), ("日本", "'日'"), ("\u{0}", "a NUL byte (0x00)"), ("\u{FEFF}{}", "a UTF-8 byte-order mark"),
        ("#", "'#'"), ("  \n ", "end of file"),
    ])
    func describeNext(_ text: String, description: String) {
        withScanner(text) { scanner in #expect(scanner.describeNext() == description) }
    }

    @Test("bytes that are not text are described by their value")
    func describeBytes() {
        for (bytes, description) in [([UInt8(0xFF)], "the byte 0xFF"), ([0xC0, 0xAF], "the byte 0xC0"), ([0xE6, 0x97], "the byte 0xE6"), ([0x7F], "the byte 0x7F")] {
            bytes.withUnsafeBufferPointer { #expect(JSONScanner($0).describeNext() == description) }
        }
    }

    @Test("numbers: JSON's grammar exactly", arguments: ["0", "-0", "7", "-12", "0.5", "12.50", "1e5", "1E+5", "2.5e-3", "123456789012345678901234567890"])
    func numbers(_ text: String) throws {
        try withScanner(text + ",") { scanner in
            let range = try scanner.readNumber()
            #expect(range == 0..<text.utf8.count)
        }
    }

    @Test("not numbers", arguments: ["01", "-", "1.", ".5", "-.5", "1e", "1e+", "0x10", "1a", "--1"])
    func notNumbers(_ text: String) {
        withScanner(text) { scanner in
            #expect(throws: JSONSyntaxError.self) { _ = try scanner.readNumber() }
        }
    }
}
