import LedgerKit
import Testing
import TestSupport

/// Broken values inside valid JSON: wrong types, amounts, dates, enumerations, missing keys.
/// A value error loses only its record: the file goes on, and the next line item still loads.
@Suite("Broken ledgers: values")
struct BrokenValueTests {
    /// The standard document with two line items; the first has `amount` (raw JSON), in `currency`.
    /// The amount of line item 0 starts at line 9, column 148.
    static func amountCase(_ name: String, currency: String = "USD", _ amount: String, _ message: String) -> BrokenCase {
        BrokenCase(name, edit: {
            $0.publisher = JSONObject.publisher(currency: currency).text
            $0.lineItems = [JSONObject.lineItem().with("amount", amount).text, JSONObject.lineItem(id: "LI-2", amount: "100").text]
        }, ["ledger.json:9:148: error: $.lineItems[0].amount: \(message)"])
    }

    static let amountCases: [BrokenCase] = [
        amountCase("0.1 yen as a string", currency: "JPY", "\"0.1\"", "expected an amount with at most 0 decimal places (JPY), found \"0.1\""),
        amountCase("0.1 yen as a number", currency: "JPY", "0.1", "expected an amount with at most 0 decimal places (JPY), found 0.1"),
        amountCase("half a yen", currency: "JPY", "\"125000.5\"", "expected an amount with at most 0 decimal places (JPY), found \"125000.5\""),
        amountCase("three decimals in dollars", "\"1234.567\"", "expected an amount with at most 2 decimal places (USD), found \"1234.567\""),
        amountCase("four decimals in dinars", currency: "KWD", "\"1.2345\"", "expected an amount with at most 3 decimal places (KWD), found \"1.2345\""),
        amountCase("an exponent in a number", "1e5", "expected an amount without an exponent, found 1e5"),
        amountCase("an exponent in a string", "\"1.5E3\"", "expected an amount without an exponent, found \"1.5E3\""),
        amountCase("thousands separators", "\"1,234.00\"", "expected an amount (digits with an optional '-' and '.'), found \"1,234.00\""),
        amountCase("a currency symbol", "\"$12\"", "expected an amount (digits with an optional '-' and '.'), found \"$12\""),
        amountCase("a plus sign in a string", "\"+5\"", "expected an amount (digits with an optional '-' and '.'), found \"+5\""),
        amountCase("a leading space", "\" 5\"", "expected an amount (digits with an optional '-' and '.'), found \" 5\""),
        amountCase("a leading point", "\".5\"", "expected an amount (digits with an optional '-' and '.'), found \".5\""),
        amountCase("a trailing point", "\"12.\"", "expected an amount (digits with an optional '-' and '.'), found \"12.\""),
        amountCase("an empty string", "\"\"", "expected an amount (digits with an optional '-' and '.'), found \"\""),
        amountCase("a lone minus in a string", "\"-\"", "expected an amount (digits with an optional '-' and '.'), found \"-\""),
        amountCase("Arabic-Indic digits", "\"١٢\"", "expected an amount (digits with an optional '-' and '.'), found \"١٢\""),
        amountCase("a boolean", "true", "expected an amount (a decimal number or string), found true"),
        amountCase("null", "null", "expected an amount (a decimal number or string), found null"),
        amountCase("an array", "[1]", "expected an amount (a decimal number or string), found an array"),
        amountCase("an object", "{\"value\": 1}", "expected an amount (a decimal number or string), found an object"),
        amountCase("one cent beyond Int64", "\"92233720368547758.08\"", "expected an amount within ±92233720368547758.07 USD, found \"92233720368547758.08\""),
        amountCase("one cent beyond -Int64.max", "\"-92233720368547758.08\"", "expected an amount within ±92233720368547758.07 USD, found \"-92233720368547758.08\""),
        amountCase("one yen beyond Int64", currency: "JPY", "9223372036854775808", "expected an amount within ±9223372036854775807 JPY, found 9223372036854775808"),
        amountCase("thirty digits, cut in the message", "1000000000000000000000000000000000000000000000000000",
            "expected an amount within ±92233720368547758.07 USD, found 1000000000000000000000000000000000000000…"),
    ]

    @Test("amounts: decimals per currency, exponents, separators, types, the 64-bit range", arguments: amountCases)
    func amounts(_ brokenCase: BrokenCase) {
        let load = brokenCase.check()
        #expect(load.lineItemIds == ["LI-2"])
    }

