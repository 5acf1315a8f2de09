import Foundation
import Testing
import TestSupport

/// `govlens import csv` end to end: the real binary writing a ledger from CSV files.
@Suite("govlens import")
struct ImportCommandTests {
    static let map = """
        {
          "format": "govlens-import-map/1",
          "publisher": {"name": "Test Council", "currency": "GBP", "fiscalYearStart": {"month": 4, "day": 1}, "asOf": "2024-12-31"},
          "tables": [{
            "records": "lineItems",
            "fields": {
              "date": {"column": "Paid Date", "format": "DD/MM/YYYY"},
              "organisation": {"name": {"column": "Service Area"}},
              "category": {"name": {"column": "Category"}},
              "fund": {"code": {"value": "GF"}, "name": {"value": "General Fund"}},
              "vendor": {"name": {"column": "Supplier"}, "kind": {"value": "business"}},
              "kind": {"value": "payment", "negative": "refund"},
              "amount": {"column": "Amount"}
            }
          }]
        }
        """
    static let csv = "Service Area,Category,Paid Date,Amount,Supplier\r\nFinance,Grants,07/01/2024,100.50,Acme\r\n,,xxx,,\r\nFinance,Grants,08/01/2024,-2,Acme\r\n"

    private func folder() throws -> TemporaryLedgerFolder {
        let folder = try TemporaryLedgerFolder(prefix: "import")
        try folder.write("map.json", Self.map)
        try folder.write("spend.csv", Self.csv)
        return folder
    }

    @Test("a bad row stops the import with its location; nothing is written")
    func badRowStops() throws {
        let folder = try folder()
        let result = try ProgramRunner.run(["import", "csv", "spend.csv", "--map", "map.json", "-o", "out"], in: URL(fileURLWithPath: folder.path))
        #expect(result.status == 1)
        #expect(result.output == "spend.csv:3:3: error: date: expected a date written DD/MM/YYYY, found 'xxx'\nnothing written: 1 bad row (--skip-bad-rows leaves them out)\n")
        #expect(!FileManager.default.fileExists(atPath: folder.path("out")))
    }

    @Test("--skip-bad-rows leaves the row out, says so, writes a valid ledger, and refuses to overwrite it without --force")
    func skipBadRows() throws {
        let folder = try folder()
        let arguments = ["import", "csv", "spend.csv", "--map", "map.json", "-o", "out", "--skip-bad-rows"]
        let result = try ProgramRunner.run(arguments, in: URL(fileURLWithPath: folder.path))
        #expect(result.status == 0, "\(result.output)")
        let lines = result.output.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(Array(lines.prefix(3)) == [
            "skipped 1 bad row:", "spend.csv:3:3: error: date: expected a date written DD/MM/YYYY, found 'xxx'", "spend.csv: 3 rows of lineItems (1 skipped)",
        ])
        #expect(lines.count > 6 && lines[3].hasPrefix("converted 3 rows in ") && lines[3].hasSuffix(" s of processor time)"))
        #expect(Array(lines[4...5]) == ["", "wrote out"])
        #expect(lines.contains("out: valid (0 errors, 0 warnings)"))
        #expect(lines.contains("  line items    2 (1 payment, 1 refund) · 2024-01-07 to 2024-01-08"))
        let written = try String(contentsOfFile: folder.path("out/line-items/spend.jsonl"), encoding: .utf8)
        #expect(written == """
            {"id":"spend:2","date":"2024-01-07","organisation":"Finance","category":"Grants","fund":"GF","vendor":"V00001","kind":"payment","amount":"100.50"}
            {"id":"spend:4","date":"2024-01-08","organisation":"Finance","category":"Grants","fund":"GF","vendor":"V00001","kind":"refund","amount":"-2.00"}

            """)

        let again = try ProgramRunner.run(arguments, in: URL(fileURLWithPath: folder.path))
        #expect(again.status == 2)
        #expect(again.output.contains("govlens: out: folder is not empty (use --force to replace its ledger files)\n"))
        let forced = try ProgramRunner.run(arguments + ["--force"], in: URL(fileURLWithPath: folder.path))
        #expect(forced.status == 0)
        #expect(try String(contentsOfFile: folder.path("out/line-items/spend.jsonl"), encoding: .utf8) == written)
    }

    @Test("a mistake in the map exits 2 naming its JSON path; an input is never overwritten")
    func usageProblems() throws {
        let folder = try folder()
        try folder.write("bad.json", Self.map.replacingOccurrences(of: #""Paid Date""#, with: "2024"))
        let bad = try ProgramRunner.run(["import", "csv", "spend.csv", "--map", "bad.json", "-o", "out.json"], in: URL(fileURLWithPath: folder.path))
        #expect(bad.status == 2)
        #expect(bad.output == "bad.json: error: $.tables[0].fields.date.column: expected a string or an array of strings, found the number 2024\n")
        let clash = try ProgramRunner.run(["import", "csv", "spend.csv", "--map", "map.json", "-o", "map.json", "--skip-bad-rows", "--force"], in: URL(fileURLWithPath: folder.path))
        #expect(clash.status == 2)
        #expect(clash.output.contains("/map.json: is an input of this import; choose another output\n"))
        #expect(try String(contentsOfFile: folder.path("map.json"), encoding: .utf8) == Self.map)
    }

    @Test("import fdp reads a package's resources beside it; a bad option is a usage error")
    func fiscalDataPackage() throws {
        let folder = try TemporaryLedgerFolder(prefix: "fdp")
        try folder.write("pkg/datapackage.json", """
            {"name": "tiny", "title": "Tiny Town", "resources": [{"path": "data/budget.csv", "schema": {"fields": [
              {"name": "year", "columnType": "date:fiscal-year"}, {"name": "dept", "columnType": "administrative-classification:generic:level1:label"},
              {"name": "amount", "columnType": "value"}]}}]}
            """)
        try folder.write("pkg/data/budget.csv", "year,dept,amount\n2025,Parks,1000\n2025,Roads,2500.5\n")
        let directory = URL(fileURLWithPath: folder.path)
        let result = try ProgramRunner.run(
            ["import", "fdp", "pkg/datapackage.json", "--fiscal-year-start", "01-01", "--as-of", "2025-12-31", "--currency", "EUR", "-o", "tiny.json"], in: directory)
        #expect(result.status == 0, "\(result.output)")
        #expect(result.output.contains("tiny.json: valid (0 errors, 0 warnings)"))
        #expect(result.output.contains("  phase totals  FY2025: adopted EUR 3,500.50"))
        let bad = try ProgramRunner.run(["import", "fdp", "pkg/datapackage.json", "--fiscal-year-start", "7/1", "--as-of", "2025-12-31", "-o", "x.json"], in: directory)
        #expect(bad.status == 2)
        #expect(bad.output.hasPrefix("Error: --fiscal-year-start: expected MM-DD with a day from 1 to 28, found '7/1'\n"))
    }
}
