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
    /// Median CPU time of the process per run (all threads), in milliseconds: on a machine other
    /// work shares, the wall time grows with the load and this does not.
    let medianCPUMs: Double
    let flaggedLineItems: Int
    let rules: [Rule]

    /// Runs `store.audit` once untimed, then `runs` times timed.
    static func measure(_ store: LedgerStore, runs: Int) -> AuditRun {
        let parameters = AuditParameters(ledger: store.ledger)
        blackHole(store.audit(parameters))
        var wall: [Double] = []
        var cpu: [Double] = []
        for _ in 0..<runs {
            let start = processCPUSeconds()
            wall.append(Stopwatch.seconds { blackHole(store.audit(parameters)) })
            cpu.append(processCPUSeconds() - start)
        }
        let report = store.audit(parameters)
        return AuditRun(
            latency: Latency(seconds: wall), medianCPUMs: Latency.median(cpu.sorted()) * 1000, flaggedLineItems: report.flaggedLineItemCount,
            rules: report.results.map { Rule(id: $0.rule.id, findings: $0.count, lineItems: $0.allRows.count, amount: $0.amount) })
    }

    /// The Markdown section of the report.
    var markdown: [String] {
        var lines = [
            "",
            "### Audit (all rules)",
            "",
            "Median \(String(format: "%.1f", latency.medianMs)) ms, fastest \(String(format: "%.1f", latency.minMs)) ms, "
                + "slowest \(String(format: "%.1f", latency.p99Ms)) ms over \(latency.iterations) runs (CPU time of all threads: median "
                + "\(String(format: "%.1f", medianCPUMs)) ms); \(flaggedLineItems) line items flagged.",
            "",
            "| rule | findings | line items | amount (minor units) |",
            "| --- | ---: | ---: | ---: |",
        ]
        for rule in rules { lines.append("| \(rule.id) | \(rule.findings) | \(rule.lineItems) | \(rule.amount) |") }
        return lines
    }

    /// CPU time the process has used so far, all threads.
    static func processCPUSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }
}