    /// The standard document with one line item whose `date` is `date` (raw JSON); it starts at line 9, column 28.
    static func dateCase(_ date: String, _ message: String) -> BrokenCase {
        BrokenCase("date \(date)", edit: { $0.lineItems = [JSONObject.lineItem().with("date", date).text] },
            ["ledger.json:9:28: error: $.lineItems[0].date: \(message)"])
    }

    static let dateCases: [BrokenCase] = [
        dateCase("\"2024-02-30\"", "expected a date YYYY-MM-DD, found \"2024-02-30\" (that day does not exist)"),
        dateCase("\"2025-02-29\"", "expected a date YYYY-MM-DD, found \"2025-02-29\" (that day does not exist)"),
        dateCase("\"2100-02-29\"", "expected a date YYYY-MM-DD, found \"2100-02-29\" (that day does not exist)"),
        dateCase("\"2025-04-31\"", "expected a date YYYY-MM-DD, found \"2025-04-31\" (that day does not exist)"),
        dateCase("\"2025-13-01\"", "expected a date YYYY-MM-DD, found \"2025-13-01\" (that day does not exist)"),
        dateCase("\"2025-00-10\"", "expected a date YYYY-MM-DD, found \"2025-00-10\" (that day does not exist)"),
        dateCase("\"1899-12-31\"", "expected a date between 1900-01-01 and 2200-12-31, found \"1899-12-31\""),
        dateCase("\"2201-01-01\"", "expected a date between 1900-01-01 and 2200-12-31, found \"2201-01-01\""),
        dateCase("\"2025-3-7\"", "expected a date YYYY-MM-DD, found \"2025-3-7\""),
        dateCase("\"07/03/2025\"", "expected a date YYYY-MM-DD, found \"07/03/2025\""),
        dateCase("\"2025-03-07T14:20:00+09:00\"", "expected a date YYYY-MM-DD, found \"2025-03-07T14:20:00+09:00\""),
        dateCase("\"２０２５-０３-０７\"", "expected a date YYYY-MM-DD, found \"２０２５-０３-０７\""),
        dateCase("\"\"", "expected a date YYYY-MM-DD, found \"\""),
        dateCase("20250307", "expected a string, found 20250307"),
    ]

    @Test("dates: real days from 1900 to 2200, written YYYY-MM-DD", arguments: dateCases)
    func dates(_ brokenCase: BrokenCase) {
        let load = brokenCase.check()
        #expect(load.ledger.lineItems.count == 0)
    }

    static let item = JSONObject.lineItem()

