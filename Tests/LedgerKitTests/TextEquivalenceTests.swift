import LedgerKit
import Testing
import TestSupport

/// Texts that Swift's `String` treats as equal (canonical equivalence) but the format treats as
/// different bytes, and number literals longer than a message excerpt.
@Suite("Byte-exact texts and long literals")
struct TextEquivalenceTests {
    @Test("a currency code with a KELVIN SIGN is not KWD")
    func kelvinCurrency() {
        let load = LedgerFixture.load(LedgerDocument().text.replacingOccurrences(of: "\"USD\"", with: "\"\u{212A}WD\""))
        #expect(load.report == [
            "ledger.json:3:50: error: $.publisher.currency: expected an ISO 4217 currency code such as \"USD\" or \"JPY\", found \"\u{212A}WD\"",
        ])
    }

    @Test("two unknown keys that differ only in Unicode normalisation are two keys, not one repeated")
    func unknownKeysByBytes() {
        // Built by hand: JSONObject.with compares keys as Strings and would merge the two.
        let item = String(JSONObject.lineItem().text.dropLast()) + ", \"caf\u{E9}\": 1, \"cafe\u{301}\": 2}"
        let load = LedgerFixture.loadLines([item])
        #expect(load.ledger.lineItems.count == 1)
        #expect(load.diagnostics.errorCount == 0)
        #expect(load.diagnostics.warningCount == 2)
    }

    @Test("a KPI value longer than a message excerpt is read whole")
    func longKPIValue() throws {
        let value = "95." + String(repeating: "0", count: 60) + "1"
        var document = LedgerDocument()
        document.kpis = [JSONObject.kpi().with("observations", #"[{"period": "2025-01", "value": \#(value)}]"#).text]
        let load = LedgerFixture.load(document.text)
        #expect(load.report == [])
        let observation = try #require(load.ledger.kpis.first?.observations.first)
        #expect(observation.value == 95.0)
    }
}
