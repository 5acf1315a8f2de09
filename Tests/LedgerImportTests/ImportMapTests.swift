import Foundation
import LedgerImport
import Testing

@Suite("Column map files")
struct ImportMapTests {
    private func problem(_ replacing: String, with replacement: String) -> String? {
        let text = ImportFixture.spendingMap.replacingOccurrences(of: replacing, with: replacement)
        #expect(text != ImportFixture.spendingMap, "the fixture changed: '\(replacing)' not found")
        do {
            _ = try ImportFixture.map(text)
            return nil
        } catch {
            return (error as? MapError)?.description
        }
    }

    @Test("the fixture map reads")
    func reads() throws {
        let map = try ImportFixture.map()
        #expect(map.publisher.currency.code == "GBP")
        #expect(map.tables.count == 1)
    }

    @Test(
        "each mistake names its JSON path",
        arguments: [
            (#""column": ["Amount", "amount"]"#, #""colum": ["Amount", "amount"]"#,
             "test.map.json: error: $.tables[0].fields.amount.colum: expected one of 'codes', 'column', 'decimalSeparator', 'default', 'missing', 'otherwise', 'refunds', 'replace', 'round', 'sign', 'template', 'thousandsSeparator', 'value', found the unknown key 'colum'"),
            (#""format": "DD/MM/YYYY""#, #""format": "DD/MM""#,
             "test.map.json: error: $.tables[0].fields.date.format: expected a date format with a year, a month and a day such as \"DD/MM/YYYY\", found \"DD/MM\""),
            (#""01 {month} {year}""#, #""01 {month} {yr}""#,
             "test.map.json: error: $.tables[0].fields.date.fallback.template: expected placeholders among {file}, {line}, {month}, {row}, {value}, {year}, found {yr}"),
            (#""currency": "GBP""#, #""currency": "£""#,
             "test.map.json: error: $.publisher.currency: expected an ISO 4217 currency code such as \"GBP\", found \"£\""),
            (#""records": "lineItems""#, #""records": "payments""#,
             "test.map.json: error: $.tables[0].records: expected \"lineItems\", \"budgetLines\" or \"kpis\", found \"payments\""),
            (#""negative": "refund""#, #""negative": "credit""#,
             "test.map.json: error: $.tables[0].fields.kind.negative: expected one of \"obligation\", \"payment\", \"refund\", \"adjustment\", found \"credit\""),
            (#""format": "govlens-import-map/1""#, #""format": "govlens-import-map/2""#,
             "test.map.json: error: $.format: expected \"govlens-import-map/1\", found \"govlens-import-map/2\""),
            (#""fiscalYearStart": {"month": 4, "day": 1}"#, #""fiscalYearStart": {"month": 4, "day": 31}"#,
             "test.map.json: error: $.publisher.fiscalYearStart.day: expected a day from 1 to 28"),
        ])
    func mistakes(original: String, replacement: String, message: String) {
        #expect(problem(original, with: replacement) == message)
    }

    @Test("a file that is not a JSON object is reported as such")
    func notJSON() {
        #expect(throws: MapError(file: "m.json", path: "$", message: "expected a JSON object, found text that is not JSON")) {
            try ImportMap.read(Data("{".utf8), file: "m.json")
        }
        #expect(throws: MapError(file: "m.json", path: "$", message: "expected a JSON object, found an array")) {
            try ImportMap.read(Data("[]".utf8), file: "m.json")
        }
    }

    @Test("date formats read what they say and nothing else")
    func datePatterns() throws {
        let uk = try #require(DatePattern("DD/MM/YYYY"))
        #expect(uk.date(from: "07/04/2015")?.description == "2015-04-07")
        #expect(uk.date(from: "7/4/2015") == nil)
        #expect(uk.date(from: "29/02/2023") == nil)
        #expect(uk.date(from: "07/04/2015 ") == nil)
        #expect(DatePattern("D/M/YYYY")?.date(from: "7/4/2015")?.description == "2015-04-07")
        #expect(DatePattern("DD Mon YYYY")?.date(from: "01 APR 2014")?.description == "2014-04-01")
        #expect(DatePattern("DD Mon YYYY")?.date(from: "01 September 2014")?.description == "2014-09-01")
        #expect(DatePattern("YYYY-MM-DD hh:mm:ss")?.date(from: "2026-03-25 11:24:49")?.description == "2026-03-25")
        #expect(DatePattern("YYYY-MM-DD hh:mm:ss")?.date(from: "2026-03-25 24:00:00") == nil)
        #expect(DatePattern("MM/DD/YYYY")?.date(from: "03/07/2025")?.description == "2025-03-07")
    }
}
