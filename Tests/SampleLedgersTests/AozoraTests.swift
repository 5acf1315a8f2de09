import Foundation
import LedgerKit
import Testing

@Suite("Aozora sample ledger")
struct AozoraTests {
    let ledger = Samples.aozora

    @Test("passes the checks every ledger must pass")
    func generic() {
        LedgerChecks.all(ledger)
    }

    @Test("a Japanese municipality: yen, April fiscal year named by its start, Japanese names")
    func publisher() {
        #expect(ledger.currency == "JPY" && ledger.language == "ja")
        #expect(ledger.calendar == FiscalCalendar(startMonth: 4, startDay: 1, naming: .start))
        #expect(Set(ledger.budgetLines.map(\.fiscalYear)) == [2023, 2024])
        let fy2024 = ledger.lineItems.filter { $0.file.hasSuffix("FY2024.jsonl") }
        #expect(fy2024.allSatisfy { $0.date >= "2024-04-01" && $0.date <= ledger.asOf })
        #expect(ledger.vendors.contains { $0.name.hasPrefix("株式会社") || $0.name.hasSuffix("株式会社") })
        #expect(ledger.vendors.contains { $0.name == "東京都" && $0.kind == "government" })
        #expect(ledger.vendors.contains { $0.name.hasPrefix("NPO法人") && $0.kind == "non-profit" })
        #expect(Set(ledger.vendors.map(\.kind)) == ["business", "individual", "government", "non-profit"])
        #expect(ledger.lineItems.allSatisfy { !$0.description.allSatisfy(\.isASCII) }, "descriptions are in Japanese")
    }

    @Test("smaller but complete: every feature of the format is present")
    func features() {
        #expect((3_000...6_000).contains(ledger.lineItems.count))
        #expect((8...10).contains(ledger.kpis.count))
        #expect(ledger.kpis.contains { $0.frequency == "quarterly" })
        #expect(Set(ledger.lineItems.map(\.kind)) == ["obligation", "payment", "refund", "adjustment"])
        #expect(ledger.lineItems.contains { $0.kind == "refund" && $0.description.hasPrefix("戻入") })
        #expect(ledger.lineItems.contains { $0.inlineVendor != nil })
        #expect(ledger.lineItems.contains { $0.region != nil })
        #expect(ledger.lineItems.contains { $0.budgetLine != nil })
        #expect(ledger.budgetLines.contains { $0.phase == "revised" }, "補正予算 as the revised phase")
        for year in [2023, 2024] {
            let adopted = LedgerChecks.budget(ledger, phase: "adopted") { $0.fiscalYear == year }
            let revised = LedgerChecks.budget(ledger, phase: "revised") { $0.fiscalYear == year }
            #expect(revised != adopted)
        }
    }

    @Test("the year-end surge falls in March")
    func surge() {
        let total = LedgerChecks.paid(ledger) { $0.file.hasSuffix("FY2023.jsonl") }
        let march = LedgerChecks.paid(ledger) { $0.month == "2024-03" }
        #expect(Double(march) / Double(total) > 0.12)
    }
}
