import Analytics
import Testing

/// Duplicate payments, invoices paid twice and split purchases at their edges.
@Suite("Audit: duplicates and split purchases")
struct AuditDuplicateRuleTests {
    @Test("payments of one amount to one vendor 7 days apart are duplicates; 8 days apart are not")
    func duplicateWindow() {
        var ledger = AuditTestLedger()
        let first = ledger.add("2025-01-06", "1234.56")
        let second = ledger.add("2025-01-13", "1234.56")
        ledger.add("2025-02-03", "777.00")
        ledger.add("2025-02-11", "777.00")
        ledger.add("2025-02-03", "555.00", vendor: "V-2")
        ledger.add("2025-02-04", "555.00", vendor: "V-3")
        let report = ledger.audit()
        #expect(report.rows(.duplicatePayment) == [first, second])
        let finding = report.result(.duplicatePayment).findings[0]
        #expect(finding.amount == 123_456)
        #expect(finding.detail == "2 payments of USD 1,234.56 within 7 days")
        #expect(report.flags(of: first).contains(.duplicatePayment))
    }

    @Test("a refund of the same amount cancels one duplicate; a partial refund does not")
    func refundsCancel() {
        var ledger = AuditTestLedger()
        ledger.add("2025-01-06", "900.00")
        ledger.add("2025-01-07", "900.00")
        ledger.add("2025-01-14", "-900.00", kind: "refund")
        let partial = [ledger.add("2025-01-06", "400.00", vendor: "V-2"), ledger.add("2025-01-07", "400.00", vendor: "V-2")]
        ledger.add("2025-01-10", "-399.99", kind: "refund", vendor: "V-2")
        let report = ledger.audit()
        #expect(report.rows(.duplicatePayment) == partial)
        var late = AuditTestLedger()
        let paid = [late.add("2025-01-06", "900.00"), late.add("2025-01-07", "900.00")]
        late.add("2025-01-15", "-900.00", kind: "refund")
        #expect(late.audit().rows(.duplicatePayment) == paid, "a refund more than 7 days after the last payment does not count")
    }

    @Test("an invoice paid twice: same vendor, amount and reference, months apart; not under an order's reference")
    func invoicePaidTwice() {
        var ledger = AuditTestLedger()
        let twice = [ledger.add("2024-08-01", "250.00", reference: "INV-1"), ledger.add("2024-12-01", "250.00", reference: "INV-1")]
        ledger.add("2024-08-01", "250.00", reference: "INV-2")
        ledger.add("2024-09-01", "300.00", reference: "INV-3")
        ledger.add("2024-10-01", "301.00", reference: "INV-3")
        ledger.add("2024-08-01", "1000.00", kind: "obligation", vendor: "V-2", reference: "PO-9")
        ledger.add("2024-09-01", "500.00", vendor: "V-2", reference: "PO-9")
        ledger.add("2024-10-01", "500.00", vendor: "V-2", reference: "PO-9")
        let report = ledger.audit()
        #expect(report.rows(.duplicateInvoice) == twice)
        #expect(report.result(.duplicateInvoice).amount == 25_000)
    }

    @Test("split purchase: each below the threshold and together exactly at it is flagged; a cent less is not")
    func splitAtThreshold() {
        var ledger = AuditTestLedger()
        let split = [ledger.add("2025-01-06", "25000.00"), ledger.add("2025-01-08", "25000.00")]
        ledger.add("2025-01-06", "25000.00", vendor: "V-2")
        ledger.add("2025-01-08", "24999.99", vendor: "V-2")
        ledger.add("2025-01-06", "50000.00", vendor: "V-3")
        ledger.add("2025-01-07", "10.00", vendor: "V-3")
        let report = ledger.audit()
        #expect(report.rows(.splitPurchase) == split)
        #expect(report.result(.splitPurchase).findings[0].amount == 5_000_000)
    }

    @Test("split purchase window: payments 7 days apart form a group, 8 days apart do not; organisations apart never")
    func splitWindow() {
        var ledger = AuditTestLedger()
        let inWindow = [ledger.add("2025-01-06", "30000.00"), ledger.add("2025-01-13", "30000.00")]
        ledger.add("2025-02-03", "30000.00", vendor: "V-2")
        ledger.add("2025-02-11", "30000.00", vendor: "V-2")
        ledger.add("2025-03-03", "30000.00", vendor: "V-3", organisation: "PW-STR")
        ledger.add("2025-03-03", "30000.00", vendor: "V-3", organisation: "PW-PRK")
        #expect(ledger.audit().rows(.splitPurchase) == inWindow)
        #expect(ledger.audit { $0.splitWindowDays = 8 }.result(.splitPurchase).count == 2)
    }

    @Test("thresholds are in major units: 50,000 yen is 50,000 minor units, 50,000 dollars 5,000,000")
    func yenThreshold() {
        var yen = AuditTestLedger(currency: "JPY")
        let split = [yen.add("2025-01-06", "25000"), yen.add("2025-01-06", "25000")]
        let report = yen.audit()
        #expect(report.parameters.approvalThreshold == 50_000)
        #expect(report.rows(.splitPurchase) == split)
        var dollars = AuditTestLedger()
        dollars.add("2025-01-06", "250.00")
        dollars.add("2025-01-07", "250.01")
        #expect(dollars.audit().parameters.approvalThreshold == 5_000_000)
        #expect(dollars.audit().result(.splitPurchase).count == 0)
    }
}
