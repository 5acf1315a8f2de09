import Foundation
import LedgerImport
import LedgerKit

/// The CSV import fuzz target: the bytes are one CSV file of spending, imported with a fixed column map.
public enum CSVFuzzTarget {
    /// Reads the bytes as CSV and imports them; traps when the reader or importer crashes, a position
    /// lies outside the file, or an import that succeeded writes a ledger the loader does not accept.
    public static let check: FuzzCheck = { bytes in
        let input = Array(bytes)
        checkReader(input)
        let result = CSVImporter(map: map).run([ImportFile(path: "spend-2016.csv", bytes: input)])
        for diagnostic in result.rowErrors + result.fileErrors {
            guard let location = diagnostic.location else { continue }
            // Line 0 (with column 0) stands for the whole file.
            precondition(location.line >= 1 || (location.line == 0 && location.column == 0), "a diagnostic before the start of the file")
        }
        guard result.succeeded(skippingBadRows: true), !result.ledger.lineItems.isEmpty else { return }
        let files = LedgerWriter.files(result.ledger, layout: .singleFile(name: "ledger.json"))
        let source = LedgerSource(name: "imported", files: files.map {
            LedgerSource.File(path: $0.path, format: LedgerSource.File.format(ofName: $0.path), contents: .memory(Array($0.text.utf8)))
        })
        let load = LedgerLoader.load(source, diagnosticLimit: 8, parallelism: .none)
        precondition(load.isValid, "the imported ledger does not load: \(load.diagnostics.diagnostics.map(\.description))")
    }

    /// Walks every record; each field's position must lie inside the file.
    private static func checkReader(_ input: [UInt8]) {
        let lines = 1 + input.lazy.filter { $0 == 0x0A || $0 == 0x0D }.count
        do throws(CSVError) {
            var reader = try CSVReader(bytes: input, file: "fuzz.csv")
            while let record = try reader.next() {
                for field in record.fields.indices {
                    let location = reader.location(of: record, field: field)
                    precondition(location.line >= 1 && location.line <= lines && location.column >= 1, "a field outside the file")
                }
            }
        } catch {
            precondition(error.location.line >= 1 && error.location.line <= lines, "an error outside the file")
        }
    }

    /// A column map like Oxford's (sample-data/sources/oxford), for files named `spend-YYYY.csv`.
    static let map: ImportMap = {
        let text = #"""
            {"format": "govlens-import-map/1",
             "publisher": {"name": "Fuzz Council", "currency": "GBP", "fiscalYearStart": {"month": 4, "day": 1},
              "fiscalYearNaming": "start", "asOf": "2018-01-31"},
             "tables": [{"files": "^spend-(?<year>[0-9]{4})\\.csv$", "records": "lineItems", "fields": {
               "id": {"template": "{file}:{line}"},
               "date": {"column": "Date", "format": "DD/MM/YYYY", "missing": ["00:00:00"],
                 "fallback": {"template": "01 Apr {year}", "format": "DD Mon YYYY"}},
               "organisation": {"name": {"column": "Unit"}},
               "category": {"code": {"column": "Code"}, "name": {"column": "Category"}},
               "fund": {"code": {"column": "Type", "codes": {"Revenue": "REV", "Capital": "CAP"}},
                 "name": {"column": "Type", "codes": {"Revenue": "Revenue", "Capital": "Capital"}}},
               "vendor": {"name": {"column": "Supplier", "default": "No payee named"},
                 "kind": {"column": "Supplier", "codes": {"Redacted": "individual"}, "otherwise": "business", "default": "government"}},
               "kind": {"value": "payment", "negative": "refund"},
               "amount": {"column": "Amount"},
               "reference": {"column": "Trans No"}}}]}
            """#
        do {
            return try ImportMap.read(Data(text.utf8), file: "fuzz.map.json")
        } catch {
            preconditionFailure("the fuzz target's map does not read: \(error)")
        }
    }()
}
