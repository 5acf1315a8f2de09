import LedgerKit
import Testing
import TestSupport

/// What a valid ledger loads into: every section, every field, merged across files.
@Suite("Ledger contents")
struct LedgerContentsTests {
    static let classifications = """
        {"organisation": [{"code": "PW", "name": "Public Works", "parent": null}, \
        {"code": "PW-STR", "name": "Street Maintenance", "parent": "PW", "description": "Roads and pavements"}, \
        {"code": "LIB", "name": "Public Library"}], \
        "category": [{"code": "CONT", "name": "Contractual services"}, {"code": "PERS", "name": "Personnel"}], \
        "fund": [{"code": "GF", "name": "General Fund"}, {"code": "RD", "name": "Road Fund"}], \
        "function": [{"code": "04", "name": "Economic affairs"}, {"code": "04.5", "name": "Transport", "parent": "04"}], \
        "region": [{"code": "N", "name": "North ward"}]}
        """

    static func fullLedger() -> LedgerLoad {
        var root = LedgerDocument()
        root.classifications = classifications
        root.vendors = [JSONObject.vendor().text, JSONObject.vendor(id: "V-2", name: "Friends of the Library", kind: "non-profit").text]
        let budget = LedgerDocument.part(budgetLines: [
            JSONObject.budgetLine(amount: "\"250000.00\"").with("function", "\"04.5\"").with("region", "\"N\"").with("description", "\"Street repairs\"").text,
            JSONObject.budgetLine(id: "BL-2", fiscalYear: 2026, amount: "410000").with("organisation", "\"LIB\"").with("category", "\"PERS\"")
                .with("phase", "\"proposed\"").text,
        ]).text
        let kpis = LedgerDocument.part(kpis: [
            JSONObject.kpi(frequency: "quarterly").with("direction", "\"lower\"").with("description", "\"Median days\"")
                .with("baseline", #"{"period": "FY2024-Q3", "value": 6.5}"#)
                .with("targets", #"[{"period": "FY2025-Q3", "value": 5}, {"period": "FY2025-Q1", "value": 5.5}]"#)
                .with("observations", #"[{"period": "FY2025-Q2", "value": 4.8}, {"period": "FY2025-Q1", "value": -0.0}]"#).text,
        ]).text
        let spending = [
            JSONObject.lineItem(id: "LI-1", date: "2025-01-06", kind: "obligation", amount: "\"120000.00\"").with("fund", "\"RD\"")
                .with("function", "\"04.5\"").with("region", "\"N\"").with("reference", "\"PO-41\"").with("budgetLine", "\"BL-1\"")
                .with("description", "\"Resurfacing, Elm St\""),
            JSONObject.lineItem(id: "LI-2", date: "2025-02-03", amount: "1840.5")
                .with("vendor", #"{"id": "V-I-7", "name": "Jordan Okafor", "kind": "individual"}"#).with("dateEstimated", "true"),
            JSONObject.lineItem(id: "LI-3", date: "2025-03-31", kind: "refund", amount: "\"-12.34\"").with("vendor", "\"V-I-7\"")
                .with("organisation", "\"PW\"").with("dateEstimated", "false"),
        ].map(\.text).joined(separator: "\n")
        return LedgerFixture.load([("ledger.json", root.text), ("budget/fy2025.json", budget), ("kpis.json", kpis), ("spending/q3.jsonl", spending)])
    }

    @Test("files, publisher and classifications")
    func structure() throws {
        let load = Self.fullLedger()
        #expect(load.report == [])
        let ledger = load.ledger
        #expect(ledger.files.map(\.path) == ["budget/fy2025.json", "kpis.json", "ledger.json", "spending/q3.jsonl"])
        #expect(ledger.currency.code == "USD")
        #expect(ledger.calendar == FiscalCalendar(startMonth: 7, startDay: 1, naming: .end))
        #expect(ledger.fiscalYears == [2025, 2026])

        // Codes are numbered in order of first appearance, uses included, in reading order:
        // budget/fy2025.json names PW-STR and LIB before ledger.json defines PW.
        let organisation = ledger.classification(.organisation)
        #expect(organisation.codes == ["PW-STR", "LIB", "PW"])
        #expect(organisation.names == ["Street Maintenance", "Public Library", "Public Works"])
        #expect(organisation.parents == [2, -1, -1])
        #expect(organisation.descriptions == ["Roads and pavements", nil, nil])
        #expect(organisation.roots == [1, 2])
        #expect(organisation.depth(of: 0) == 1)
        #expect(organisation.index(ofCode: "LIB") == 1)
        #expect(ledger.classification(.function).codes == ["04.5", "04"])
        #expect(ledger.classification(.function).parents == [1, -1])
        #expect(ledger.classification(.region).codes == ["N"])
        #expect(ledger.classification(.fund).codes == ["GF", "RD"])

        #expect(ledger.vendors.ids == ["V-1", "V-2", "V-I-7"])
        #expect(ledger.vendors.names == ["Paving Co.", "Friends of the Library", "Jordan Okafor"])
        #expect(ledger.vendors.kinds == [.business, .nonProfit, .individual])
        #expect(ledger.vendors.count == 3)
    }

    @Test("budget lines, line items and KPIs, field by field")
    func records() throws {
        let ledger = Self.fullLedger().ledger
        let organisation = ledger.classification(.organisation)
        let function = ledger.classification(.function)

        #expect(ledger.budgetLines.count == 2)
        let first = ledger.budgetLines[0]
        #expect(first.id == "BL-1")
        #expect(first.fiscalYear == 2025)
        #expect(organisation.codes[Int(first.organisation)] == "PW-STR")
        #expect(ledger.classification(.category).codes[Int(first.category)] == "CONT")
        #expect(ledger.classification(.fund).codes[Int(first.fund)] == "GF")
        #expect(function.codes[Int(first.function)] == "04.5")
        #expect(first.region == 0)
        #expect(first.phase == .adopted)
        #expect(first.amount == 25_000_000)
        #expect(first.description == "Street repairs")
        #expect(first.source == RecordSource(file: 0, line: 4))
        let second = ledger.budgetLines[1]
        #expect((second.id, second.fiscalYear, second.phase, second.amount, second.function, second.region) == ("BL-2", 2026, .proposed, 41_000_000, -1, -1))
        #expect(second.description == nil)

        let items = ledger.lineItems
        #expect(items.count == 3)
        #expect((0..<3).map { items.ids[$0] } == ["LI-1", "LI-2", "LI-3"])
        #expect((0..<3).map { items.date($0).description } == ["2025-01-06", "2025-02-03", "2025-03-31"])
        #expect(items.kinds == [.obligation, .payment, .refund])
        #expect(items.amounts == [12_000_000, 184_050, -1_234])
        #expect(items.organisations.map { organisation.codes[Int($0)] } == ["PW-STR", "PW-STR", "PW"])
        #expect(items.funds.map { ledger.classification(.fund).codes[Int($0)] } == ["RD", "GF", "GF"])
        #expect(Array(items.functions) == [0, -1, -1])
        #expect(Array(items.regions) == [0, -1, -1])
        #expect(items.vendors.map { ledger.vendors.ids[Int($0)] } == ["V-1", "V-I-7", "V-I-7"])
        #expect(items.budgetLines == [0, -1, -1])
        #expect(Array(items.dateEstimated) == [false, true, false])
        #expect((0..<3).map { items.descriptions[$0] } == ["Resurfacing, Elm St", "", ""])
        #expect((0..<3).map { items.references[$0] } == ["PO-41", "", ""])
        #expect(Array(items.sources) == [RecordSource(file: 3, line: 1), RecordSource(file: 3, line: 2), RecordSource(file: 3, line: 3)])
        #expect(items.descriptions.withUTF8(at: 0) { Array($0) } == Array("Resurfacing, Elm St".utf8))

        #expect(ledger.kpis.count == 1)
        let kpi = ledger.kpis[0]
        #expect((kpi.id, kpi.name, kpi.unit, kpi.direction, kpi.frequency) == ("KPI-1", "Potholes filled", "%", .lower, .quarterly))
        #expect(organisation.codes[Int(kpi.organisation)] == "PW")
        #expect(kpi.baseline?.period == .fiscalQuarter(fiscalYear: 2024, quarter: 3))
        #expect(kpi.baseline?.value == 6.5)
        #expect(kpi.targets.map(\.period.description) == ["FY2025-Q1", "FY2025-Q3"])
        #expect(kpi.targets.map(\.value) == [5.5, 5])
        #expect(kpi.observations.map(\.period.description) == ["FY2025-Q1", "FY2025-Q2"])
        #expect(kpi.observations.map(\.value) == [0, 4.8])
        #expect(kpi.description == "Median days")
        #expect(kpi.source == RecordSource(file: 1, line: 4))
    }

    @Test("a line item's budget line is found by position even after an invalid budget line")
    func budgetLineResolution() {
        var root = LedgerDocument()
        root.budgetLines = [JSONObject.budgetLine(id: "BL-X").with("phase", "\"final\"").text, JSONObject.budgetLine(id: "BL-2").text,
            JSONObject.budgetLine(id: "BL-3").text]
        root.lineItems = [JSONObject.lineItem(id: "A").with("budgetLine", "\"BL-3\"").text, JSONObject.lineItem(id: "B").with("budgetLine", "\"BL-X\"").text,
            JSONObject.lineItem(id: "C").with("budgetLine", "\"BL-2\"").text]
        let load = LedgerFixture.load(root.text)
        #expect(load.report == ["ledger.json:9:109: error: $.budgetLines[0].phase: expected one of 'proposed', 'adopted', 'revised', 'executed', found \"final\""])
        #expect(load.ledger.budgetLines.map(\.id) == ["BL-2", "BL-3"])
        #expect(load.ledger.lineItems.budgetLines == [1, -1, 0])
    }

    @Test("without a publisher the ledger falls back to USD and the calendar year")
    func fallbacks() {
        var root = LedgerDocument()
        root.publisher = nil
        let ledger = LedgerFixture.load(root.text).ledger
        #expect(ledger.publisher == nil)
        #expect(ledger.currency.code == "USD")
        #expect(ledger.calendar == .calendarYear)
        #expect(ledger.classification(.region).isEmpty)
    }
}
