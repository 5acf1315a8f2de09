import LedgerKit
import Testing
import TestSupport

/// The publisher: exactly one per ledger, in the root file, with a known currency and a fiscal
/// calendar. Its errors must not cascade into errors elsewhere.
@Suite("Publisher")
struct PublisherTests {
    static let publisher = JSONObject.publisher()

    static func rootWith(publisher: String?) -> String {
        var document = LedgerDocument()
        document.publisher = publisher
        return document.text
    }

    static let cases: [BrokenCase] = [
        BrokenCase("no publisher", rootWith(publisher: nil), [
            "ledger.json: error: $: expected the required key 'publisher' in the ledger's root file, found none",
        ]),
        BrokenCase("two publishers in the root file", edit: { $0.extraMembers = ["\"publisher\": " + publisher.text] }, [
            "ledger.json:8:16: error: $.publisher: expected one publisher per ledger, found another\nledger.json:3:16: note: the publisher is first defined here",
        ]),
        BrokenCase("a publisher in a file other than the root", files: [
            ("ledger.json", LedgerDocument().text), ("more.json", "{\"format\": \"govlens-ledger/1\", \"publisher\": \(publisher.text)}"),
        ], [
            "more.json:1:32: error: $.publisher: expected the publisher only in the ledger's root file (ledger.json), found one in this file",
        ]),
        BrokenCase("the publisher only in a file other than the root", files: [
            ("ledger.json", rootWith(publisher: nil)), ("more.json", "{\"format\": \"govlens-ledger/1\", \"publisher\": \(publisher.text)}"),
        ], [
            "more.json:1:32: error: $.publisher: expected the publisher only in the ledger's root file (ledger.json), found one in this file",
            "ledger.json: error: $: expected the required key 'publisher' in the ledger's root file, found none",
        ]),
        BrokenCase("a publisher that is not an object", rootWith(publisher: "\"Test Town\""), [
            "ledger.json:3:16: error: $.publisher: expected the publisher (an object), found \"Test Town\"",
        ]),
        BrokenCase("an empty publisher", rootWith(publisher: "{}"), [
            "ledger.json:3:16: error: $.publisher: expected the required keys 'name', 'currency', 'fiscalYearStart', 'asOf', found none",
        ]),
        BrokenCase("an unknown currency, and an amount read with 2 decimals", edit: {
            $0.publisher = JSONObject.publisher(currency: "usd").text
            $0.lineItems = [JSONObject.lineItem(amount: "\"1.005\"").text]
        }, [
            "ledger.json:3:50: error: $.publisher.currency: expected an ISO 4217 currency code such as \"USD\" or \"JPY\", found \"usd\"",
            "ledger.json:9:148: error: $.lineItems[0].amount: expected an amount with at most 2 decimal places (assumed: the ledger has no valid currency), found \"1.005\"",
        ]),
        BrokenCase("a bad as-of date: the currency still decides the decimals", edit: {
            $0.publisher = JSONObject.publisher(currency: "JPY", asOf: "2025-02-29").text
            $0.lineItems = [JSONObject.lineItem(amount: "\"100.5\"").text]
        }, [
            "ledger.json:3:108: error: $.publisher.asOf: expected a date YYYY-MM-DD, found \"2025-02-29\" (that day does not exist)",
            "ledger.json:9:148: error: $.lineItems[0].amount: expected an amount with at most 0 decimal places (JPY), found \"100.5\"",
        ]),
        BrokenCase("fiscal year start on February 29", rootWith(publisher: JSONObject.publisher(startDay: 29).text.replacingOccurrences(of: "\"month\": 7", with: "\"month\": 2")), [
            "ledger.json:3:96: error: $.publisher.fiscalYearStart.day: expected an integer from 1 to 28, found 29",
        ]),
        BrokenCase("fiscal year start in month 13", rootWith(publisher: JSONObject.publisher(startMonth: 13).text), [
            "ledger.json:3:86: error: $.publisher.fiscalYearStart.month: expected an integer from 1 to 12, found 13",
        ]),
        BrokenCase("fiscal year start without a day", rootWith(publisher: publisher.with("fiscalYearStart", "{\"month\": 7}").text), [
            "ledger.json:3:76: error: $.publisher.fiscalYearStart: expected both 'month' and 'day', found no 'day'",
        ]),
        BrokenCase("fiscal year start empty, with an unknown key", rootWith(publisher: publisher.with("fiscalYearStart", "{\"start\": \"07-01\"}").text), [
            "ledger.json:3:77: warning: $.publisher.fiscalYearStart.start: unknown key 'start' ignored",
            "ledger.json:3:76: error: $.publisher.fiscalYearStart: expected both 'month' and 'day', found neither",
        ]),
        BrokenCase("fiscal year start as a string", rootWith(publisher: publisher.with("fiscalYearStart", "\"07-01\"").text), [
            "ledger.json:3:76: error: $.publisher.fiscalYearStart: expected an object {\"month\": 1-12, \"day\": 1-28}, found \"07-01\"",
        ]),
        BrokenCase("fiscal year naming", rootWith(publisher: publisher.with("fiscalYearNaming", "\"middle\"").text), [
            "ledger.json:3:142: error: $.publisher.fiscalYearNaming: expected one of 'end', 'start', found \"middle\"",
        ]),
        BrokenCase("optional keys: wrong type, misspelt", rootWith(publisher: publisher.with("licence", "5").with("licnce", "\"CC-BY-4.0\"").text), [
            "ledger.json:3:133: error: $.publisher.licence: expected a string, found 5",
            "ledger.json:3:136: warning: $.publisher.licnce: unknown key 'licnce' ignored",
        ]),
        BrokenCase("a syntax error before the publisher: only that error", "{\"format\": \"govlens-ledger/1\", \"x\": [1,, 2], \"publisher\": \(publisher.text)}", [
            "ledger.json:1:40: error: expected a value, found ','",
        ]),
        BrokenCase("a syntax error inside the publisher: only that error", rootWith(publisher: publisher.text.replacingOccurrences(of: "\"Test Town\"", with: "\"Test Town")), [
            "ledger.json:3:38: error: expected ',' or '}' after an object member, found 'currency'",
        ]),
    ]

