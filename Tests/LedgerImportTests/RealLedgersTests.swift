import Foundation
import LedgerImport
import LedgerKit
import Testing

/// The real ledgers of sample-data/, imported from the source files committed in sample-data/sources.
@Suite("Real ledgers in sample-data")
struct RealLedgersTests {
    static let sampleData = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("sample-data")

    /// Imports the CSV files of `folder` (below sample-data/sources) with its map, as regenerate.sh does.
    static func importSources(_ folder: String, map: String) throws -> ImportResult {
        let sources = sampleData.appendingPathComponent("sources").appendingPathComponent(folder)
        let mapData = try Data(contentsOf: sources.appendingPathComponent(map))
        let importMap = try ImportMap.read(mapData, file: map)
        let names = try FileManager.default.subpathsOfDirectory(atPath: sources.path).filter { $0.hasSuffix(".csv") }
        let files = try names.map { name in
            ImportFile(path: "sample-data/sources/\(folder)/\(name)", bytes: Array(try Data(contentsOf: sources.appendingPathComponent(name))))
        }
        return CSVImporter(map: importMap).run(files)
    }

    /// The Oxford import, done once for the tests that read it (about 7 s in a debug build).
    static let oxfordImport = Result { try importSources("oxford", map: "oxford.map.json") }

    /// Whether the committed ledger folder holds exactly these files, byte for byte.
    static func committed(_ folder: String, equals files: [LedgerOutputFile]) throws -> Bool {
        let root = sampleData.appendingPathComponent(folder)
        let present = try FileManager.default.subpathsOfDirectory(atPath: root.path).filter { $0.hasSuffix(".json") || $0.hasSuffix(".jsonl") }
        guard present.sorted() == files.map(\.path).sorted() else { return false }
        return try files.allSatisfy { try Data(contentsOf: root.appendingPathComponent($0.path)) == Data($0.text.utf8) }
    }

    @Test("Oxford: 61,528 line items totalling £228,210,155.40; the junk row reported; the lost quarter dated from the file name")
    func oxford() throws {
        let result = try Self.oxfordImport.get()
        #expect(result.fileErrors.isEmpty)
        #expect(
            result.rowErrors.map(\.headline) == [
                "sample-data/sources/oxford/data/expenditure-over-500-jan-mar-2014.csv:3861:2: error: organisation.name: expected a value, found no value in column 'organisational_unit'"
            ])
        let items = result.ledger.lineItems
        #expect(items.count == 61_528)
        #expect(items.reduce(0) { $0 + $1.amount } == 22_821_015_540)
        #expect(items.filter { $0.kind == "refund" }.count == 84)
        let estimated = items.filter(\.dateEstimated)
        #expect(estimated.count == 3_836)
        #expect(estimated.allSatisfy { $0.id.hasPrefix("apr-jun-2014:") && $0.date.description == "2014-04-01" })
        #expect(!items.contains { !$0.dateEstimated && $0.id.hasPrefix("apr-jun-2014:") })

        let redacted = result.ledger.vendors.filter { $0.name.lowercased().hasPrefix("redacted") }
        #expect(redacted.map { "\($0.name) \($0.kind)" } == ["Redacted personal data individual"])
        #expect(items.filter { $0.vendor == redacted.first?.id }.count == 678)

        #expect(try Self.committed("oxford", equals: LedgerWriter.files(result.ledger, layout: .folder)), "regenerate with sample-data/sources/regenerate.sh")
    }

    @Test("Oxford: the rows read from each file are those SOURCE.md lists")
    func oxfordRowCounts() throws {
        let result = try Self.oxfordImport.get()
        let source = try String(contentsOf: Self.sampleData.appendingPathComponent("sources/oxford/SOURCE.md"), encoding: .utf8)
        // Table rows such as "| jan-mar-2014 | 3,860 (3,859 line items + 1 junk row) | 6 |".
        var listed: [String: Int] = [:]
        for line in source.split(separator: "\n") where line.hasPrefix("| ") {
            let cells = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            guard cells.count == 3, let rows = Int(cells[1].prefix { $0 != " " }.replacingOccurrences(of: ",", with: "")) else { continue }
            listed[cells[0]] = rows
        }
        #expect(listed.count == 17)
        let read = Dictionary(uniqueKeysWithValues: result.files.map { report in
            (String(report.path.split(separator: "/").last!.dropFirst("expenditure-over-500-".count).dropLast(".csv".count)), report.rows)
        })
        #expect(read == listed)
        #expect(result.files.map(\.badRows).reduce(0, +) == 1)
    }

    @Test("Boston: 3,228 budget lines FY2022–FY2025 with the totals SOURCE.md gives, 22 CityScore KPIs, a valid ledger")
    func boston() throws {
        let result = try Self.importSources("boston", map: "boston.map.json")
        #expect(result.fileErrors.isEmpty && result.rowErrors.isEmpty)
        #expect(result.files.map(\.rows) == [115, 943])
        let lines = result.ledger.budgetLines
        #expect(lines.count == 3_228)
        var totals: [Int: Int64] = [:]
        for line in lines { totals[line.fiscalYear, default: 0] += line.amount }
        #expect(totals == [2022: 383_863_171_566, 2023: 405_968_943_760, 2024: 429_216_410_310, 2025: 463_692_467_023])
        #expect(result.ledger.kpis.count == 22)
        let budgetOrganisations = Set(lines.map { $0.codes["organisation"]! })
        #expect(result.ledger.kpis.allSatisfy { kpi in budgetOrganisations.contains { $0.hasPrefix(kpi.organisation + "/") } })

        let load = ImportFixture.load(result.ledger)
        #expect(load.diagnostics.diagnostics.map(\.headline) == [])
        #expect(try Self.committed("boston", equals: LedgerWriter.files(result.ledger, layout: .folder)), "regenerate with sample-data/sources/regenerate.sh")
    }
}
