import Foundation
import Testing
import TestSupport

/// `govlens validate` end to end: the real binary, real files, exit statuses and printed text.
@Suite("govlens validate")
struct ValidateCommandTests {
    @Test("a valid ledger exits 0 and prints its summary")
    func validLedger() throws {
        let result = try ProgramRunner.run(["validate", "docs/examples/minimal"])
        #expect(result.status == 0)
        let lines = result.output.split(separator: "\n").map(String.init)
        #expect(lines.first == "docs/examples/minimal: valid (0 errors, 0 warnings)")
        #expect(lines.contains("  publisher     Village of Alder Creek · USD · fiscal year from July 1 · as of 2025-03-31"))
        #expect(lines.contains("  line items    10 (2 obligations, 5 payments, 1 refund, 2 adjustments) · 2025-01-06 to 2025-03-31"))
        #expect(lines.contains { $0.hasPrefix("  loaded in     ") && $0.hasSuffix(" MB/s)") })
    }

    @Test("the sample-data folder holds several ledgers, each valid")
    func sampleData() throws {
        let result = try ProgramRunner.run(["validate", "sample-data"])
        #expect(result.status == 0, "\(result.output)")
        #expect(result.output.contains("sample-data/riverton: valid"))
        #expect(result.output.contains("sample-data/aozora: valid"))
        #expect(result.output.contains("ledgers: 0 errors"))
    }

    @Test("errors in the data exit 1 with compiler-style diagnostics")
    func brokenLedger() throws {
        let folder = try TemporaryLedgerFolder(prefix: "cli")
        var document = LedgerDocument()
        document.lineItems = [JSONObject.lineItem(date: "2025-02-30", amount: "\"10.001\"").text]
        try folder.write("ledger.json", document.text)
        let result = try ProgramRunner.run(["validate", "ledger.json"], in: URL(fileURLWithPath: folder.path))
        #expect(result.status == 1)
        let diagnostics = result.output.split(separator: "\n").filter { $0.hasPrefix("ledger.json:") && $0.contains(": error: ") }
        #expect(diagnostics.count == 2)
        #expect(diagnostics.contains { $0.contains(": error: $.lineItems[0].date: expected a date YYYY-MM-DD, found \"2025-02-30\" (that day does not exist)") })
        #expect(diagnostics.contains { $0.contains(": error: $.lineItems[0].amount: expected an amount with at most 2 decimal places (USD), found \"10.001\"") })
        #expect(result.output.contains("ledger.json: INVALID (2 errors, 0 warnings)"))
    }

    @Test("a missing path exits 2 with a message naming it")
    func missingPath() throws {
        let result = try ProgramRunner.run(["validate", "no/such/ledger"])
        #expect(result.status == 2)
        #expect(result.output == "no/such/ledger: error: no such file or folder\n")
    }

    @Test("a .jsonl file given alone is a usage error")
    func jsonLinesAlone() throws {
        let folder = try TemporaryLedgerFolder(prefix: "cli")
        try folder.write("items.jsonl", "{}\n")
        let result = try ProgramRunner.run(["validate", "items.jsonl"], in: URL(fileURLWithPath: folder.path))
        #expect(result.status == 2)
        #expect(result.output == "items.jsonl: error: a .jsonl file holds only line items; give the ledger's folder or its ledger.json\n")
    }

    @Test("--max-diagnostics caps the list and counts the rest")
    func diagnosticCap() throws {
        let folder = try TemporaryLedgerFolder(prefix: "cli")
        var document = LedgerDocument()
        document.lineItems = (0..<5).map { JSONObject.lineItem(id: "LI-\($0)", amount: "\"x\"").with("organisation", "\"NOPE\"").text }
        try folder.write("ledger.json", document.text)
        let result = try ProgramRunner.run(["validate", "--max-diagnostics", "2", "ledger.json"], in: URL(fileURLWithPath: folder.path))
        #expect(result.status == 1)
        #expect(result.output.split(separator: "\n").filter { $0.hasPrefix("ledger.json:") && $0.contains(": error: ") }.count == 2)
        #expect(result.output.contains("… and 4 more (6 errors, 0 warnings in all; --max-diagnostics N shows more)"))
    }

    @Test("escape sequences and bidi controls in the data never reach the terminal")
    func hostileText() throws {
        let folder = try TemporaryLedgerFolder(prefix: "cli")
        var document = LedgerDocument()
        document.publisher = JSONObject.publisher().with("name", #""Evil\u001b]0;pwned\u0007 \u009b2J \u202eCorp\r\n""#).text
        document.extraMembers = [#""x\u001b[2J": 1"#]
        try folder.write("ledger.json", document.text)
        for locale in ["C.UTF-8", "C"] {
            let result = try ProgramRunner.run(["validate", "ledger.json"], in: URL(fileURLWithPath: folder.path), environment: ["LC_ALL": locale, "LANG": locale])
            #expect(result.status == 0)
            #expect(!result.bytes.contains(0x1B), "ESC byte in output under \(locale)")
            #expect(!result.bytes.contains(0x07) && !result.bytes.contains(0x0D), "BEL or CR in output under \(locale)")
            #expect(!result.output.unicodeScalars.contains { $0.value == 0x9B || $0.value == 0x202E }, "C1 or bidi control under \(locale)")
            if locale == "C" { #expect(result.bytes.allSatisfy { $0 < 0x80 }, "non-ASCII output under LANG=C") }
        }
    }

    @Test("with no path, the embedded demo ledger is used, from any directory")
    func demoLedger() throws {
        let result = try ProgramRunner.run(["validate"], in: FileManager.default.temporaryDirectory)
        #expect(result.status == 0, "\(result.output)")
        #expect(result.output.hasPrefix("demo:riverton: valid"))
        #expect(result.output.contains("City of Riverton"))
    }

    @Test("a line break in the data cannot forge a line of output")
    func forgedLines() throws {
        let folder = try TemporaryLedgerFolder(prefix: "cli")
        var document = LedgerDocument()
        document.publisher = JSONObject.publisher().with("name", #""Town\nledger.json:1:1: error: $: FORGED""#).text
        document.extraMembers = [#""x\nledger.json:9:9: error: FORGED TOO": 1"#]
        try folder.write("ledger.json", document.text)
        let result = try ProgramRunner.run(["validate", "ledger.json"], in: URL(fileURLWithPath: folder.path))
        #expect(result.status == 0)
        let lines = result.output.split(separator: "\n")
        #expect(!lines.contains { $0.hasPrefix("ledger.json:1:1: error") || $0.hasPrefix("ledger.json:9:9") })
        #expect(lines.contains { $0.contains("unknown key 'x␤ledger.json:9:9: error: FORGED TOO' ignored") })
    }

    @Test("a usage error exits 2, as the help says")
    func usageError() throws {
        let result = try ProgramRunner.run(["validate", "--no-such-option"])
        #expect(result.status == 2)
        #expect(result.output.hasPrefix("Error: Unknown option '--no-such-option'\n"))
    }
}
