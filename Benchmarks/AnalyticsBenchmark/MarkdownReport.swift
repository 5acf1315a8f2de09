import Foundation

extension BenchmarkReport {
    /// The report as Markdown: the ledger, load and memory, then one table row per query.
    var markdown: String {
        let megabytes = Double(inputBytes) / 1e6
        var lines = [
            "## GovLens benchmark: \(ledger)",
            "",
            "\(lineItems) line items, \(format(megabytes, 1)) MB of input.",
            "",
            "| measure | value |",
            "| --- | ---: |",
            "| load, end to end (median of \(load.seconds.count)) | \(format(load.medianSeconds, 3)) s |",
            "| throughput | \(format(load.megabytesPerSecond, 0)) MB/s |",
            "| loader's own time (first run) | \(format(load.loaderSeconds, 3)) s |",
            "| LedgerStore build | \(format(load.storeSeconds * 1000, 2)) ms |",
            "| resident after load − before | \(format(Double(memory.rssAfterBytes - memory.rssBeforeBytes) / 1e6, 1)) MB |",
            "| resident bytes per line item | \(format(memory.bytesPerLineItem, 1)) |",
            "| peak RSS | \(format(Double(memory.peakRssBytes) / 1e6, 1)) MB (\(format(Double(memory.peakRssBytes) / Double(inputBytes), 2)) × input) |",
            "",
            "Parameters: agency \(parameters.agency), program \(parameters.program), category \(parameters.category), "
                + "vendor \(parameters.vendor), quarter \(parameters.quarter.label), fiscal year \(parameters.fiscalYear.label), "
                + "text \"\(parameters.text)\".",
            "",
            "| query | what | median ms | p99 ms | rows | groups | sum (minor units) |",
            "| --- | --- | ---: | ---: | ---: | ---: | ---: |",
        ]
        for query in queries {
            let latency = query.latency
            lines.append(
                "| \(query.name) | \(query.summary) | \(format(latency.medianMs, 3)) | \(format(latency.p99Ms, 3)) | "
                    + "\(query.result.total.count) | \(query.result.rows.count) | \(query.result.total.sum) |")
        }
        if let first = queries.first {
            lines += ["", "Each query: \(first.latency.iterations) timed runs after warm-up; p99 is the nearest rank."]
        }
        lines += audit?.markdown ?? []
        return lines.joined(separator: "\n") + "\n"
    }

    private func format(_ value: Double, _ decimals: Int) -> String {
        String(format: "%.\(decimals)f", value)
    }
}
