import Foundation
import Testing
import TestSupport

/// `--audit NAME=VALUE` on `govlens export`: the parameters change the findings, are recorded
/// in the reproducing command, and a bad one is a usage error naming it.
@Suite("govlens --audit")
struct AuditOptionTests {
    let riverton = ProgramRunner.repositoryRoot.appendingPathComponent("sample-data/riverton").path

    /// The rules table of the Riverton audit as CSV records, with `arguments` added.
    func rules(_ arguments: [String]) throws -> (records: [[String]], provenance: String) {
        let run = try SeparatedRun.run(["export", riverton, "--view", "audit", "--format", "csv", "-o", "-"] + arguments)
        #expect(run.status == 0, "\(run.standardError)")
        let records = run.standardOutput.components(separatedBy: "\r\n").filter { !$0.isEmpty }.map { $0.components(separatedBy: ",") }
        return (records, run.standardError)
    }

    @Test("a holiday given on the command line flags the payments of that day, and the export's command carries it")
    func holiday() throws {
        let defaults = try rules([])
        let holiday = try rules(["--audit", "holidays=2025-03-31"])
        let findings = { (records: [[String]], rule: String) in records.first { $0.first == rule }.flatMap { Int($0[2]) } ?? -1 }
        #expect(defaults.records.first?.prefix(3) == ["Rule id", "Rule", "Findings"])
        #expect(findings(defaults.records, "holiday-payment") == 0)
        #expect(findings(holiday.records, "holiday-payment") == 1)
        #expect(findings(holiday.records, "split-purchase") == findings(defaults.records, "split-purchase"))
        #expect(holiday.provenance.contains("--audit holidays=2025-03-31"))
        #expect(!defaults.provenance.contains("--audit"))
    }

    @Test("a parameter that cannot be read is exit 2 naming it", arguments: [
        ("approvalThreshold=-5", "--audit approvalThreshold=-5: expected a positive amount"),
        ("duplicateWindowDays=400", "--audit duplicateWindowDays=400: expected a whole number from 0 to 366"),
        ("holidays=2024-02-30", "--audit holidays=2024-02-30: expected dates YYYY-MM-DD"),
        ("colour=blue", "--audit colour=blue: unknown parameter 'colour'"),
        ("approvalThreshold", "--audit approvalThreshold: expected NAME=VALUE"),
        ("approvalThreshold=0.001", "--audit approvalThreshold=0.001: expected an amount with at most 2 decimal places (USD)"),
    ])
    func badParameter(assignment: String, message: String) throws {
        let run = try SeparatedRun.run(["export", riverton, "--view", "audit", "--format", "text", "-o", "-", "--audit", assignment])
        #expect(run.status == 2)
        #expect(run.standardError.contains(message), "\(run.standardError)")
        #expect(run.standardOutput == "")
    }
}
