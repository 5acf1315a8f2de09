import Foundation
import LedgerKit
import Testing
import TestSupport

/// Loading JSON Lines in chunks on several threads gives exactly what one thread gives: the same
/// line items in the same order, the same codes, and the same diagnostics, line by line. (Within one
/// line, a repeat found only on merging chunks — an id or inline vendor defined in an earlier chunk —
/// is placed by its column, which may differ from the order one thread found them in.)
@Suite("Chunked, parallel loading")
struct ChunkedLoadTests {
    /// Everything a load produced, as lines of text, so two loads compare with one `==`.
    static func dump(_ load: LedgerLoad) -> [String] {
        let ledger = load.ledger
        let fileOrder = Dictionary(uniqueKeysWithValues: ledger.files.enumerated().map { ($0.element.path, $0.offset) })
        let byLine = load.diagnostics.diagnostics.sorted { left, right in
            let (a, b) = (left.location, right.location)
            let keyA = (fileOrder[a?.file ?? ""] ?? -1, a?.line ?? 0, a?.column ?? 0)
            let keyB = (fileOrder[b?.file ?? ""] ?? -1, b?.line ?? 0, b?.column ?? 0)
            return keyA == keyB ? left.description < right.description : keyA < keyB
        }
        var lines = byLine.map(\.description)
        lines.append("errors \(load.diagnostics.errorCount) warnings \(load.diagnostics.warningCount)")
        lines += ledger.files.map { "file \($0.path) \($0.byteCount)" }
        for kind in ClassificationKind.allCases {
            let classification = ledger.classification(kind)
            lines += classification.codes.indices.map { "\(kind) \(classification.codes[$0]) \(classification.names[$0]) \(classification.parents[$0])" }
        }
        lines += ledger.vendors.ids.indices.map { "vendor \(ledger.vendors.ids[$0]) \(ledger.vendors.names[$0]) \(ledger.vendors.kinds[$0])" }
        let items = ledger.lineItems
        for row in 0..<items.count {
            lines.append(
                [items.ids[row], "\(items.dates[row])", "\(items.organisations[row])", "\(items.categories[row])", "\(items.funds[row])",
                 "\(items.functions[row])", "\(items.regions[row])", "\(items.vendors[row])", "\(items.budgetLines[row])",
                 "\(items.kinds[row])", "\(items.amounts[row])", "\(items.dateEstimated[row])", items.descriptions[row],
                 items.references[row], "\(items.sources[row].file):\(items.sources[row].line)"].joined(separator: "|"))
        }
        return lines
    }

    static func load(_ files: [(name: String, bytes: [UInt8])], _ parallelism: LedgerLoader.Parallelism) -> LedgerLoad {
        let source = LedgerSource(
            name: "ledger",
            files: files.map { .init(path: $0.name, format: LedgerSource.File.format(ofName: $0.name), contents: .memory($0.bytes)) })
        return LedgerLoader.load(source, diagnosticLimit: 10_000, parallelism: parallelism)
    }

