import LedgerKit
import Testing
import TestSupport

/// Audit settings as `--audit NAME=VALUE` assignments: the same names and values as the
/// publisher's `audit` object, read back from what they write.
@Suite("Audit settings: command-line assignments")
struct AuditSettingsAssignmentTests {
    @Test("every parameter the ledger can set reads back from its assignments")
    func roundTrip() throws {
        let audit = """
            {"duplicateWindowDays": 10, "splitWindowDays": 0, "approvalThreshold": "25000.50", "roundUnit": 500, \
            "roundMinimumCount": 8, "roundShareFactor": 2.5, "roundMinimumShare": 0.5, "holidays": ["2025-01-01", "2024-12-25"], \
            "yearEndMonthRatio": 4, "yearEndQuarterRatio": 2.5, "benfordMinimumCount": 800, "benfordTwoDigitMinimumCount": 5000, \
            "concentrationHHI": 1800, "concentrationMinimumVendors": 3, "outlierFence": 1.5, "outlierMinimumCount": 30}
            """
        let settings = try #require(LedgerFixture.load(AuditSettingsTests.root(audit: audit)).ledger.publisher).audit
        let assignments = settings.assignments
        #expect(assignments.count == AuditSettings.keys.count)
        #expect(assignments.contains("approvalThreshold=25000.5"))
        #expect(assignments.contains("holidays=2024-12-25,2025-01-01"))
        #expect(assignments.contains("roundShareFactor=2.5") && assignments.contains("yearEndMonthRatio=4"))
        #expect(try AuditSettings(assignments: assignments) == settings)
    }

    @Test("a later assignment wins; nothing given writes nothing")
    func laterWins() throws {
        let settings = try AuditSettings(assignments: ["duplicateWindowDays=3", "duplicateWindowDays=5", "holidays="])
        #expect(settings.duplicateWindowDays == 5 && settings.holidays == [])
        #expect(AuditSettings().assignments == [])
    }

    @Test("values at the edges of their ranges", arguments: [
        ("duplicateWindowDays=0", true), ("duplicateWindowDays=366", true), ("duplicateWindowDays=367", false),
        ("roundMinimumShare=1", true), ("roundMinimumShare=1.01", false), ("roundShareFactor=0.9", false),
        ("outlierMinimumCount=3", false), ("outlierMinimumCount=4", true), ("approvalThreshold=0", false),
        ("approvalThreshold=0.0001", true), ("approvalThreshold=1.00001", false), ("concentrationHHI=10000", true),
        ("concentrationHHI=nan", false), ("holidays=2024-12-25,", false),
    ])
    func ranges(assignment: String, valid: Bool) {
        #expect(((try? AuditSettings(assignments: [assignment])) != nil) == valid, "\(assignment)")
    }

    @Test("amounts finer than the currency's minor unit are named")
    func amountProblems() throws {
        let settings = try AuditSettings(assignments: ["approvalThreshold=100.5", "roundUnit=10"])
        #expect(settings.amountProblems(currency: Currency(code: "JPY")!) == [
            "--audit approvalThreshold=100.5: expected an amount with at most 0 decimal places (JPY)",
        ])
        #expect(settings.amountProblems(currency: Currency(code: "USD")!) == [])
    }
}
