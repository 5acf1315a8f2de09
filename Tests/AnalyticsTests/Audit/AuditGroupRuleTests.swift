import Analytics
import LedgerKit
import Testing

/// Vendor concentration, Benford's law, the budget rules, flags and parameters.
@Suite("Audit: concentration, Benford, budget, parameters")
struct AuditGroupRuleTests {
    @Test("concentration: five businesses, one with 90 %, give an HHI of 8,125; four businesses are not judged; individuals do not count")
    func concentration() throws {
        var ledger = AuditTestLedger()
        ledger.add("2024-08-01", "9000.00", organisation: "FIN")
        for vendor in 2...5 { ledger.add("2024-08-0\(vendor)", "250.00", vendor: "V-\(vendor)", organisation: "FIN") }
        ledger.add("2024-08-09", "99999.00", vendor: "P-1", organisation: "FIN")
        for vendor in 1...4 { ledger.add("2024-09-0\(vendor)", vendor == 1 ? "9000.00" : "100.00", vendor: "V-\(vendor)", organisation: "PW-PRK") }
        let report = ledger.audit()
        let finance = try #require(report.concentration.first { $0.subject == .organisation(3) })
        #expect(finance.vendorCount == 5)
        #expect(abs(finance.hhi - 8125) < 1e-9)
        #expect(finance.topFiveShare == 1)
        let result = report.result(.vendorConcentration)
        #expect(Set(result.findings.map(\.subject)) == [.organisation(3), .category(0)], "FIN, and the category CONT (V-1 has 93 %)")
        #expect(report.flags(of: 0).isEmpty, "concentration lists its line items without flagging them")
        let financeFinding = try #require(result.findings.first { $0.subject == .organisation(3) })
        #expect(result.rows(of: financeFinding).rows == [0, 1, 2, 3, 4])
    }

    @Test("Nigrini's bands: the upper bound of each band belongs to it")
    func conformityBands() {
        #expect(BenfordConformity.of(mad: 0.006, digits: .first) == .close)
        #expect(BenfordConformity.of(mad: 0.0120, digits: .first) == .acceptable)
        #expect(BenfordConformity.of(mad: 0.015, digits: .first) == .marginal)
        #expect(BenfordConformity.of(mad: 0.0150001, digits: .first) == .nonconformity)
        #expect(BenfordConformity.of(mad: 0.0022, digits: .firstTwo) == .marginal)
        #expect(BenfordConformity.of(mad: 0.00221, digits: .firstTwo) == .nonconformity)
        #expect(abs(BenfordDigits.first.expected[0] - 0.30103) < 1e-5)
        #expect(abs(BenfordDigits.firstTwo.expected.reduce(0, +) - 1) < 1e-12)
    }

    @Test("Benford: an organisation whose payments all start with 4 is in nonconformity; amounts below 10 major units are not counted")
    func benford() throws {
        var ledger = AuditTestLedger()
        for index in 0..<40 { ledger.add("2024-08-\(10 + index % 15)", "4\(100 + index * 7).\(10 + index)", vendor: "V-\(1 + index % 6)", organisation: "FIN") }
        ledger.add("2024-08-05", "9.99", organisation: "FIN")
        let report = ledger.audit { $0.benfordMinimumCount = 40 }
        let overall = report.benford[0]
        #expect(overall.organisation == nil)
        #expect(overall.count == 40)
        #expect(overall.observedCounts(.first) == [0, 0, 0, 40, 0, 0, 0, 0, 0])
        #expect(overall.conformity(.first) == .nonconformity)
        let subjects = report.result(.benford).findings.map(\.subject)
        #expect(Set(subjects) == [.ledger, .organisation(3)])
        #expect(ledger.audit { $0.benfordMinimumCount = 41 }.result(.benford).count == 0)
    }