    static let recordCases: [BrokenCase] = [
        BrokenCase("line item kind misspelt", edit: { $0.lineItems = [JSONObject.lineItem(kind: "paymnet").text] }, [
            "ledger.json:9:127: error: $.lineItems[0].kind: expected one of 'obligation', 'payment', 'refund', 'adjustment', found \"paymnet\"",
        ]),
        BrokenCase("line item kind in capitals", edit: { $0.lineItems = [JSONObject.lineItem(kind: "Payment").text] }, [
            "ledger.json:9:127: error: $.lineItems[0].kind: expected one of 'obligation', 'payment', 'refund', 'adjustment', found \"Payment\"",
        ]),
        BrokenCase("line item missing keys", edit: { $0.lineItems = [item.without("fund").without("amount").text] }, [
            "ledger.json:9:5: error: $.lineItems[0]: expected the required keys 'fund', 'amount', found none",
        ]),
        BrokenCase("line item id as a number", edit: { $0.lineItems = [item.with("id", "17").text] }, [
            "ledger.json:9:12: error: $.lineItems[0].id: expected a string, found 17",
        ]),
        BrokenCase("line item id empty", edit: { $0.lineItems = [item.with("id", "\"\"").text] }, [
            "ledger.json:9:12: error: $.lineItems[0].id: expected a non-empty string, found \"\"",
        ]),
        BrokenCase("line item key given twice", edit: { $0.lineItems = [JSONObject(item.members + [("amount", "\"2.00\"")]).text] }, [
            "ledger.json:9:158: error: $.lineItems[0].amount: expected each key once, found it again",
        ]),
        BrokenCase("line item optional values of the wrong type", edit: {
            $0.lineItems = [item.with("dateEstimated", "\"yes\"").text, item.with("id", "\"B\"").with("description", "null").text,
                item.with("id", "\"C\"").with("reference", "42").text]
        }, [
            "ledger.json:9:175: error: $.lineItems[0].dateEstimated: expected true or false, found \"yes\"",
            "ledger.json:10:170: error: $.lineItems[1].description: expected a string, found null",
            "ledger.json:11:168: error: $.lineItems[2].reference: expected a string, found 42",
        ]),
        BrokenCase("a refund with a positive amount", edit: { $0.lineItems = [JSONObject.lineItem(kind: "refund", amount: "\"5.00\"").text] }, [
            "ledger.json:9:147: error: $.lineItems[0].amount: expected a negative amount for a refund (money returned), found 5.00",
        ]),
        BrokenCase("a payment with a negative amount (warning)", edit: { $0.lineItems = [JSONObject.lineItem(amount: "-5").text] }, [
            "ledger.json:9:148: warning: $.lineItems[0].amount: expected a positive amount for a payment, found -5.00; record money returned as a refund",
        ]),
        BrokenCase("budget line values", edit: {
            let line = JSONObject.budgetLine()
            $0.budgetLines = [line.with("fiscalYear", "\"2025\"").text, line.with("id", "\"BL-2\"").with("fiscalYear", "1800").text,
                line.with("id", "\"BL-3\"").with("fiscalYear", "2025.5").text, line.with("id", "\"BL-4\"").with("phase", "\"final\"").text,
                line.with("id", "\"BL-5\"").without("phase").without("organisation").text]
        }, [
            "ledger.json:9:34: error: $.budgetLines[0].fiscalYear: expected an integer, found \"2025\"",
            "ledger.json:10:34: error: $.budgetLines[1].fiscalYear: expected an integer from 1900 to 2200, found 1800",
            "ledger.json:11:34: error: $.budgetLines[2].fiscalYear: expected an integer from 1900 to 2200, found 2025.5",
            "ledger.json:12:109: error: $.budgetLines[3].phase: expected one of 'proposed', 'adopted', 'revised', 'executed', found \"final\"",
            "ledger.json:13:5: error: $.budgetLines[4]: expected the required keys 'organisation', 'phase', found none",
        ]),
        BrokenCase("classification node values", edit: {
            $0.classifications = #"{"organisation": [{"code": "PW"}, {"code": "", "name": "Empty"}, {"code": 5, "name": "Five"}, "#
                + #"{"code": "X", "name": "Parent number", "parent": 7}, {"code": "Y", "name": ""}], "category": [], "fund": []}"#
            $0.vendors = nil
        }, [
            "ledger.json:4:40: error: $.classifications.organisation[0]: expected the required key 'name', found none",
            "ledger.json:4:65: error: $.classifications.organisation[1].code: expected a non-empty string, found \"\"",
            "ledger.json:4:96: error: $.classifications.organisation[2].code: expected a string, found 5",
            "ledger.json:4:165: error: $.classifications.organisation[3].parent: expected a string, found 7",
            "ledger.json:4:191: error: $.classifications.organisation[4].name: expected a non-empty string, found \"\"",
        ]),
        BrokenCase("vendor values", edit: {
            $0.vendors = [JSONObject.vendor(kind: "alien").text, #"{"id": "V-2"}"#]
        }, [
            "ledger.json:6:49: error: $.vendors[0].kind: expected one of 'business', 'individual', 'government', 'non-profit', found \"alien\"",
            "ledger.json:7:5: error: $.vendors[1]: expected the required keys 'name', 'kind', found none",
        ]),
        BrokenCase("KPI values", edit: {
            let kpi = JSONObject.kpi()
            $0.kpis = [kpi.with("direction", "\"up\"").text, kpi.with("id", "\"K-2\"").with("frequency", "\"weekly\"").text,
                kpi.with("id", "\"K-3\"").without("name").without("unit").text,
                kpi.with("id", "\"K-4\"").with("targets", #"[{"period": "2025-01", "value": "95"}, {"period": "2025-02"}, {"period": "Jan 2025", "value": 1}, 7]"#).text,
                kpi.with("id", "\"K-5\"").with("baseline", #"{"period": "2024-06", "value": 1e999}"#).text]
        }, [
            "ledger.json:9:96: error: $.kpis[0].direction: expected one of 'higher', 'lower', found \"up\"",
            "ledger.json:10:117: error: $.kpis[1].frequency: expected one of 'monthly', 'quarterly', 'annual', found \"weekly\"",
            "ledger.json:11:5: error: $.kpis[2]: expected the required keys 'name', 'unit', found none",
            "ledger.json:12:171: error: $.kpis[3].targets[0].value: expected a number, found \"95\"",
            "ledger.json:12:178: error: $.kpis[3].targets[1]: expected the required key 'value', found none",
            "ledger.json:12:212: error: $.kpis[3].targets[2].period: expected a period like \"2024-07\", \"FY2025-Q1\" or \"FY2025\", found \"Jan 2025\"",
            "ledger.json:12:237: error: $.kpis[3].targets[3]: expected an object {\"period\": …, \"value\": …}, found 7",
            "ledger.json:13:171: error: $.kpis[4].baseline.value: expected a finite number, found 1e999",
        ]),
    ]

    @Test("records: enumerations, types, required keys, signs", arguments: recordCases)
    func records(_ brokenCase: BrokenCase) {
        brokenCase.check()
    }

    static let repeatedKeyCases: [BrokenCase] = [
        BrokenCase("a key twice at the top level", edit: { $0.extraMembers = [#""vendors": []"#] }, [
            "ledger.json:8:3: error: $.vendors: expected each key once, found it again",
        ]),
        BrokenCase("a key twice in the publisher and in its fiscal year start", edit: {
            $0.publisher = #"{"name": "A", "name": "B", "currency": "USD", "fiscalYearStart": {"month": 7, "day": 1, "month": 8}, "asOf": "2025-03-31"}"#
        }, [
            "ledger.json:3:30: error: $.publisher.name: expected each key once, found it again",
            "ledger.json:3:104: error: $.publisher.fiscalYearStart.month: expected each key once, found it again",
        ]),
        BrokenCase("a key twice in the classifications and in a node", edit: {
            $0.classifications = #"{"organisation": [{"code": "PW", "name": "Works", "code": "PX"}], "fund": [], "organisation": [], "category": []}"#
        }, [
            "ledger.json:4:72: error: $.classifications.organisation[0].code: expected each key once, found it again",
            "ledger.json:4:100: error: $.classifications.organisation: expected each key once, found it again",
        ]),
        BrokenCase("a key twice in a vendor, a budget line, a KPI and a period", edit: {
            $0.vendors = [JSONObject(JSONObject.vendor().members + [("kind", "\"business\"")]).text]
            $0.budgetLines = [JSONObject(JSONObject.budgetLine().members + [("fiscalYear", "2025")]).text]
            $0.kpis = [JSONObject.kpi().with("targets", #"[{"period": "2025-01", "value": 1, "value": 2}]"#).text]
        }, [
            "ledger.json:6:61: error: $.vendors[0].kind: expected each key once, found it again",
            "ledger.json:9:141: error: $.budgetLines[0].fiscalYear: expected each key once, found it again",
            "ledger.json:12:176: error: $.kpis[0].targets[0].value: expected each key once, found it again",
        ]),
        BrokenCase("an unknown key twice in a line item", edit: {
            $0.lineItems = [JSONObject.lineItem().with("note", "1").text.replacingOccurrences(of: "}", with: ", \"note\": 2}")]
        }, [
            "ledger.json:9:158: warning: $.lineItems[0].note: unknown key 'note' ignored",
            "ledger.json:9:169: error: $.lineItems[0].note: expected each key once, found it again",
        ]),
    ]

    @Test("each key once, in every object", arguments: repeatedKeyCases)
    func repeatedKeys(_ brokenCase: BrokenCase) {
        brokenCase.check()
    }

    @Test("a value error loses only its record; obligations and adjustments may be negative")
    func valueErrorLosesOnlyItsRecord() {
        let text = document(lineItems: [
            JSONObject.lineItem(id: "A", kind: "obligation", amount: "\"-250.00\""),
            JSONObject.lineItem(id: "B").with("date", "\"2025-02-30\""),
            JSONObject.lineItem(id: "C", kind: "adjustment", amount: "\"-310.25\""),
            JSONObject.lineItem(id: "D", kind: "refund", amount: "\"-12.50\""),
        ])
        let load = LedgerFixture.load(text)
        #expect(load.report == ["ledger.json:10:25: error: $.lineItems[1].date: expected a date YYYY-MM-DD, found \"2025-02-30\" (that day does not exist)"])
        #expect(load.lineItemIds == ["A", "C", "D"])
        #expect(load.ledger.lineItems.amounts == [-25000, -31025, -1250])
        #expect(load.ledger.lineItems.kinds == [.obligation, .adjustment, .refund])
    }

    @Test("a zero amount is allowed for every kind", arguments: ["obligation", "payment", "refund", "adjustment"])
    func zeroAmounts(_ kind: String) {
        let load = LedgerFixture.load(document(lineItems: [JSONObject.lineItem(kind: kind, amount: "\"-0.00\""), JSONObject.lineItem(id: "B", kind: kind, amount: "0")]))
        #expect(load.report == [])
        #expect(load.ledger.lineItems.amounts == [0, 0])
    }
}
