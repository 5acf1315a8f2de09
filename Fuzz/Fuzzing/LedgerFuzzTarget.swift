import LedgerKit

/// The ledger validation fuzz target: the loader reads one file's bytes as a ledger.
///
/// The first byte of an input chooses how: even, the rest is a root `ledger.json`; odd, the rest is a
/// JSON Lines file after a valid root document, read once on one thread and once in chunks of a few
/// bytes (so a chunk holds a line or two), and the two loads must agree, as `LedgerLoader.Parallelism`
/// promises.
public enum LedgerFuzzTarget {
    /// Loads `bytes` as a ledger; traps on a crash and when the chunked load differs from the single-threaded one.
    public static let check: FuzzCheck = { bytes in
        guard let selector = bytes.first else { return }
        let rest = Array(bytes.dropFirst())
        if selector & 1 == 0 {
            let load = LedgerLoader.load(source([("ledger.json", .json, rest)]), diagnosticLimit: 64, parallelism: .none)
            checkCounts(load)
            return
        }
        let files: [(String, LedgerFileFormat, [UInt8])] = [("ledger.json", .json, Array(root.utf8)), ("items.jsonl", .jsonLines, rest)]
        let single = LedgerLoader.load(source(files), diagnosticLimit: 64, parallelism: .none)
        let chunked = LedgerLoader.load(source(files), diagnosticLimit: 64, parallelism: .chunks(ofBytes: 1 + Int(selector >> 1)))
        checkCounts(single)
        precondition(single.ledger.lineItems.amounts == chunked.ledger.lineItems.amounts, "chunked load: other amounts")
        precondition(single.ledger.lineItems.kinds == chunked.ledger.lineItems.kinds, "chunked load: other kinds")
        precondition(single.ledger.lineItems.dates == chunked.ledger.lineItems.dates, "chunked load: other dates")
        let ids = { (load: LedgerLoad) in (0..<load.ledger.lineItems.count).map { load.ledger.lineItems.ids[$0] } }
        precondition(ids(single) == ids(chunked), "chunked load: other line-item ids")
        // Within one line, a repeat found only on merging is placed by column: compare as sets of lines.
        let report = { (load: LedgerLoad) in load.diagnostics.diagnostics.map(\.description).sorted() }
        precondition(report(single) == report(chunked), "chunked load: other diagnostics")
    }

    /// A valid root document with the codes and vendor that line-item seeds use.
    static let root = """
        {"format": "govlens-ledger/1",
         "publisher": {"name": "Fuzz", "currency": "USD", "fiscalYearStart": {"month": 7, "day": 1}, "asOf": "2025-03-31"},
         "classifications": {"organisation": [{"code": "PW", "name": "Public Works"}], "category": [{"code": "CONT", "name": "Contracts"}],
          "fund": [{"code": "GF", "name": "General Fund"}]},
         "vendors": [{"id": "V-1", "name": "Paving Co.", "kind": "business"}]}

        """

    private static func source(_ files: [(String, LedgerFileFormat, [UInt8])]) -> LedgerSource {
        LedgerSource(name: "fuzz", files: files.map { LedgerSource.File(path: $0.0, format: $0.1, contents: .memory($0.2)) })
    }

    /// The log's counts agree with what it kept, and every location is inside the file.
    private static func checkCounts(_ load: LedgerLoad) {
        let kept = load.diagnostics.diagnostics
        precondition(kept.count <= load.diagnostics.limit, "the log kept more than its limit")
        precondition(load.diagnostics.errorCount >= kept.filter { $0.severity == .error }.count, "error count below the errors kept")
        for diagnostic in kept {
            guard let location = diagnostic.location else { continue }
            precondition(location.line >= 0 && location.column >= 0, "a negative line or column")
        }
    }
}
