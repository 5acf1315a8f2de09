import Foundation
import LedgerImport
import LedgerKit
import Testing

/// A small Fiscal Data Package written for the test: a budget resource and a spending resource.
@Suite("Fiscal Data Package import")
struct FDPImportTests {
    static let package = """
        {
          "name": "alder-creek-2025",
          "title": "Village of Alder Creek",
          "licenses": [{"name": "CC-BY-4.0", "title": "Creative Commons Attribution 4.0"}],
          "resources": [
            {
              "name": "budget",
              "path": "data/budget.csv",
              "schema": {
                "fields": [
                  {"name": "Year", "type": "integer", "columnType": "date:fiscal-year"},
                  {"name": "Dept", "type": "string", "columnType": "administrative-classification:generic:level1:code"},
                  {"name": "Dept name", "type": "string", "columnType": "administrative-classification:generic:level1:label"},
                  {"name": "Program", "type": "string", "columnType": "administrative-classification:generic:level2:label"},
                  {"name": "Object", "type": "string", "columnType": "economic-classification:generic:level1:code"},
                  {"name": "Object name", "type": "string", "columnType": "economic-classification:generic:level1:label"},
                  {"name": "Phase", "type": "string", "columnType": "phase:id"},
                  {"name": "Amount", "type": "number", "columnType": "value"}
                ]
              },
              "extraFields": [{"name": "currency", "columnType": "value-currency:code", "constant": "USD"}]
            },
            {
              "name": "spending",
              "path": "data/spending.csv",
              "schema": {
                "fields": [
                  {"name": "id", "type": "string", "columnType": "transaction-id:code"},
                  {"name": "paid", "type": "date", "format": "%d/%m/%Y", "columnType": "date:generic"},
                  {"name": "dept", "type": "string", "columnType": "administrative-classification:generic:level1:code"},
                  {"name": "supplier", "type": "string", "columnType": "supplier:generic:name"},
                  {"name": "invoice", "type": "string", "columnType": "transaction-id:invoice-id"},
                  {"name": "value", "type": "number", "columnType": "value"},
                  {"name": "note", "type": "string"}
                ]
              }
            }
          ]
        }
        """

    static let budget = """
        Year,Dept,Dept name,Program,Object,Object name,Phase,Amount
        2025,PW,Public Works,Streets,CONT,Contractual services,approved,250000.00
        2025,PW,Public Works,Streets,CONT,Contractual services,adjusted,262500
        2025,LIB,Public Library,Branches,PERS,Personnel,proposed,520000

        """

    static let spending = """
        id,paid,dept,supplier,invoice,value,note
        T-1,14/02/2025,PW,Riverton Paving Co.,INV-9,49900.00,first invoice
        T-2,31/03/2025,PW,Riverton Paving Co.,INV-12,-1250.00,credit note

        """

    static let settings = try! FiscalDataPackage.Settings(
        fiscalYearStart: "07-01", naming: "end", asOf: "2025-03-31", currency: nil, vendorKind: "business", phase: "adopted")

    private func importPackage(_ text: String = package, settings: FiscalDataPackage.Settings = settings) throws -> ImportResult {
        let converted = try FiscalDataPackage.map(Data(text.utf8), file: "datapackage.json", settings: settings)
        #expect(converted.resources == ["data/budget.csv", "data/spending.csv"])
        let files = [ImportFile(path: "data/budget.csv", bytes: Array(Self.budget.utf8)), ImportFile(path: "data/spending.csv", bytes: Array(Self.spending.utf8))]
        return CSVImporter(map: converted.map).run(files)
    }

    @Test("phases, classification levels, stand-ins for what the package lacks, and the settings become one valid ledger")
    func importsBudgetAndSpending() throws {
        let result = try importPackage()
        #expect(ImportFixture.problems(result).isEmpty)
        let ledger = result.ledger
        #expect(ledger.publisher.name == "Village of Alder Creek")
        #expect(ledger.publisher.currency.code == "USD" && ledger.publisher.licence == "Creative Commons Attribution 4.0")
        #expect(ledger.publisher.calendar == FiscalCalendar(startMonth: 7, startDay: 1, naming: .end))
        #expect(ledger.budgetLines.map { "\($0.codes["organisation"]!) \($0.codes["category"]!) \($0.codes["fund"]!) \($0.phase) \($0.amount)" } == [
            "PW/Streets CONT ALL adopted 25000000", "PW/Streets CONT ALL revised 26250000", "LIB/Branches PERS ALL proposed 52000000",
        ])
        #expect(ledger.classifications["organisation"]!.map { "\($0.code)=\($0.name)" } == ["PW=Public Works", "PW/Streets=Streets", "LIB=Public Library", "LIB/Branches=Branches"])
        #expect(ledger.classifications["fund"]!.map(\.name) == ["All funds"])
        #expect(ledger.lineItems.map { "\($0.id) \($0.date) \($0.kind) \($0.amount) \($0.codes["category"]!) \($0.reference ?? "")" } == [
            "T-1 2025-02-14 payment 4990000 UNCLASSIFIED INV-9", "T-2 2025-03-31 refund -125000 UNCLASSIFIED INV-12",
        ])
        #expect(ledger.vendors.map { "\($0.name) \($0.kind)" } == ["Riverton Paving Co. business"])
        let load = ImportFixture.load(ledger)
        #expect(load.diagnostics.diagnostics.map(\.headline) == [])
        #expect(load.ledger.budgetLines.count == 3 && load.ledger.lineItems.count == 2)
    }

    @Test("what a package cannot give is asked for")
    func missingSettings() throws {
        let noKind = try FiscalDataPackage.Settings(fiscalYearStart: "07-01", naming: "end", asOf: "2025-03-31", currency: nil, vendorKind: nil, phase: "adopted")
        #expect(throws: MapError(file: "datapackage.json", path: "$.resources[1]", message: "expected the vendors' kind (--vendor-kind, or a 'supplier:generic:kind' column), found none")) {
            try importPackage(settings: noKind)
        }
        let otherCurrency = try FiscalDataPackage.Settings(fiscalYearStart: "07-01", naming: "end", asOf: "2025-03-31", currency: "EUR", vendorKind: "business", phase: "adopted")
        #expect(throws: MapError(file: "datapackage.json", path: "$.resources", message: "expected the currency given with --currency, EUR, found USD")) {
            try importPackage(settings: otherCurrency)
        }
        #expect(throws: FiscalDataPackage.SettingsError.self) {
            try FiscalDataPackage.Settings(fiscalYearStart: "7/1", naming: "end", asOf: "2025-03-31", currency: nil, vendorKind: nil, phase: "adopted")
        }
        let noAmount = Self.package.replacingOccurrences(of: #""columnType": "value"}"#, with: #""columnType": "amount"}"#)
        #expect(throws: MapError(file: "datapackage.json", path: "$.resources[0].schema", message: "expected a column of type 'value' (the amount), found none")) {
            try importPackage(noAmount)
        }
    }
}
