import LedgerKit
import Testing
import TestSupport

/// Checks that need more than one value: KPI periods against the frequency, inline vendors
/// against earlier definitions, dates against the budget and the as-of date, running totals.
@Suite("Record checks")
struct RecordCheckTests {
    static let item = JSONObject.lineItem()

    static func rootWith(_ edit: (inout LedgerDocument) -> Void) -> String {
        var document = LedgerDocument()
        edit(&document)
        return document.text
    }

    static func periods(_ values: [String]) -> String {
        "[" + values.map { "{\"period\": \"\($0)\", \"value\": 1}" }.joined(separator: ", ") + "]"
    }

    static let kpiCases: [BrokenCase] = [
        BrokenCase("monthly KPI: periods of another frequency, a period twice", edit: {
            $0.kpis = [JSONObject.kpi(frequency: "monthly").with("baseline", #"{"period": "FY2024", "value": 1}"#)
                .with("targets", periods(["FY2025-Q1", "2025-01", "2025-01"])).with("observations", periods(["2025-01", "FY2025"])).text]
        }, [
            "ledger.json:9:153: error: $.kpis[0].baseline.period: expected a monthly period (like \"2024-07\"), found \"FY2024\"",
            "ledger.json:9:199: error: $.kpis[0].targets[0].period: expected a monthly period (like \"2024-07\"), found \"FY2025-Q1\"",
            "ledger.json:9:271: error: $.kpis[0].targets[2].period: expected each period once, found \"2025-01\" again\nledger.json:9:236: note: \"2025-01\" first given here",
            "ledger.json:9:359: error: $.kpis[0].observations[1].period: expected a monthly period (like \"2024-07\"), found \"FY2025\"",
        ]),
        BrokenCase("quarterly and annual KPIs", edit: {
            $0.kpis = [JSONObject.kpi(id: "Q", frequency: "quarterly").with("targets", periods(["FY2025-Q4", "2025-01", "FY2025-Q4"])).text,
                JSONObject.kpi(id: "A", frequency: "annual").with("observations", periods(["FY2025", "FY2025-Q4"])).text]
        }, [
            "ledger.json:9:188: error: $.kpis[0].targets[1].period: expected a quarterly period (like \"FY2025-Q1\"), found \"2025-01\"",
            "ledger.json:9:223: error: $.kpis[0].targets[2].period: expected each period once, found \"FY2025-Q4\" again\nledger.json:9:151: note: \"FY2025-Q4\" first given here",
            "ledger.json:10:187: error: $.kpis[1].observations[1].period: expected an annual period (like \"FY2025\"), found \"FY2025-Q4\"",
        ]),
        BrokenCase("a period may be both a target and an observation", edit: {
            $0.kpis = [JSONObject.kpi().with("targets", periods(["2025-01"])).with("observations", periods(["2025-01"])).text]
        }, []),
    ]

    @Test("KPI periods fit the frequency and are given once", arguments: kpiCases)
    func kpiPeriods(_ brokenCase: BrokenCase) {
        let load = brokenCase.check()
        #expect(load.ledger.kpis.count == (brokenCase.expected.isEmpty ? 1 : 0))
    }

    static let inline = #"{"id": "V-9", "name": "Jordan Okafor", "kind": "individual"}"#

    static func spending(_ items: [JSONObject]) -> [(name: String, text: String)] {
        [("ledger.json", LedgerDocument().text), ("spending.jsonl", items.map(\.text).joined(separator: "\n"))]
    }

    /// `spending.jsonl` is read after `ledger.json` (code-point order), so its vendors entry `V-1` comes first.
    static let vendorCase = BrokenCase("inline vendors: repeated, referenced, redefined", files: spending([
        JSONObject.lineItem(id: "A").with("vendor", inline),
        JSONObject.lineItem(id: "B").with("vendor", inline),
        JSONObject.lineItem(id: "C").with("vendor", "\"V-9\""),
        JSONObject.lineItem(id: "D").with("vendor", #"{"id": "V-9", "name": "J. Okafor", "kind": "individual"}"#),
        JSONObject.lineItem(id: "E").with("vendor", #"{"id": "V-9", "name": "Jordan Okafor", "kind": "business"}"#),
        JSONObject.lineItem(id: "F").with("vendor", JSONObject.vendor().text),
        JSONObject.lineItem(id: "G").with("vendor", JSONObject.vendor(name: "Paving Company").text),
        JSONObject.lineItem(id: "H").with("vendor", #"{"id": "V-10", "kind": "alien"}"#),
    ]), [
        "spending.jsonl:4:112: error: $.vendor.id: expected vendor 'V-9' to have the same name and kind as where it is first defined, found a different one\nspending.jsonl:1:112: note: vendor 'V-9' first defined here",
        "spending.jsonl:5:112: error: $.vendor.id: expected vendor 'V-9' to have the same name and kind as where it is first defined, found a different one\nspending.jsonl:1:112: note: vendor 'V-9' first defined here",
        "spending.jsonl:7:112: error: $.vendor.id: expected vendor 'V-1' to have the same name and kind as where it is first defined, found a different one\nledger.json:6:12: note: vendor 'V-1' first defined here",
        "spending.jsonl:8:128: error: $.vendor.kind: expected one of 'business', 'individual', 'government', 'non-profit', found \"alien\"",
        "spending.jsonl:8:105: error: $.vendor: expected the required key 'name', found none",
    ])

    @Test("an inline vendor defines the vendor; a different redefinition is an error at it")
    func inlineVendors() {
        let load = Self.vendorCase.check()
        #expect(load.ledger.vendors.ids == ["V-1", "V-9"])
        #expect(load.ledger.vendors.names == ["Paving Co.", "Jordan Okafor"])
        #expect(load.ledger.vendors.kinds == [.business, .individual])
        #expect(load.lineItemIds == ["A", "B", "C", "D", "E", "F", "G"])
        #expect(load.ledger.lineItems.vendors == [1, 1, 1, 1, 1, 0, 0])
    }

    static let moreVendorCases: [BrokenCase] = [
        BrokenCase("a vendors entry read after an identical inline definition", files: [
            ("a.jsonl", JSONObject.lineItem().text), ("ledger.json", LedgerDocument().text),
        ].reversed(), []),
        BrokenCase("a vendors entry read after a different inline definition", files: [
            ("ledger.json", LedgerDocument().text), ("a.jsonl", JSONObject.lineItem().with("vendor", JSONObject.vendor(kind: "government").text).text),
        ], [
            "ledger.json:6:12: error: $.vendors[0].id: expected vendor 'V-1' to have the same name and kind as where it is first defined, found a different one\na.jsonl:1:115: note: vendor 'V-1' first defined here",
        ]),
        BrokenCase("names compared byte for byte: NFC and NFD differ", files: spending([
            JSONObject.lineItem(id: "A").with("vendor", JSONObject.vendor(id: "V-2", name: "Caf\u{E9}").text),
            JSONObject.lineItem(id: "B").with("vendor", JSONObject.vendor(id: "V-2", name: "Cafe\u{301}").text),
        ]), [
            "spending.jsonl:2:112: error: $.vendor.id: expected vendor 'V-2' to have the same name and kind as where it is first defined, found a different one\nspending.jsonl:1:112: note: vendor 'V-2' first defined here",
        ]),
        BrokenCase("two vendors entries with the same id, even identical", edit: {
            $0.vendors = [JSONObject.vendor().text, JSONObject.vendor().text]
        }, [
            "ledger.json:7:12: error: $.vendors[1].id: expected a unique vendor id, found 'V-1' again\nledger.json:6:12: note: 'V-1' first defined here",
        ]),
        BrokenCase("KPI ids compared byte for byte", edit: {
            $0.kpis = [JSONObject.kpi(id: "K-Caf\u{E9}").text, JSONObject.kpi(id: "K-Cafe\u{301}").text]
        }, []),
    ]

    @Test("vendor definitions in reading order, compared byte for byte", arguments: moreVendorCases)
    func moreVendors(_ brokenCase: BrokenCase) {
        brokenCase.check()
    }

    static let dateCases: [BrokenCase] = [
        BrokenCase("dates outside the budgeted years (FY2024 and FY2026: FY2025 is a gap) and after the as-of date", files: [
            ("ledger.json", rootWith {
                $0.budgetLines = [JSONObject.budgetLine(fiscalYear: 2024).text, JSONObject.budgetLine(id: "BL-2", fiscalYear: 2026).text]
                $0.lineItems = [JSONObject.lineItem(id: "A", date: "2023-06-30").text, JSONObject.lineItem(id: "B", date: "2023-07-01").text,
                    JSONObject.lineItem(id: "C", date: "2024-07-01").text, JSONObject.lineItem(id: "D", date: "2025-03-31").text]
            }),
            ("items.jsonl", [JSONObject.lineItem(id: "E", date: "2025-08-01").text, JSONObject.lineItem(id: "F", date: "2025-04-01").text,
                JSONObject.lineItem(id: "G", date: "2026-07-01").text].joined(separator: "\n")),
        ], [
            "items.jsonl:1: warning: $.date: expected dates up to the ledger's as-of date 2025-03-31, found 2025-08-01 (and 2 more line items in this file)",
            "items.jsonl:2: warning: $.date: expected a date in the fiscal years with budget lines (FY2024, FY2026), found 2025-04-01 (and 1 more line item in this file)",
            "ledger.json:13: warning: $.lineItems[0].date: expected a date in the fiscal years with budget lines (FY2024, FY2026), found 2023-06-30 (and 2 more line items in this file)",
        ]),
        BrokenCase("consecutive budgeted years are one range", files: [
            ("ledger.json", rootWith {
                $0.budgetLines = [JSONObject.budgetLine(fiscalYear: 2025).text, JSONObject.budgetLine(id: "BL-2", fiscalYear: 2024).text]
                $0.lineItems = [JSONObject.lineItem(id: "A", date: "2023-06-30").text, JSONObject.lineItem(id: "B", date: "2025-03-31").text]
            }),
        ], [
            "ledger.json:13: warning: $.lineItems[0].date: expected a date in the fiscal years with budget lines (FY2024–FY2025), found 2023-06-30",
        ]),
        BrokenCase("without budget lines no date is outside the budget", files: [
            ("ledger.json", rootWith { $0.lineItems = [JSONObject.lineItem(id: "A", date: "1990-01-01").text] }),
        ], []),
    ]

    @Test("line-item dates: warnings per file, at the first such line item", arguments: dateCases)
    func dates(_ brokenCase: BrokenCase) {
        let load = brokenCase.check()
        #expect(load.diagnostics.errorCount == 0)
    }

    @Test("a sum beyond Int64 is an error at the amount that leaves the range; amounts that fit still load")
    func sumOverflow() {
        let half = "\"4611686018427387904\""  // 2^62 yen: two of them make 2^63, one more than Int64.max
        var document = LedgerDocument()
        document.publisher = JSONObject.publisher(currency: "JPY").text
        document.budgetLines = [JSONObject.budgetLine(amount: half).text, JSONObject.budgetLine(id: "BL-2", amount: half).text]
        document.lineItems = [JSONObject.lineItem(id: "A", amount: half).text, JSONObject.lineItem(id: "B", amount: "100").text,
            JSONObject.lineItem(id: "C", amount: half).text, JSONObject.lineItem(id: "D", amount: "1").text]
        let load = LedgerFixture.load(document.text)
        #expect(load.report == [
            "ledger.json:10:130: error: $.budgetLines[1].amount: expected the budget-line amounts to total within ±9223372036854775807 (64-bit minor units), found a total beyond it at this amount; amounts that do not fit are left out",
            "ledger.json:15:145: error: $.lineItems[2].amount: expected the line-item amounts to total within ±9223372036854775807 (64-bit minor units), found a total beyond it at this amount; amounts that do not fit are left out",
        ])
        #expect(load.ledger.budgetLines.map(\.id) == ["BL-1"])
        #expect(load.lineItemIds == ["A", "B", "D"])
    }

    @Test("amounts at the very edge of Int64 load exactly")
    func int64Edges() {
        var document = LedgerDocument()
        document.lineItems = [JSONObject.lineItem(id: "A", amount: "\"92233720368547758.07\"").text]
        let load = LedgerFixture.load(document.text)
        #expect(load.report == [])
        #expect(load.ledger.lineItems.amounts == [Int64.max])
    }

    @Test("the diagnostic cap keeps the first diagnostics and counts the rest", arguments: [0, 1, 3, 12])
    func diagnosticCap(limit: Int) {
        let refunds = (1...10).map { JSONObject.lineItem(id: "R\($0)", kind: "refund").text }
        let payments = (1...2).map { JSONObject.lineItem(id: "P\($0)", amount: "-1").text }
        let load = LedgerFixture.load([("ledger.json", LedgerDocument().text), ("items.jsonl", (refunds + payments).joined(separator: "\n"))],
            diagnosticLimit: limit)
        let all = (1...10).map { "items.jsonl:\($0):\($0 < 10 ? 141 : 142): error: $.amount: expected a negative amount for a refund (money returned), found 100.00" }
            + (11...12).map { "items.jsonl:\($0):142: warning: $.amount: expected a positive amount for a payment, found -1.00; record money returned as a refund" }
        #expect(load.report == Array(all.prefix(limit)))
        #expect(load.diagnostics.errorCount == 10)
        #expect(load.diagnostics.warningCount == 2)
        #expect(load.diagnostics.droppedCount == max(0, 12 - limit))
        #expect(load.diagnostics.hasErrors)
        #expect(!load.isValid)
    }
}