    @Test("the Riverton sample loads the same in chunks of every size", arguments: [1 << 12, 1 << 16, 1 << 20])
    func riverton(chunkBytes: Int) throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let source = try #require(try LedgerDiscovery.discover([root.appendingPathComponent("sample-data/riverton").path]).first)
        let single = LedgerLoader.load(source, parallelism: .none)
        let chunked = LedgerLoader.load(source, parallelism: .chunks(ofBytes: chunkBytes))
        #expect(single.isValid)
        #expect(single.ledger.lineItems.count == 28_000)
        #expect(Self.dump(chunked) == Self.dump(single))
    }

    @Test("hostile lines give the same diagnostics, in the same order, in chunks as in one piece", arguments: [1, 64, 300, 5_000])
    func hostileLines(chunkBytes: Int) {
        var lines: [String] = []
        for number in 0..<120 {
            var item = JSONObject.lineItem(id: "LI-\(number % 97)", date: "2025-01-\(10 + number % 15)")
            switch number % 11 {
            case 1: item = item.with("organisation", string: "UNKNOWN-\(number % 3)")
            case 2: item = item.with("vendor", #"{"id": "INL-\#(number % 4)", "name": "Inline \#(number % 4)", "kind": "individual"}"#)
            case 3: item = item.with("vendor", #"{"id": "INL-1", "name": "Someone else", "kind": "business"}"#)
            case 4: item = item.with("amount", "\"12.345\"")
            case 5: item = item.with("kind", "\"refund\"")
            case 6: item = item.with("description", string: "Ünïcödé 日本語 \(number)")
            case 7: item = item.with("vendor", #"{"id": "V-1", "name": "Paving Co.", "kind": "business"}"#)
            default: break
            }
            var text = item.text
            if number % 13 == 0 { text = String(text.dropLast(3)) }
            if number % 17 == 0 { text = "" }
            lines.append(text)
        }
        let root = ("ledger.json", Array(LedgerDocument().text.utf8))
        let early = ("a.jsonl", Array((JSONObject.lineItem(id: "LI-5").text + "\n").utf8))
        let big = ("items.jsonl", HostileInput.withByteOrderMark(HostileInput.withCRLF(lines.joined(separator: "\n") + "\n")))
        let single = Self.load([root, early, big], .none)
        let chunked = Self.load([root, early, big], .chunks(ofBytes: chunkBytes))
        #expect(single.diagnostics.errorCount > 20)
        #expect(Self.dump(chunked) == Self.dump(single))
    }

    @Test("a line-item id repeated within one chunk is reported as on one thread, not a crash (found by fuzz-ledger)")
    func duplicateWithinOneChunk() {
        let lines = [JSONObject.lineItem(id: "LI-1").text, JSONObject.lineItem(id: "LI-2").text, JSONObject.lineItem(id: "LI-2").text]
        let files = [("ledger.json", Array(LedgerDocument().text.utf8)), ("items.jsonl", Array(lines.joined(separator: "\n").utf8))]
        let single = Self.load(files, .none)
        #expect(single.report == [
            "items.jsonl:3:8: error: $.id: expected a unique line-item id, found 'LI-2' again\nitems.jsonl:2: note: 'LI-2' first defined here",
        ])
        for chunkBytes in [200, 1 << 20] {
            #expect(Self.dump(Self.load(files, .chunks(ofBytes: chunkBytes))) == Self.dump(single))
        }
    }

    @Test("diagnostics keep line order across chunks, so a cap keeps the same first ones")
    func lineOrderUnderCap() {
        var lines = (0..<40).map { JSONObject.lineItem(id: "LI-\($0)").text }
        lines[30] = JSONObject.lineItem(id: "LI-3").text
        lines[31] = JSONObject.lineItem(id: "LI-31", kind: "gift").text
        let files = [("ledger.json", Array(LedgerDocument().text.utf8)), ("items.jsonl", Array((lines.joined(separator: "\n") + "\n").utf8))]
        let single = Self.load(files, .none)
        let chunked = Self.load(files, .chunks(ofBytes: 500))
        #expect(single.diagnostics.diagnostics.map(\.headline) == chunked.diagnostics.diagnostics.map(\.headline))
        #expect(chunked.diagnostics.diagnostics.first?.location?.line == 31)
    }

    @Test("a total beyond 64 bits found in a chunk is reported as on one thread")
    func overflowingTotal() {
        let big = "92233720368547758.07"
        let lines = (0..<3).map { JSONObject.lineItem(id: "LI-\($0)", amount: "\"\(big)\"").text }.joined(separator: "\n") + "\n"
        let files = [("ledger.json", Array(LedgerDocument().text.utf8)), ("items.jsonl", Array(lines.utf8))]
        let single = Self.load(files, .none)
        let chunked = Self.load(files, .chunks(ofBytes: 10))
        #expect(single.diagnostics.errorCount == 1)
        #expect(Self.dump(chunked) == Self.dump(single))
    }
}
