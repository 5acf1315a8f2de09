import Analytics
import Foundation
import LedgerKit

/// Loads a ledger the way `govlens` does, measures the load and its memory, then times every
/// named query.
enum BenchmarkRunner {
    /// Why the benchmark cannot run.
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    /// Runs the benchmark described by `options`, reporting progress on standard error.
    static func run(_ options: BenchmarkOptions) throws(Failure) -> BenchmarkReport {
        let rssBefore = ProcessMemory.residentBytes() ?? 0
        var load: LedgerLoad?
        let firstSeconds = Stopwatch.seconds { load = try? loadLedger(options.ledger) }
        guard let first = load else { throw Failure(description: "\(options.ledger): not a ledger folder") }
        guard first.isValid else {
            throw Failure(description: "\(options.ledger): the ledger has \(first.diagnostics.diagnostics.count) diagnostics with errors; run govlens validate")
        }
        var store: LedgerStore?
        let storeSeconds = Stopwatch.seconds { store = LedgerStore(first.ledger) }
        let rssAfter = ProcessMemory.residentBytes() ?? 0
        let peak = ProcessMemory.peakResidentBytes() ?? 0
        let ledgerStore = store!
        let lineItems = ledgerStore.ledger.lineItems.count
        guard lineItems > 0 else { throw Failure(description: "\(options.ledger): the ledger has no line items") }

        var loadSeconds = [firstSeconds]
        for run in 1..<options.loadRuns {
            progress("load run \(run + 1) of \(options.loadRuns)")
            loadSeconds.append(Stopwatch.seconds { blackHole(try? loadLedger(options.ledger)) })
        }
        let medianLoad = Latency.median(loadSeconds.sorted())
        let inputBytes = ledgerStore.ledger.byteCount

        let parameters = BenchmarkParameters(ledgerStore)
        var runs: [BenchmarkReport.QueryRun] = []
        for query in QueryCatalog.queries(parameters) where options.includes(query.name) {
            progress("query \(query.name)")
            let latency = Stopwatch.latency(iterations: options.iterations, warmup: options.warmup) { query.run(ledgerStore) }
            let result = QueryResult(query.run(ledgerStore), store: ledgerStore)
            runs.append(.init(name: query.name, summary: query.summary, latency: latency, result: result))
        }
        var audit: AuditRun?
        if options.auditRuns > 0 {
            progress("audit")
            audit = AuditRun.measure(ledgerStore, runs: options.auditRuns)
        }
        return BenchmarkReport(
            ledger: options.ledger, lineItems: lineItems, inputBytes: inputBytes,
            load: .init(seconds: loadSeconds, medianSeconds: medianLoad, loaderSeconds: first.seconds,
                        storeSeconds: storeSeconds, megabytesPerSecond: Double(inputBytes) / 1e6 / medianLoad),
            memory: .init(rssBeforeBytes: rssBefore, rssAfterBytes: rssAfter, peakRssBytes: peak,
                          bytesPerLineItem: Double(rssAfter - rssBefore) / Double(lineItems)),
            parameters: parameters.described(in: ledgerStore), queries: runs, audit: audit
        )
    }

    /// Discovers and loads the one ledger at `path`, as `govlens validate PATH` does.
    static func loadLedger(_ path: String) throws -> LedgerLoad {
        let sources = try LedgerDiscovery.discover([path])
        guard sources.count == 1 else { throw Failure(description: "\(path): expected one ledger, found \(sources.count)") }
        return LedgerLoader.load(sources[0])
    }

    /// Prints a progress line on standard error.
    static func progress(_ line: String) {
        FileHandle.standardError.write(Data("govlens-bench: \(line)\n".utf8))
    }
}
