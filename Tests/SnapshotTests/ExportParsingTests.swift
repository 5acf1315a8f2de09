import Dashboard
import Foundation
import LedgerKit
import Snapshot
import Testing

/// CSV and JSON exports of the sample ledgers read back with standard parsers, and their
/// amounts add up to the engine's totals, to the minor unit.
@Suite("Exports parse and add up")
struct ExportParsingTests {
    @Test("CSV: every money column sums to the table's exact total; the Overview's Paid and Revised to the engine's totals")
    func csvTotals() throws {
        for sample in SampleExports.all {
            for panel in Panel.allCases {
                let state = try SampleExports.state(sample, panel: panel)
                let table = DashboardApp.table(state)
                let records = CSVReader.records(try SampleExports.document(.table(.csv), state: state, sample: sample).contents)
                let header = try #require(records.first)
                #expect(records.count == table.rows.count + 1)
                #expect(header.last == "Currency" && records.dropFirst().allSatisfy { $0.last == table.currency.code })
                for (column, definition) in table.columns.enumerated() where definition.kind == .money {
                    let total = try records.dropFirst().reduce(Int64(0)) { $0 + (try minorUnits($1[column], exponent: table.currency.exponent)) }
                    #expect(total == moneyTotal(table, column: column), "\(sample.name) \(panel) \(definition.title)")
                }
                if panel == .overview {
                    let paid = try #require(header.firstIndex(of: "Paid"))
                    let revised = try #require(header.firstIndex(of: "Revised"))
                    #expect(moneyTotal(table, column: paid) == state.overview.totals.paid)
                    #expect(moneyTotal(table, column: revised) == state.overview.totals.revised)
                }
            }
        }
    }

    @Test("JSON: parses with JSONSerialization; rows, columns and currency as the table; amounts add up exactly")
    func jsonTotals() throws {
        for sample in SampleExports.all {
            for panel in Panel.allCases {
                let state = try SampleExports.state(sample, panel: panel)
                let table = DashboardApp.table(state)
                let text = try SampleExports.document(.table(.json), state: state, sample: sample).contents
                let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
                let rows = try #require(object["rows"] as? [[String: Any]])
                #expect(rows.count == table.rows.count)
                #expect(object["currency"] as? String == table.currency.code)
                #expect((object["provenance"] as? [String: Any])?["view"] as? String == panel.exportName)
                let scale = pow(10, Double(table.currency.exponent))
                for (column, definition) in table.columns.enumerated() where definition.kind == .money {
                    // Each amount is well below 2^53 minor units, so one Double holds it to the minor unit.
                    let total = try rows.reduce(Int64(0)) { sum, row in
                        let value = try #require(row[definition.title], "\(definition.title) missing")
                        guard let number = value as? NSNumber else {
                            #expect(value is NSNull)
                            return sum
                        }
                        return sum + Int64((number.doubleValue * scale).rounded())
                    }
                    #expect(total == moneyTotal(table, column: column), "\(sample.name) \(panel) \(definition.title)")
                }
            }
        }
    }

    private func moneyTotal(_ table: ViewTable, column: Int) -> Int64 {
        table.rows.reduce(0) { sum, row in
            if case .money(let amount) = row[column] { return sum + amount }
            return sum
        }
    }

    private func minorUnits(_ text: String, exponent: Int) throws -> Int64 {
        guard !text.isEmpty else { return 0 }
        let result = Array(text.utf8).withUnsafeBufferPointer { AmountParser.parse($0, exponent: exponent) }
        return try result.get()
    }
}