    @Test("budget rules: spending no line covers, and a line overspent, as budget execution reports them")
    func budgetRules() throws {
        var ledger = AuditTestLedger()
        ledger.budget("1000.00")
        let charged = [ledger.add("2024-08-01", "600.00"), ledger.add("2024-09-01", "500.00", vendor: "V-2")]
        let uncovered = ledger.add("2024-10-01", "70.00", organisation: "FIN")
        ledger.add("2024-10-02", "5000.00", kind: "obligation", organisation: "FIN")
        let store = ledger.store()
        let report = store.audit(AuditParameters(ledger: store.ledger))
        #expect(report.rows(.overspentBudgetLine) == charged)
        #expect(report.result(.overspentBudgetLine).amount == 10_000)
        #expect(report.rows(.noBudgetLine) == [uncovered])
        let execution = store.budgetExecution(by: .organisation, fiscalYear: 2025)
        #expect(report.result(.noBudgetLine).amount == execution.totals.unbudgeted.amount)
        #expect(report.result(.noBudgetLine).findings[0].lineItemCount == execution.totals.unbudgeted.count)
        #expect(report.flags(of: charged[0]).rules == [.overspentBudgetLine])
    }

    @Test("a ledger without budget lines has no budget findings")
    func noBudget() {
        var ledger = AuditTestLedger()
        ledger.add("2024-10-01", "70.00")
        #expect(ledger.audit().result(.noBudgetLine).count == 0)
    }

    @Test("parameters: defaults, then the publisher's audit object, then overrides; amounts in major units")
    func parameters() throws {
        var ledger = AuditTestLedger(currency: "JPY")
        ledger.audit = #"{"approvalThreshold": 1000000, "splitWindowDays": 3, "roundUnit": "500"}"#
        ledger.add("2024-10-01", "70")
        let store = ledger.store()
        var overrides = AuditSettings()
        overrides.splitWindowDays = 10
        overrides.outlierFence = 1.5
        let parameters = AuditParameters(ledger: store.ledger, overrides: overrides)
        #expect(parameters.approvalThreshold == 1_000_000)
        #expect(parameters.roundUnit == 500)
        #expect(parameters.splitWindowDays == 10)
        #expect(parameters.outlierFence == 1.5)
        #expect(parameters.duplicateWindowDays == 7)
        let dollars = AuditParameters(currency: try #require(Currency(code: "USD")))
        #expect(dollars.approvalThreshold == 5_000_000)
        #expect(dollars.roundUnit == 100_000)
    }

    @Test("every rule has a result, in rule order, with an explanation naming its threshold")
    func results() {
        var ledger = AuditTestLedger()
        ledger.add("2024-10-01", "70.00")
        var progress: [Int] = []
        let report = ledger.store().audit(AuditParameters(currency: Currency(code: "USD")!)) { progress.append($0.completed) }
        #expect(report.results.map(\.rule) == AuditRule.allCases)
        #expect(progress == [1, 2, 3, 4, 5])
        #expect(report.result(.splitPurchase).explanation.contains("USD 50,000.00"))
        #expect(report.result(.duplicatePayment).explanation.contains("7 days"))
        #expect(Set(AuditRule.allCases.map(\.id)).count == AuditRule.allCases.count)
        #expect(AuditRule.allCases.allSatisfy { $0.label.count <= 5 })
    }

    @Test("a ledger without line items audits to no findings")
    func emptyLedger() {
        let report = AuditTestLedger().audit()
        #expect(report.results.allSatisfy { $0.count == 0 })
        #expect(report.flags.isEmpty)
        #expect(report.benford.map(\.count) == [0])
    }

    @Test("the audit runs off the calling task and hands back a value")
    func offTheMainThread() async {
        var ledger = AuditTestLedger()
        ledger.add("2025-01-04", "10.00")
        let store = ledger.store()
        let parameters = AuditParameters(ledger: store.ledger)
        let report = await Task.detached { store.audit(parameters) }.value
        #expect(report.rows(.weekendPayment) == [0])
    }
}
