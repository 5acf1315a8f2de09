import Foundation
import LedgerKit
import Testing

@Suite("Riverton sample ledger")
struct RivertonTests {
    let ledger = Samples.riverton

    @Test("passes the checks every ledger must pass")
    func generic() {
        LedgerChecks.all(ledger)
    }

    @Test("has the files, publisher and sizes the sample promises")
    func floors() {
        #expect(Samples.rivertonFiles.map(\.path) == [
            "ledger.json", "budget/FY2023.json", "budget/FY2024.json", "budget/FY2025.json", "kpis.json",
            "line-items/FY2023.jsonl", "line-items/FY2024.jsonl", "line-items/FY2025.jsonl",
        ])
        #expect(ledger.currency == "USD" && ledger.calendar == FiscalCalendar(startMonth: 7, startDay: 1, naming: .end))
        #expect(ledger.asOf == "2025-03-31" && ledger.language == "en")
        let organisation = ledger.classifications["organisation", default: []]
        #expect(organisation.filter { $0.parent == nil }.count >= 8)
        #expect(organisation.filter { $0.parent != nil }.count >= 40)
        #expect(ledger.codes("function") == Set((1...10).map { $0 < 10 ? "0\($0)" : "10" }))
        #expect(ledger.codes("category").isSuperset(of: ["PER", "PER-SAL", "PER-OT", "PER-BEN", "CON", "SUP", "CAP", "GRT", "DEB"]))
        #expect(ledger.codes("fund").count >= 4)
        #expect(Set(ledger.budgetLines.map(\.fiscalYear)) == [2023, 2024, 2025])
        #expect((20_000...30_000).contains(ledger.lineItems.count))
        #expect((300...600).contains(ledger.vendors.count))
        #expect(Set(ledger.vendors.map(\.kind)) == ["business", "individual", "government", "non-profit"])
        #expect(ledger.kpis.count >= 25)
        #expect(Set(ledger.kpis.map(\.frequency)) == ["monthly", "quarterly", "annual"])
        #expect(Set(ledger.kpis.map(\.direction)) == ["higher", "lower"])
    }

    @Test("every kind of line item and optional field is exercised")
    func features() {
        let kinds = Dictionary(grouping: ledger.lineItems, by: \.kind).mapValues(\.count)
        #expect(kinds["refund", default: 0] >= 50)
        #expect(kinds["adjustment", default: 0] >= 10)
        #expect(kinds["obligation", default: 0] >= 500)
        let linked = ledger.lineItems.filter { $0.budgetLine != nil }.count
        #expect(linked > ledger.lineItems.count / 10 && linked < ledger.lineItems.count / 2)
        let inline = ledger.lineItems.filter { $0.inlineVendor != nil }.count
        #expect(inline > 0 && inline < ledger.lineItems.count / 50)
        #expect(ledger.lineItems.contains { $0.region != nil })
        #expect(ledger.lineItems.contains { $0.dateEstimated })
        #expect(ledger.budgetLines.allSatisfy { $0.function != nil })
        let budgeted = Set(ledger.budgetLines.map { "\($0.fiscalYear) \($0.organisation) \($0.category) \($0.fund)" })
        let unbudgeted = ledger.lineItems.filter {
            !budgeted.contains("\(LedgerChecks.fiscalYear(of: $0.date, ledger)) \($0.organisation) \($0.category) \($0.fund)")
        }
        #expect(unbudgeted.contains { $0.category == "OTH-SET" }, "claims are paid without a budget line")
    }

    @Test("budgets: three phases per year, revisions move a few per cent between programs")
    func phases() {
        for year in 2023...2025 {
            let lines = ledger.budgetLines.filter { $0.fiscalYear == year }
            let counts = Dictionary(grouping: lines, by: \.phase).mapValues(\.count)
            #expect(counts["proposed"] == counts["adopted"] && counts["adopted"] == counts["revised"])
            let adopted = LedgerChecks.budget(ledger, phase: "adopted") { $0.fiscalYear == year }
            let revised = LedgerChecks.budget(ledger, phase: "revised") { $0.fiscalYear == year }
            let proposed = LedgerChecks.budget(ledger, phase: "proposed") { $0.fiscalYear == year }
            #expect(abs(revised - adopted) * 100 < adopted * 3, "FY\(year): revised \(revised) vs adopted \(adopted)")
            #expect(proposed > adopted, "FY\(year): council trims the proposal")
            let changes = Dictionary(grouping: lines.filter { $0.phase != "proposed" }, by: \.organisation).mapValues { lines in
                lines.reduce(Int64(0)) { $0 + ($1.phase == "revised" ? $1.amount : -$1.amount) }
            }
            #expect(changes.values.contains { $0 > 0 } && changes.values.contains { $0 < 0 }, "FY\(year): revisions go both ways")
        }
    }

    @Test("spending relates to the budget as in a real city")
    func execution() {
        func rate(_ year: Int, _ organisation: (String) -> Bool = { _ in true }) -> Double {
            let paid = LedgerChecks.paid(ledger) { LedgerChecks.fiscalYear(of: $0.date, ledger) == year && organisation($0.organisation) }
            let revised = LedgerChecks.budget(ledger, phase: "revised") { $0.fiscalYear == year && organisation($0.organisation) }
            return Double(paid) / Double(revised)
        }
        for year in [2023, 2024] {
            #expect((0.90...1.02).contains(rate(year)), "FY\(year) executed \(rate(year))")
            let programs = Set(ledger.budgetLines.map(\.organisation))
            let normal = programs.filter { program in (0.90...1.02).contains(rate(year) { $0 == program }) }
            #expect(normal.count * 10 >= programs.count * 8, "FY\(year): most programs execute 90–102 %")
        }
        #expect((0.65...0.80).contains(rate(2025)), "FY2025 executed \(rate(2025)) at 75 % of the year")
        #expect(rate(2024) { $0 == "FIR-SUP" } > 1.05, "Fire Suppression overspends in FY2024")
        #expect(rate(2024) { $0 == "PW-SNW" } > 1.10, "Snow & Ice Control overspends in FY2024")
        #expect(rate(2023) { $0 == "PRK-CIP" } < 0.75, "Parks capital underspends")
        #expect(rate(2025) { $0.hasPrefix("HSG-") } < 0.5, "Housing lags far behind in FY2025")
        let byCategory = Dictionary(grouping: ledger.lineItems.filter { $0.kind != "obligation" }) { $0.category.split(separator: "-")[0] }
            .mapValues { $0.reduce(Int64(0)) { $0 + $1.amount } }
        #expect(byCategory.max { $0.value < $1.value }?.key == "PER", "personnel is the largest category")
    }

    @Test("seasonality: year-end surge, summer parks, winter snow")
    func seasonality() {
        for year in [2023, 2024] {
            let total = LedgerChecks.paid(ledger) { LedgerChecks.fiscalYear(of: $0.date, ledger) == year }
            let mayJune = LedgerChecks.paid(ledger) { $0.month == "\(year)-05" || $0.month == "\(year)-06" }
            #expect(Double(mayJune) / Double(total) > 1.0 / 6.0 + 0.03, "FY\(year): May and June carry \(Double(mayJune) / Double(total))")
        }
        /// Share of a program's seasonal spending (all but salaries and benefits) paid in `months`.
        func share(_ program: String, months: Set<String>) -> Double {
            let seasonal = { (item: ParsedLedger.LineItem) in item.organisation == program && !["PER-SAL", "PER-BEN"].contains(item.category) }
            let inMonths = LedgerChecks.paid(ledger) { seasonal($0) && months.contains(String($0.month.suffix(2))) }
            return Double(inMonths) / Double(LedgerChecks.paid(ledger, where: seasonal))
        }
        #expect(share("PW-SNW", months: ["11", "12", "01", "02", "03"]) > 0.6, "snow removal happens in winter")
        #expect(share("PRK-AQU", months: ["06", "07", "08"]) > share("PRK-AQU", months: ["12", "01", "02"]) * 1.5, "pools are busy in summer")
    }

    @Test("vendors: the top few get most of the business")
    func vendorConcentration() {
        let spending = Dictionary(grouping: ledger.lineItems.filter { $0.kind == "payment" && !$0.category.hasPrefix("PER") }, by: \.vendor)
            .mapValues { $0.reduce(Int64(0)) { $0 + $1.amount } }
            .values.sorted(by: >)
        let top = spending.prefix(spending.count / 10).reduce(0, +)
        #expect(Double(top) / Double(spending.reduce(0, +)) > 0.5)
    }
}
