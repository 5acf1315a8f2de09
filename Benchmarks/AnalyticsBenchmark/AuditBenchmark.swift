import Analytics
import Foundation

/// The audit of issue 6, timed: every rule over the whole ledger with the ledger's parameters,
/// and how many findings and flagged line items each rule produced.
struct AuditRun: Codable {
    /// One rule's outcome.
    struct Rule: Codable {
        let id: String
        let findings: Int
        let lineItems: Int
        let amount: Int64
    }

    let latency: Latency
    let flaggedLineItems: Int
    let rules: [Rule]

    /// Runs `store.audit` once untimed, then `runs` times timed.
    static func measure(_ store: LedgerStore, runs: Int) -> AuditRun {
        let parameters = AuditParameters(ledger: store.ledger)
        let latency = Stopwatch.latency(iterations: runs, warmup: 1) { store.audit(parameters) }
        let report = store.audit(parameters)
        return AuditRun(
            latency: latency, flaggedLineItems: report.flaggedLineItemCount,
            rules: report.results.map { Rule(id: $0.rule.id, findings: $0.count, lineItems: $0.allRows.count, amount: $0.amount) })
    }

    /// The Markdown section of the report.
    var markdown: [String] {
        var lines = [
            "",
            "### Audit (all rules)",
            "",
            "Median \(String(format: "%.1f", latency.medianMs)) ms, fastest \(String(format: "%.1f", latency.minMs)) ms, "
                + "slowest \(String(format: "%.1f", latency.p99Ms)) ms over \(latency.iterations) runs; \(flaggedLineItems) line items flagged.",
            "",
            "| rule | findings | line items | amount (minor units) |",
            "| --- | ---: | ---: | ---: |",
        ]
        for rule in rules { lines.append("| \(rule.id) | \(rule.findings) | \(rule.lineItems) | \(rule.amount) |") }
        return lines
    }
}
