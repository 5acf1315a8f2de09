import Foundation
import LedgerImport
import LedgerKit

/// A small spending map and helpers to import CSV text with it, for the import tests.
enum ImportFixture {
    /// A map for quarterly spending files named `spend-<mon>-<year>.csv`, with the header spellings of two publishers.
    static let spendingMap = """
        {
          "format": "govlens-import-map/1",
          "publisher": {"name": "Test Council", "currency": "GBP", "fiscalYearStart": {"month": 4, "day": 1},
                        "fiscalYearNaming": "start", "asOf": "2024-12-31"},
          "tables": [{
            "files": "^spend-(?<month>[a-z]{3})-(?<year>[0-9]{4})\\\\.csv$",
            "records": "lineItems",
            "fields": {
              "date": {"column": ["Paid Date", "paid_date"], "format": "DD/MM/YYYY", "missing": ["00:00:00"],
                       "fallback": {"template": "01 {month} {year}", "format": "DD Mon YYYY"}},
              "organisation": {"name": {"column": ["Service Area", "service_area"]}},
              "category": {"code": {"column": ["Code", "expense_code"]}, "name": {"column": ["Category", "expense_category"]}},
              "fund": {"code": {"column": "Type", "codes": {"Revenue": "REV", "Capital": "CAP"}}, "name": {"column": "Type"}},
              "vendor": {
                "name": {"column": ["Supplier", "supplier_name"], "replace": {"Redacted, personal data": "Redacted personal data"},
                         "default": "No payee named"},
                "kind": {"column": ["Supplier", "supplier_name"],
                         "codes": {"Redacted personal data": "individual", "Redacted, personal data": "individual", "HMRC": "government"},
                         "otherwise": "business", "default": "government"}
              },
              "kind": {"value": "payment", "negative": "refund"},
              "amount": {"column": ["Amount", "amount"]},
              "reference": {"column": ["Trans No", "trans_no"]}
            }
          }]
        }
        """

    /// The map read from `text`.
    static func map(_ text: String = spendingMap) throws -> ImportMap {
        try ImportMap.read(Data(text.utf8), file: "test.map.json")
    }

    /// Imports `files` (name and CSV text) with `map`.
    static func run(_ files: [(String, String)], map text: String = spendingMap) throws -> ImportResult {
        CSVImporter(map: try map(text)).run(files.map { ImportFile(path: $0.0, bytes: Array($0.1.utf8)) })
    }

    /// The printed lines of a result's file and row errors.
    static func problems(_ result: ImportResult) -> [String] {
        (result.fileErrors + result.rowErrors).map(\.headline)
    }

    /// Loads `ledger` written as one file, as `govlens validate` would.
    static func load(_ ledger: ImportedLedger) -> LedgerLoad {
        let file = LedgerWriter.files(ledger, layout: .singleFile(name: "imported.json"))[0]
        let source = LedgerSource(name: "imported", files: [LedgerSource.File(path: file.path, format: .json, contents: .memory(Array(file.text.utf8)))])
        return LedgerLoader.load(source)
    }
}
