import LedgerImport
import LedgerKit
import Testing

@Suite("CSV import")
struct CSVImportTests {
    /// January: CRLF, the first publisher's headers, quoted fields, a refund and two spellings of a redacted payee.
    static let january = [
        "Service Area,Category,Code,Paid Date,Trans No,Amount,Type,Supplier",
        "\"Policy, Culture\",Grants,D3701,07/01/2024,T1,1054.11,Revenue,Redacted personal data",
        "Finance,Grants,D3701,08/01/2024,T2,-20.00,Revenue,\"Redacted, personal data\"",
        "Finance,\"VAT \"\"pro forma\"\"\",Z110205,09/01/2024,T3,500,Capital,HMRC",
        "",
    ].joined(separator: "\r\n")
    /// April: a byte-order mark, LF, the second publisher's headers, no category names, dates lost at source.
    static let april = "\u{FEFF}service_area,expense_code,paid_date,trans_no,amount,Type,supplier_name\nFinance,D3701,00:00:00,T4,250.5,Revenue,Acme Ltd\nFinance,Z999,,T5,10,Revenue,\n"

    @Test("header variants, a missing column, BOM, CRLF and LF, fallback dates, refunds and redacted payees")
    func importsBothFiles() throws {
        let result = try ImportFixture.run([("data/spend-jan-2024.csv", Self.january), ("data/spend-apr-2024.csv", Self.april)])
        #expect(ImportFixture.problems(result).isEmpty)
        #expect(result.files.map(\.path) == ["data/spend-apr-2024.csv", "data/spend-jan-2024.csv"])
        #expect(result.files.map(\.rows) == [2, 3])
        let items = result.ledger.lineItems
        #expect(items.map(\.id) == ["spend-apr-2024:2", "spend-apr-2024:3", "spend-jan-2024:2", "spend-jan-2024:3", "spend-jan-2024:4"])
        #expect(items.map(\.date.description) == ["2024-04-01", "2024-04-01", "2024-01-07", "2024-01-08", "2024-01-09"])
        #expect(items.map(\.dateEstimated) == [true, true, false, false, false])
        #expect(items.map(\.kind) == ["payment", "payment", "payment", "refund", "payment"])
        #expect(items.map(\.amount) == [25050, 1000, 105411, -2000, 50000])
        #expect(items.map(\.reference) == ["T4", "T5", "T1", "T2", "T3"])
        let vendors = result.ledger.vendors.map { "\($0.id) \($0.name) \($0.kind)" }
        #expect(vendors == ["V00001 Acme Ltd business", "V00002 No payee named government", "V00003 Redacted personal data individual", "V00004 HMRC government"])
        #expect(items[2].vendor == "V00003" && items[3].vendor == "V00003")
        let categories = result.ledger.classifications["category"]!.map { "\($0.code)=\($0.name)" }
        #expect(categories == ["D3701=Grants", "Z999=Z999", "Z110205=VAT \"pro forma\""])
        #expect(result.ledger.classifications["organisation"]!.map(\.code) == ["Finance", "Policy, Culture"])
        #expect(result.ledger.classifications["fund"]!.map { "\($0.code)=\($0.name)" } == ["REV=Revenue", "CAP=Capital"])
        let load = ImportFixture.load(result.ledger)
        #expect(load.diagnostics.diagnostics.map(\.headline) == [])
        #expect(load.ledger.lineItems.count == 5)
    }

    @Test("the same files in another order give the same bytes")
    func deterministic() throws {
        let one = try ImportFixture.run([("spend-jan-2024.csv", Self.january), ("spend-apr-2024.csv", Self.april)])
        let other = try ImportFixture.run([("spend-apr-2024.csv", Self.april), ("spend-jan-2024.csv", Self.january)])
        #expect(LedgerWriter.files(one.ledger, layout: .folder) == LedgerWriter.files(other.ledger, layout: .folder))
        #expect(LedgerWriter.files(one.ledger, layout: .folder).map(\.path) == ["ledger.json", "line-items/spend-apr-2024.jsonl", "line-items/spend-jan-2024.jsonl"])
    }

    /// The January file with its second data row replaced by `row`.
    private func janaury(secondRow row: String) -> String {
        var lines = Self.january.components(separatedBy: "\r\n")
        lines[2] = row
        return lines.joined(separator: "\r\n")
    }

    @Test(
        "a row that cannot be converted is an error at its cell",
        arguments: [
            ("Finance,Grants,D3701,08/01/2024,T2,\"1,054.11\",Revenue,X", "spend-jan-2024.csv:3:36: error: amount: expected a decimal amount such as 1234.50, found '1,054.11'"),
            ("Finance,Grants,D3701,08/01/2024,T2,1.005,Revenue,X", "spend-jan-2024.csv:3:36: error: amount: expected an amount with at most 2 decimal places (GBP), found '1.005'"),
            ("Finance,Grants,D3701,08/01/2024,T2,,Revenue,X", "spend-jan-2024.csv:3:36: error: amount: expected a value, found no value in column 'Amount'"),
            ("Finance,Grants,D3701,2024-01-08,T2,5,Revenue,X", "spend-jan-2024.csv:3:22: error: date: expected a date written DD/MM/YYYY, found '2024-01-08'"),
            ("Finance,Grants,D3701,30/02/2024,T2,5,Revenue,X", "spend-jan-2024.csv:3:22: error: date: expected a date written DD/MM/YYYY, found '30/02/2024'"),
            ("Finance,Grants,D3701,08/01/2024,T2,5,Revnue,X", "spend-jan-2024.csv:3:38: error: fund.code: expected a value listed in the map's codes, found 'Revnue'"),
            (",Grants,D3701,08/01/2024,T2,5,Revenue,X", "spend-jan-2024.csv:3:1: error: organisation.name: expected a value, found no value in column 'Service Area'"),
            ("Finance,Grants,D3701,08/01/2024,T2,5,Revenue", "spend-jan-2024.csv:3: error: expected 8 fields as in the header, found 7"),
        ])
    func badRow(row: String, message: String) throws {
        let result = try ImportFixture.run([("spend-jan-2024.csv", janaury(secondRow: row))])
        #expect(ImportFixture.problems(result) == [message])
        #expect(!result.succeeded(skippingBadRows: false))
        #expect(result.succeeded(skippingBadRows: true))
        #expect(result.files.map(\.badRows) == [1])
        #expect(result.ledger.lineItems.map(\.reference) == ["T1", "T3"])
        #expect(!result.ledger.classifications["organisation"]!.contains { $0.code.isEmpty })
    }