    @Test("publisher errors, each once, without cascades", arguments: cases)
    func publisherErrors(_ brokenCase: BrokenCase) {
        brokenCase.check()
    }

    @Test("a Japanese publisher: yen, April start, years named by their start")
    func japanesePublisher() throws {
        let publisher = #"{"name": "横浜市", "currency": "JPY", "fiscalYearStart": {"month": 4, "day": 1}, "fiscalYearNaming": "start", "#
            + #""asOf": "2025-03-31", "licence": "CC-BY-4.0", "source": "https://example.org/", "language": "ja"}"#
        var document = LedgerDocument()
        document.publisher = publisher
        document.lineItems = [JSONObject.lineItem(date: "2025-03-31", amount: "125000").text]
        let load = LedgerFixture.load(document.text)
        #expect(load.report == [])
        let loaded = try #require(load.ledger.publisher)
        #expect(loaded.name == "横浜市")
        #expect(loaded.currency == Currency(code: "JPY"))
        #expect(loaded.calendar == FiscalCalendar(startMonth: 4, startDay: 1, naming: .start))
        #expect(loaded.asOf == CivilDate(year: 2025, month: 3, day: 31))
        #expect(loaded.licence == "CC-BY-4.0")
        #expect(loaded.source == "https://example.org/")
        #expect(loaded.language == "ja")
        #expect(load.ledger.lineItems.amounts == [125_000])
        #expect(load.ledger.fiscalYears == [2024])
    }

    @Test("fiscalYearNaming defaults to end")
    func namingDefault() throws {
        let load = LedgerFixture.load(LedgerDocument().text)
        #expect(load.report == [])
        #expect(try #require(load.ledger.publisher).calendar == FiscalCalendar(startMonth: 7, startDay: 1, naming: .end))
    }

    @Test("a syntax error after the publisher: the publisher and the sections before the error are kept")
    func syntaxErrorAfterPublisher() throws {
        var document = LedgerDocument()
        document.budgetLines = [JSONObject.budgetLine().text]
        document.lineItems = [JSONObject.lineItem().with("amount", "1.").text]
        let load = LedgerFixture.load([("ledger.json", document.text), ("items.jsonl", JSONObject.lineItem(id: "LI-2").with("organisation", "\"LIB\"").text)])
        #expect(load.report == [
            "ledger.json:12:148: error: expected a number, found '1.'",
        ])
        #expect(try #require(load.ledger.publisher).name == "Test Town")
        #expect(load.ledger.budgetLines.map(\.id) == ["BL-1"])
        #expect(load.lineItemIds == ["LI-2"])
    }
}
