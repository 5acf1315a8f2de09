import Analytics
import LedgerKit
import Testing

/// Round amounts, weekend and holiday payments, the year-end surge and outliers at their edges.
@Suite("Audit: amount and calendar patterns")
struct AuditPatternRuleTests {
    /// 20 non-round payments of vendor V-2, so that the ledger's norm is low.
    static func withOrdinaryPayments(_ ledger: inout AuditTestLedger, currency unit: String = ".37") {
        for day in 1...20 { ledger.add("2024-09-\(day < 10 ? "0" : "")\(day)", "\(100 + day * 3)\(unit)", vendor: "V-2") }
    }

    @Test("round amounts: five round payments of a vendor flag it, four do not")
    func roundMinimum() {
        var ledger = AuditTestLedger()
        Self.withOrdinaryPayments(&ledger)
        let weekdays = ["2024-10-01", "2024-10-02", "2024-10-03", "2024-10-04", "2024-10-07"]
        let round = (1...5).map { ledger.add(weekdays[$0 - 1], "\($0 + 1)000.00", vendor: "V-3") }
        (1...4).forEach { ledger.add("2024-11-\(10 + 3 * $0)", "\($0 + 1)000.00", vendor: "V-4") }
        let report = ledger.audit()
        #expect(report.rows(.roundAmounts) == round)
        #expect(report.flags(of: round[0]).labels == "round")
    }

    @Test("round is in major units: 5,000 yen and 5,000.00 dollars are round, 5,000.50 dollars is not")
    func roundInMajorUnits() {
        var yen = AuditTestLedger(currency: "JPY")
        Self.withOrdinaryPayments(&yen, currency: "")
        let round = (1...5).map { yen.add("2024-10-\(10 + 3 * $0)", "\($0 + 4)000", vendor: "V-3") }
        #expect(yen.audit().rows(.roundAmounts) == round)
        #expect(yen.audit().parameters.roundUnit == 1_000)
        var dollars = AuditTestLedger()
        Self.withOrdinaryPayments(&dollars)
        (1...5).forEach { dollars.add("2024-10-\(10 + 3 * $0)", "\($0 + 4)000.50", vendor: "V-3") }
        #expect(dollars.audit().result(.roundAmounts).count == 0)
    }

    @Test("weekend payments are flagged, Fridays and weekend refunds are not; holidays only when listed")
    func weekendsAndHolidays() {
        var ledger = AuditTestLedger()
        let saturday = ledger.add("2025-01-04", "10.00")
        let sunday = ledger.add("2025-01-05", "11.00")
        ledger.add("2025-01-03", "12.00")
        ledger.add("2025-01-04", "-5.00", kind: "refund")
        let christmas = ledger.add("2024-12-25", "13.00")
        #expect(ledger.audit().rows(.weekendPayment) == [saturday, sunday])
        #expect(ledger.audit().result(.holidayPayment).count == 0)
        ledger.audit = #"{"holidays": ["2024-12-25", "2025-01-01"]}"#
        let report = ledger.audit()
        #expect(report.rows(.holidayPayment) == [christmas])
        #expect(report.result(.weekendPayment).findings.map(\.subject) == [.day(CivilDate(iso: "2025-01-05")!), .day(CivilDate(iso: "2025-01-04")!)],
                "largest amount first")
    }

    /// FY2024 (July 2023 – June 2024) of PW-PRK: 100.00 in each of the first eleven months and `june` in the last.
    static func surgeLedger(june: String) -> AuditTestLedger {
        var ledger = AuditTestLedger()
        let months = ["2023-07", "2023-08", "2023-09", "2023-10", "2023-11", "2023-12", "2024-01", "2024-02", "2024-03", "2024-04", "2024-05"]
        for month in months { ledger.add("\(month)-10", "100.00", vendor: "P-1", organisation: "PW-PRK") }
        ledger.add("2024-06-10", june, vendor: "P-1", organisation: "PW-PRK")
        return ledger
    }

    @Test("year-end surge: a last month exactly 3 times the mean of the others is flagged, a cent less is not")
    func surgeAtRatio() throws {
        let report = Self.surgeLedger(june: "300.00").audit()
        let findings = report.result(.yearEndSurge).findings
        #expect(findings.map(\.fiscalYear) == [2024, 2024], "PW-PRK and its agency PW")
        #expect(findings.allSatisfy { $0.amount == 30_000 })
        #expect(report.rows(.yearEndSurge) == [11])
        #expect(Self.surgeLedger(june: "299.99").audit().result(.yearEndSurge).count == 0)
    }

    @Test("year-end surge is net of refunds, and a year not yet complete is not judged")
    func surgeNetOfRefunds() {
        var ledger = Self.surgeLedger(june: "400.00")
        ledger.add("2024-06-20", "-100.01", kind: "refund", vendor: "P-1", organisation: "PW-PRK")
        #expect(ledger.audit().result(.yearEndSurge).count == 0)
        var current = AuditTestLedger()
        for month in ["2024-07", "2024-08", "2024-09"] { current.add("\(month)-10", "100.00", organisation: "PW-PRK") }
        current.add("2025-03-10", "900.00", organisation: "PW-PRK")
        #expect(current.audit().result(.yearEndSurge).count == 0)
    }

    /// 21 payments in CONT with quartiles 100.00 and 1,000.00 (positions 5 and 15), the largest `largest`.
    static func outlierLedger(largest: String) -> (AuditTestLedger, Int32) {
        var ledger = AuditTestLedger()
        var amounts = Array(repeating: "50.00", count: 5) + ["100.00"] + Array(repeating: "500.00", count: 9)
        amounts += Array(repeating: "1000.00", count: 5)
        for (index, amount) in amounts.enumerated() { ledger.add("2024-08-\(10 + index)", amount, vendor: index % 2 == 0 ? "V-1" : "V-2") }
        let row = ledger.add("2024-09-02", largest, vendor: "V-3")
        return (ledger, row)
    }

    @Test("outliers: with quartiles 100 and 1,000 and k = 3 the upper fence is 1,000,000.00, and only beyond it is flagged")
    func outlierFence() {
        let (atFence, _) = Self.outlierLedger(largest: "1000000.00")
        #expect(atFence.audit().result(.outlier).count == 0)
        let (beyond, row) = Self.outlierLedger(largest: "1000000.01")
        let report = beyond.audit()
        #expect(report.rows(.outlier) == [row])
        #expect(report.result(.outlier).findings[0].subject == .category(0))
    }
}
