import Foundation
import LedgerKit
import SampleLedgers
import Testing

/// A generated ledger read back with `JSONSerialization`, into plain values tests can check.
struct ParsedLedger: Sendable {
    struct Node: Sendable {
        var code: String
        var parent: String?
    }

    struct Vendor: Sendable {
        var id: String
        var name: String
        var kind: String
    }

    struct BudgetLine: Sendable {
        var id: String
        var fiscalYear: Int
        var organisation: String
        var category: String
        var fund: String
        var function: String?
        var phase: String
        var amount: Int64
    }

    struct LineItem: Sendable {
        var file: String
        var id: String
        var date: String
        var dateEstimated: Bool
        var organisation: String
        var category: String
        var fund: String
        var region: String?
        var vendor: String
        var inlineVendor: Vendor?
        var kind: String
        var amount: Int64
        var description: String
        var reference: String?
        var budgetLine: String?

        /// `YYYY-MM` of the date.
        var month: String { String(date.prefix(7)) }
    }

    struct Observation: Sendable {
        var period: String
        var value: Double
    }

    struct KPI: Sendable {
        var id: String
        var organisation: String
        var direction: String
        var frequency: String
        var baseline: Observation?
        var targets: [Observation]
        var observations: [Observation]
    }

    var currency = ""
    var decimals = 0
    var calendar = FiscalCalendar.calendarYear
    var asOf = ""
    var language = ""
    var classifications: [String: [Node]] = [:]
    var vendors: [Vendor] = []
    var budgetLines: [BudgetLine] = []
    var lineItems: [LineItem] = []
    var kpis: [KPI] = []

    /// Codes of a classification.
    func codes(_ classification: String) -> Set<String> {
        Set(classifications[classification, default: []].map(\.code))
    }

    /// An empty ledger.
    init() {}

    /// Parses every file; throws (recording an issue) at the first malformed value.
    init(_ files: [GeneratedFile]) throws {
        for file in files {
            if file.path.hasSuffix(".jsonl") {
                for (index, line) in file.bytes.split(separator: 0x0A).enumerated() {
                    let object = try #require(try JSONSerialization.jsonObject(with: Data(line)) as? [String: Any], "\(file.path):\(index + 1)")
                    try lineItems.append(ParsedLedger.lineItem(object, file: file.path, decimals: decimals))
                }
            } else if file.path.hasSuffix(".json") {
                let document = try #require(try JSONSerialization.jsonObject(with: Data(file.bytes)) as? [String: Any], "\(file.path)")
                #expect(document["format"] as? String == "govlens-ledger/1", "\(file.path)")
                try read(document)
            }
        }
    }

    private mutating func read(_ document: [String: Any]) throws {
        if let publisher = document["publisher"] as? [String: Any] {
            currency = try #require(publisher["currency"] as? String)
            decimals = currency == "JPY" ? 0 : 2
            let start = try #require(publisher["fiscalYearStart"] as? [String: Any])
            let naming = try #require((publisher["fiscalYearNaming"] as? String).flatMap(FiscalCalendar.Naming.init(rawValue:)))
            calendar = FiscalCalendar(startMonth: try #require(start["month"] as? Int), startDay: try #require(start["day"] as? Int), naming: naming)
            asOf = try #require(publisher["asOf"] as? String)
            language = try #require(publisher["language"] as? String)
        }
        if let sections = document["classifications"] as? [String: [[String: Any]]] {
            for (name, nodes) in sections {
                classifications[name] = try nodes.map { Node(code: try #require($0["code"] as? String), parent: $0["parent"] as? String) }
            }
        }
        for vendor in document["vendors"] as? [[String: Any]] ?? [] {
            vendors.append(Vendor(id: try #require(vendor["id"] as? String), name: try #require(vendor["name"] as? String), kind: try #require(vendor["kind"] as? String)))
        }
        for line in document["budgetLines"] as? [[String: Any]] ?? [] {
            budgetLines.append(BudgetLine(
                id: try #require(line["id"] as? String), fiscalYear: try #require(line["fiscalYear"] as? Int),
                organisation: try #require(line["organisation"] as? String), category: try #require(line["category"] as? String),
                fund: try #require(line["fund"] as? String), function: line["function"] as? String, phase: try #require(line["phase"] as? String),
                amount: try ParsedLedger.minorUnits(line["amount"], decimals: decimals)
            ))
        }
        for kpi in document["kpis"] as? [[String: Any]] ?? [] {
            func series(_ key: String) throws -> [Observation] {
                try (kpi[key] as? [[String: Any]] ?? []).map(ParsedLedger.observation)
            }
            kpis.append(KPI(
                id: try #require(kpi["id"] as? String), organisation: try #require(kpi["organisation"] as? String),
                direction: try #require(kpi["direction"] as? String), frequency: try #require(kpi["frequency"] as? String),
                baseline: try (kpi["baseline"] as? [String: Any]).map(ParsedLedger.observation),
                targets: try series("targets"), observations: try series("observations")
            ))
        }
    }

    private static func observation(_ object: [String: Any]) throws -> Observation {
        Observation(period: try #require(object["period"] as? String), value: try #require((object["value"] as? NSNumber)?.doubleValue))
    }

    private static func lineItem(_ object: [String: Any], file: String, decimals: Int) throws -> LineItem {
        var vendorID = object["vendor"] as? String
        var inline: Vendor?
        if let vendor = object["vendor"] as? [String: Any] {
            inline = Vendor(id: try #require(vendor["id"] as? String), name: try #require(vendor["name"] as? String), kind: try #require(vendor["kind"] as? String))
            vendorID = inline?.id
        }
        return LineItem(
            file: file, id: try #require(object["id"] as? String), date: try #require(object["date"] as? String),
            dateEstimated: object["dateEstimated"] as? Bool ?? false,
            organisation: try #require(object["organisation"] as? String), category: try #require(object["category"] as? String),
            fund: try #require(object["fund"] as? String), region: object["region"] as? String, vendor: try #require(vendorID),
            inlineVendor: inline, kind: try #require(object["kind"] as? String),
            amount: try minorUnits(object["amount"], decimals: decimals), description: object["description"] as? String ?? "",
            reference: object["reference"] as? String, budgetLine: object["budgetLine"] as? String
        )
    }

    /// Reads an amount string ("-1234.56") into minor units, checking its shape.
    static func minorUnits(_ value: Any?, decimals: Int) throws -> Int64 {
        let text = try #require(value as? String, "amounts are written as strings")
        let negative = text.hasPrefix("-")
        let parts = text.dropFirst(negative ? 1 : 0).split(separator: ".", omittingEmptySubsequences: false)
        try #require(parts.count == (decimals > 0 ? 2 : 1), "amount \(text) has \(decimals) decimals")
        try #require(parts.allSatisfy { !$0.isEmpty && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }, "amount \(text)")
        if decimals > 0 { try #require(parts[1].count == decimals, "amount \(text)") }
        let magnitude = try #require(Int64(parts.joined()))
        return negative ? -magnitude : magnitude
    }
}

/// The sample ledgers, generated and parsed once for all tests.
enum Samples {
    static let rivertonFiles = SampleLedgers.riverton()
    static let aozoraFiles = SampleLedgers.aozora()
    static let riverton = parse(rivertonFiles)
    static let aozora = parse(aozoraFiles)

    private static func parse(_ files: [GeneratedFile]) -> ParsedLedger {
        do {
            return try ParsedLedger(files)
        } catch {
            Issue.record("cannot parse a generated ledger: \(error)")
            return ParsedLedger()
        }
    }
}
