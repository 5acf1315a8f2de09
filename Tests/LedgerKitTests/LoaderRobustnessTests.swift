import Foundation
@testable import LedgerKit
import Testing
import TestSupport

/// The loader against files that change under it and ledgers too large for its stores of text.
@Suite("Loader robustness")
struct LoaderRobustnessTests {
    @Test("a file truncated after it was opened is a read error, not a crash (it is read, never mapped)")
    func truncatedWhileRead() throws {
        let folder = try TemporaryLedgerFolder(prefix: "shrink")
        try folder.write("items.jsonl", String(repeating: "{}\n", count: 1000))
        let file = try InputFile(path: folder.path("items.jsonl"))
        #expect(file.size == 3000)
        #expect(truncate(folder.path("items.jsonl"), 1200) == 0)
        let buffer = UnsafeMutableRawPointer.allocate(byteCount: 3000, alignment: 1)
        defer { buffer.deallocate() }
        #expect(throws: InputFile.ReadError.self) { try file.read(0..<3000, into: buffer) }
        do {
            try file.read(1000..<3000, into: buffer)
        } catch {
            #expect(error.message == "the file shrank while it was read: expected 3000 bytes, found 1200")
        }
        try file.read(0..<1200, into: buffer)
    }

    @Test("finding a line end in a truncated file is a read error too")
    func lineEndInTruncatedFile() throws {
        let folder = try TemporaryLedgerFolder(prefix: "shrink")
        try folder.write("items.jsonl", String(repeating: "x", count: 200_000) + "\n")
        let input = LoadInput(LedgerSource.File(path: folder.path("items.jsonl"), format: .jsonLines))
        #expect(try input.lineEnd(searchingFrom: 10) == 200_001)
        #expect(truncate(folder.path("items.jsonl"), 100_000) == 0)
        #expect(throws: InputFile.ReadError.self) { try input.lineEnd(searchingFrom: 10) }
    }

    @Test("JSON Lines read in windows: lines that cross a window's end keep their numbers")
    func windowsKeepLineNumbers() throws {
        let folder = try TemporaryLedgerFolder(prefix: "windows")
        try folder.write("ledger.json", LedgerDocument().text)
        // 40,000 lines of about 460 bytes (padded with spaces): 18 MB, more than one window of 16 MiB.
        let padding = String(repeating: " ", count: 300)
        var lines = (0..<40_000).map { JSONObject.lineItem(id: "LI-\($0)").text + padding }
        lines[39_999] = JSONObject.lineItem(id: "LI-39999", amount: "\"1.234\"").text
        try folder.write("items.jsonl", lines.joined(separator: "\n"))
        let source = LedgerSource(name: "windows", files: [
            .init(path: folder.path("ledger.json"), format: .json), .init(path: folder.path("items.jsonl"), format: .jsonLines),
        ])
        for parallelism in [LedgerLoader.Parallelism.none, .chunks(ofBytes: 1 << 20)] {
            let load = LedgerLoader.load(source, parallelism: parallelism)
            #expect(load.report.map { $0.replacingOccurrences(of: folder.path + "/", with: "") } == [
                "items.jsonl:40000:148: error: $.amount: expected an amount with at most 2 decimal places (USD), found \"1.234\"",
            ])
            #expect(load.ledger.lineItems.count == 39_999)
        }
    }

    /// The standard root and JSON Lines of line items, each with a description of 60 distinct bytes.
    static func textHeavyLedger(lines count: Int) -> [(name: String, text: String)] {
        let lines = (1...count).map { number in
            JSONObject.lineItem(id: "LI-\(number)").with("description", string: String(repeating: Character(String(number % 10)), count: 59) + "\(number)").text
        }
        return [("ledger.json", LedgerDocument().text), ("items.jsonl", lines.joined(separator: "\n"))]
    }

    @Test("the stores of text have a limit (4 GiB, their offsets are 32-bit): reached, the rest is left out with one error",
        arguments: [LedgerLoader.Parallelism.none, .chunks(ofBytes: 300)])
    func textLimit(_ parallelism: LedgerLoader.Parallelism) {
        let files = Self.textHeavyLedger(lines: 8)
        let source = LedgerSource(name: "text", files: files.map {
            .init(path: $0.name, format: LedgerSource.File.format(ofName: $0.name), contents: .memory(Array($0.text.utf8)))
        })
        // Room for 200 bytes beyond one string's worst case: four 60-byte descriptions fit, the fifth line item does not.
        let load = LedgerLoader.load(source, diagnosticLimit: 100, parallelism: parallelism, textLimit: JSONScanner.maximumStringBytes + 200)
        #expect(load.report == [
            "items.jsonl:5:1: error: $: expected at most 65736 bytes of ids, codes, descriptions and references in a ledger, found more at this line item; it and every later line item are left out",
        ])
        #expect(load.lineItemIds == ["LI-1", "LI-2", "LI-3", "LI-4"])
    }

    @Test("the default limit is what 32-bit offsets can address")
    func defaultTextLimit() {
        #expect(LedgerParser(diagnosticLimit: 1).textLimit == Int(UInt32.max))
    }
}
