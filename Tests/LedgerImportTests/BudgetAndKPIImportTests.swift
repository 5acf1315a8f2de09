import LedgerImport
import LedgerKit
import Testing

@Suite("Budget and KPI import")
struct BudgetAndKPIImportTests {
    static let map = """
        {
          "format": "govlens-import-map/1",
          "publisher": {"name": "Test City", "currency": "USD", "fiscalYearStart": {"month": 7, "day": 1}, "asOf": "2026-05-16"},
          "missing": ["#Missing"],
          "tables": [
            {
              "files": "^budget",
              "records": "budgetLines",
              "fields": {
                "organisation": [{"name": {"column": "Cabinet"}}, {"name": {"column": "Dept"}}],
                "category": {"name": {"column": "Expense Category"}},
                "fund": {"code": {"value": "GF"}, "name": {"value": "General Fund"}},
                "amounts": [
                  {"amount": {"column": "FY24 Actual", "round": true}, "fiscalYear": 2024, "phase": {"value": "executed"}},
                  {"amount": {"column": "FY25 Budget"}, "fiscalYear": 2025, "phase": {"value": "adopted"}}
                ]
              }
            },
            {
              "files": "^scores",
              "records": "kpis",
              "fields": {
                "id": {"column": "metric", "template": "K-{value}"},
                "name": {"column": "metric"},
                "organisation": [{"name": {"value": "Streets"}}, {"name": {"value": "Public Works"}}],
                "unit": {"value": "score"},
                "direction": {"value": "higher"},
                "frequency": {"column": "frequency"},
                "period": {"column": "when", "format": "YYYY-MM-DD hh:mm:ss"},
                "observation": {"column": "score"},
                "target": {"value": "1"}
              }
            }
          ]
        }
        """

    static let budget = """
        Cabinet,Dept,Expense Category,FY24 Actual,FY25 Budget
        Streets,Public Works,Personnel,1000.005,#Missing
        Streets,Public Works,Supplies,#Missing,250
        Other,Admin,Personnel,-10.5,0
        Streets,Parks,Personnel,#Missing,#Missing

        """

    static let scores = """
        metric,frequency,when,score
        POTHOLES,monthly,2026-03-25 11:24:49,0.93
        POTHOLES,monthly,2026-03-31 10:03:57,0.950
        POTHOLES,monthly,2026-04-07 11:36:52,
        LIBRARY,quarterly,2026-04-07 11:36:52,007.5

        """

    @Test("one budget line per amount with a value; #Missing makes none; extra decimals rounded when the map says so")
    func budgetLines() throws {
        let result = try ImportFixture.run([("budget.csv", Self.budget), ("scores.csv", Self.scores)], map: Self.map)
        #expect(ImportFixture.problems(result).isEmpty)
        let lines = result.ledger.budgetLines.map { "\($0.id) FY\($0.fiscalYear) \($0.codes["organisation"]!) \($0.codes["category"]!) \($0.phase) \($0.amount)" }
        #expect(
            lines == [
                "budget:2 FY2024 Streets/Public Works Personnel executed 100001", "budget:3:2 FY2025 Streets/Public Works Supplies adopted 25000",
                "budget:4 FY2024 Other/Admin Personnel executed -1050", "budget:4:2 FY2025 Other/Admin Personnel adopted 0",
            ])
        let organisations = result.ledger.classifications["organisation"]!.map { "\($0.code)<\($0.parent ?? "")" }
        #expect(organisations == ["Streets<", "Streets/Public Works<Streets", "Other<", "Other/Admin<Other"])
    }

    @Test("KPI rows: a period per frequency, the last row of a period wins, no value means no observation")
    func kpis() throws {
        let result = try ImportFixture.run([("budget.csv", Self.budget), ("scores.csv", Self.scores)], map: Self.map)
        let kpis = result.ledger.kpis
        #expect(kpis.map(\.id) == ["K-POTHOLES", "K-LIBRARY"])
        #expect(kpis[0].observations == ["2026-03": "0.950"])
        #expect(kpis[0].targets == ["2026-03": "1", "2026-04": "1"])
        #expect(kpis[1].frequency == "quarterly" && kpis[1].observations == ["FY2026-Q4": "7.5"])
        #expect(kpis.allSatisfy { $0.organisation == "Streets/Public Works" })
        let load = ImportFixture.load(result.ledger)
        #expect(load.diagnostics.diagnostics.map(\.headline) == [])
        #expect(load.ledger.kpis.count == 2)
    }

    @Test("a KPI value that is not a plain number, and a budget amount beyond the currency's decimals, are bad rows")
    func badValues() throws {
        let result = try ImportFixture.run(
            [("budget.csv", Self.budget.replacingOccurrences(of: "250", with: "250.125")), ("scores.csv", Self.scores.replacingOccurrences(of: "0.93", with: "93%"))],
            map: Self.map)
        #expect(
            ImportFixture.problems(result) == [
                "budget.csv:3:40: error: amounts[1].amount: expected an amount with at most 2 decimal places (USD), found '250.125'",
                "scores.csv:2:38: error: observation: expected a decimal number such as 0.95, found '93%'",
            ])
    }
}
