import Analytics
import Foundation
import LedgerKit
import Testing
import TestSupport

/// Property: the indexed query core (zone maps, the organisation index, the text index, tests
/// chunk by chunk) selects exactly the rows, and reports exactly the groups, of a plain scan
/// written here without any of the engine's code — for random filters and groupings, on the
/// sample ledgers as published (rows clustered by date) and with their line items shuffled (so
/// that no index can lean on clustering).
@Suite("Indexed queries equal a plain scan")
struct IndexedQueryPropertyTests {
    static let ledgers = ["riverton", "aozora", "riverton shuffled"]

    static let references: [String: ReferenceScan] = {
        var references: [String: ReferenceScan] = [:]
        for name in ledgers {
            let load = name.hasSuffix(" shuffled") ? shuffled(String(name.dropLast(9))) : published(name)
            if let load, load.isValid { references[name] = ReferenceScan(LedgerStore(load.ledger)) }
        }
        return references
    }()

    @Test("select gives the rows of a plain scan", arguments: ledgers, 0..<20)
    func selection(_ name: String, seed: Int) throws {
        let reference = try #require(Self.references[name], "sample-data must load")
        var random = SeededRandom(seed: UInt64(seed) &* 104_729 &+ 17)
        for _ in 0..<3 {
            let filter = reference.randomFilter(&random)
            let selection = reference.store.select(filter)
            let rows = reference.rows(filter)
            #expect(selection.rows == rows, "\(name): \(filter)")
            let measures = reference.store.measures(of: selection)
            #expect(ReferenceScan.totals(measures) == reference.totals(rows), "\(name): \(filter)")
        }
    }

    @Test("reports give the groups of a plain scan", arguments: ledgers, 0..<20)
    func report(_ name: String, seed: Int) throws {
        let reference = try #require(Self.references[name], "sample-data must load")
        var random = SeededRandom(seed: UInt64(seed) &* 7_919 &+ 3)
        let filter = reference.randomFilter(&random)
        let grouping = GroupTotalsPropertyTests.randomGrouping(reference.store, &random)
        let expected = reference.groups(filter, grouping)
        let report = reference.store.report(filter, groupedBy: grouping)
        #expect(ReferenceScan.measures(report) == expected, "\(name): \(filter) by \(grouping)")
        let fromSelection = reference.store.report(reference.store.select(filter), groupedBy: grouping)
        #expect(ReferenceScan.measures(fromSelection) == expected, "\(name): \(filter) by \(grouping), from the selection")
        #expect(report.rows.map(\.key) == fromSelection.rows.map(\.key), "the same order either way")
    }

    @Test("text search finds every field, any ASCII case, and nothing else")
    func textSearch() throws {
        let reference = try #require(Self.references["riverton"], "sample-data must load")
        let items = reference.store.ledger.lineItems
        let vendors = reference.store.ledger.vendors
        let row = items.count / 2
        let texts = [
            items.ids[row], items.references[row], items.descriptions[row].uppercased(),
            vendors.names[Int(items.vendors[row])].lowercased(), String(items.ids[row].suffix(3)), "e", "-2",
            "no such text anywhere", "\u{1F600}",
        ]
        for text in texts {
            let filter = LineItemFilter(kinds: Set(LineItemKind.allCases), text: text)
            let rows = reference.store.select(filter).rows
            #expect(rows == reference.rows(filter), "\"\(text)\"")
            if text.count > 1 && !text.hasPrefix("no such") && text != "\u{1F600}" { #expect(rows.contains(Int32(row)), "\"\(text)\"") }
        }
    }

    // MARK: - Ledgers

    /// A sample ledger as published.
    static func published(_ name: String) -> LedgerLoad? {
        guard let sources = try? LedgerDiscovery.discover([sampleData(name).path]), let source = sources.first else { return nil }
        return LedgerLoader.load(source)
    }

    /// A sample ledger with every line item in one file, in a seeded random order.
    static func shuffled(_ name: String) -> LedgerLoad? {
        let folder = sampleData(name)
        guard let files = FileManager.default.enumerator(atPath: folder.path)?.compactMap({ $0 as? String }).sorted() else { return nil }
        var documents: [(name: String, text: String)] = []
        var lines: [String] = []
        for file in files where file.hasSuffix(".json") || file.hasSuffix(".jsonl") {
            guard let text = try? String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8) else { return nil }
            if file.hasSuffix(".jsonl") {
                lines += text.split(separator: "\n").map(String.init)
            } else {
                documents.append((file == "ledger.json" ? file : file.replacingOccurrences(of: "/", with: "-"), text))
            }
        }
        var random = SeededRandom(seed: 42)
        lines.shuffle(using: &random)
        documents.sort { ($0.name == "ledger.json" ? 0 : 1, $0.name) < ($1.name == "ledger.json" ? 0 : 1, $1.name) }
        return LedgerFixture.load(documents + [("items.jsonl", lines.joined(separator: "\n"))])
    }

    static func sampleData(_ name: String) -> URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("sample-data").appendingPathComponent(name)
    }
}
