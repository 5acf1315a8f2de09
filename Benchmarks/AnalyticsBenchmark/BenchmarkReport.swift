/// Everything one benchmark run measured; written as JSON (`--json`) for `Benchmarks/run.py`
/// and printed as Markdown.
struct BenchmarkReport: Codable {
    /// How long loading took.
    struct Load: Codable {
        /// End to end, path to ledger (discovery, reading, parsing, validation), per run.
        let seconds: [Double]
        /// Median of `seconds`.
        let medianSeconds: Double
        /// The loader's own measure of the first run (`LedgerLoad.seconds`).
        let loaderSeconds: Double
        /// Building the `LedgerStore` (hierarchy indexes) after the first load.
        let storeSeconds: Double
        /// Input megabytes (10⁶ bytes) per second at the median.
        let megabytesPerSecond: Double
    }

    /// Resident memory around the first load.
    struct Memory: Codable {
        /// Resident bytes before discovering and loading.
        let rssBeforeBytes: Int
        /// Resident bytes with the ledger and its store in memory.
        let rssAfterBytes: Int
        /// Peak resident bytes of the process up to then (VmHWM).
        let peakRssBytes: Int
        /// (after − before) ÷ line items.
        let bytesPerLineItem: Double
    }

    /// One query's latency and result.
    struct QueryRun: Codable {
        let name: String
        let summary: String
        let latency: Latency
        let result: QueryResult
    }

    /// Always "govlens" (the DuckDB reference writes "duckdb").
    var tool = "govlens"
    /// The ledger folder.
    let ledger: String
    /// Number of line items.
    let lineItems: Int
    /// Bytes of all input files.
    let inputBytes: Int
    let load: Load
    let memory: Memory
    let parameters: BenchmarkParameters.Description
    let queries: [QueryRun]
    /// The audit's latency and findings, when `--audit-runs` asked for it.
    let audit: AuditRun?
}