    @Test("a bad row adds nothing to the ledger, not even a classification node or a vendor")
    func badRowLeavesNoTrace() throws {
        let result = try ImportFixture.run([("spend-jan-2024.csv", janaury(secondRow: "Lost Unit,Junk,X1,08/01/2024,T2,oops,Revenue,Nobody"))])
        #expect(result.rowErrors.count == 1)
        #expect(!result.ledger.classifications["organisation"]!.contains { $0.code == "Lost Unit" })
        #expect(!result.ledger.classifications["category"]!.contains { $0.code == "X1" })
        #expect(!result.ledger.vendors.contains { $0.name == "Nobody" })
    }

    @Test("a file without a required column is reported once, at its header")
    func missingColumn() throws {
        let text = "Service Area,Category,Code,Paid Date,Trans No,Type,Supplier\nFinance,Grants,D3701,07/01/2024,T1,Revenue,X\n"
        let result = try ImportFixture.run([("spend-jan-2024.csv", text)])
        #expect(ImportFixture.problems(result) == ["spend-jan-2024.csv:1: error: amount: expected a column 'Amount' or 'amount', found none"])
        #expect(!result.succeeded(skippingBadRows: true))
        #expect(result.ledger.lineItems.isEmpty)
    }

    @Test("files no table matches, empty files and CSV syntax errors stop the import")
    func fileProblems() throws {
        let result = try ImportFixture.run([
            ("other.csv", Self.january), ("spend-feb-2024.csv", ""), ("spend-mar-2024.csv", Self.january + "Finance,\"Grants,D3701\n"),
        ])
        #expect(
            ImportFixture.problems(result) == [
                "other.csv: error: expected a file name that a table of the map matches ('^spend-(?<month>[a-z]{3})-(?<year>[0-9]{4})\\.csv$'), found 'other.csv'",
                "spend-feb-2024.csv: error: expected a header row, found an empty file",
                "spend-mar-2024.csv:5:9: error: expected a closing quote for the field that opens here, found the end of the file",
            ])
        #expect(!result.succeeded(skippingBadRows: true))
    }

    @Test("a refund written as a positive amount is an error unless the map says refunds are positive")
    func refundSigns() throws {
        let map = ImportFixture.spendingMap.replacingOccurrences(of: #""kind": {"value": "payment", "negative": "refund"}"#, with: #""kind": {"column": "Type", "codes": {"Revenue": "payment", "Capital": "refund"}}"#)
        let result = try ImportFixture.run([("spend-jan-2024.csv", Self.january)], map: map)
        #expect(ImportFixture.problems(result) == ["spend-jan-2024.csv:4:51: error: amount: expected a negative amount for a refund (money returned), found 500.00"])
        let positive = map.replacingOccurrences(of: #""amount": {"column": ["Amount", "amount"]}"#, with: #""amount": {"column": ["Amount", "amount"], "refunds": "positive"}"#)
        let fixed = try ImportFixture.run([("spend-jan-2024.csv", Self.january)], map: positive)
        #expect(ImportFixture.problems(fixed).isEmpty)
        #expect(fixed.ledger.lineItems.map(\.amount) == [105411, -2000, -50000])
    }

    @Test("ids must be unique: a repeated id is a bad row naming the first")
    func duplicateIDs() throws {
        let map = ImportFixture.spendingMap.replacingOccurrences(of: #""date": {"#, with: #""id": {"column": "Trans No"}, "date": {"#)
        let text = Self.january.replacingOccurrences(of: ",T3,", with: ",T1,")
        let result = try ImportFixture.run([("spend-jan-2024.csv", text)], map: map)
        #expect(ImportFixture.problems(result) == ["spend-jan-2024.csv:4:48: error: id: expected a unique line-item id, found 'T1' again (first at spend-jan-2024.csv:2)"])
    }

    @Test("with ignoreCase, payees whose names differ only in case are one vendor, named as first seen")
    func vendorsIgnoringCase() throws {
        let text = Self.january.replacingOccurrences(of: ",HMRC", with: ",hmrc") + "Finance,Grants,D3701,10/01/2024,T4,5,Revenue,HMRC\r\n"
        let plain = try ImportFixture.run([("spend-jan-2024.csv", text)])
        #expect(plain.ledger.vendors.map(\.name) == ["Redacted personal data", "hmrc", "HMRC"])
        let map = ImportFixture.spendingMap.replacingOccurrences(of: #""vendor": {"#, with: #""vendor": {"ignoreCase": true, "#)
        let merged = try ImportFixture.run([("spend-jan-2024.csv", text)], map: map)
        #expect(merged.ledger.vendors.map { "\($0.name) \($0.kind)" } == ["Redacted personal data individual", "hmrc business"])
        #expect(merged.ledger.lineItems.map(\.vendor) == ["V00001", "V00001", "V00002", "V00002"])
    }
}
