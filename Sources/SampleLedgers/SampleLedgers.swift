import Foundation

/// Seeded, reproducible sample and benchmark ledgers in the GovLens ledger format.
///
/// Every function is deterministic: the same arguments give the same bytes on every machine
/// and every run. A ledger is a folder: `ledger.json` (publisher, classifications, vendors),
/// `budget/FY<year>.json`, `kpis.json` and `line-items/FY<year>.jsonl`.
///
/// ```swift
/// let demo = SampleLedgers.riverton()              // in memory, for the embedded demo
/// try LedgerDirectory.write(demo, to: URL(fileURLWithPath: "/tmp/riverton"))
/// ```
public enum SampleLedgers {
    /// The City of Riverton (USD, fiscal year from July 1 named by its end, as of 2025-03-31):
    /// FY2023–FY2025, 12 agencies, 55 programs, about 500 vendors, 28,000 line items, 37 KPIs.
    ///
    /// - Returns: the ledger's files, paths relative to the ledger's folder.
    /// - Complexity: a few tens of milliseconds in a release build.
    public static func riverton() -> [GeneratedFile] {
        generate(Riverton.blueprint())
    }

    /// 青空市 (Aozora City; JPY, fiscal year from April 1 named by its start, as of 2024-12-31):
    /// FY2023–FY2024 in Japanese, 7 部 with 21 課, 4,200 line items and 9 KPIs.
    ///
    /// - Returns: the ledger's files, paths relative to the ledger's folder.
    public static func aozora() -> [GeneratedFile] {
        generate(Aozora.blueprint())
    }

    /// The committed contents of `sample-data/`: `README.md`, `riverton/…` and `aozora/…`.
    public static func samples() -> [GeneratedFile] {
        let readme = GeneratedFile(path: "README.md", bytes: Array(sampleReadme.utf8))
        let riverton = riverton().map { GeneratedFile(path: "riverton/" + $0.path, bytes: $0.bytes) }
        let aozora = aozora().map { GeneratedFile(path: "aozora/" + $0.path, bytes: $0.bytes) }
        return [readme] + riverton + aozora
    }

    private static func generate(_ blueprint: LedgerBlueprint) -> [GeneratedFile] {
        var output = MemoryOutput()
        do {
            _ = try LedgerAssembler.write(blueprint, order: .byDate, to: &output)
        } catch {
            preconditionFailure("writing to memory cannot fail: \(error)")
        }
        return output.files
    }

    private static let sampleReadme = """
        # Sample ledgers

        Synthetic ledgers in the GovLens ledger format (docs/ledger-format.md). They describe no real
        government. Do not edit them by hand: they are generated, and a test checks that they match
        the generator byte for byte. To regenerate after changing the generator:

            swift run govlens-generate samples -o sample-data --force

        - `riverton/`: City of Riverton, USD, fiscal year July–June (FY2025 = Jul 2024–Jun 2025), as of 2025-03-31.
        - `aozora/`: 青空市 (Aozora City), JPY, fiscal year April–March (FY2024 = Apr 2024–Mar 2025), as of 2024-12-31.

        Real ledgers, imported from the published CSV files in `sources/` with `govlens import csv` and the
        column maps beside them (docs/import.md); regenerate them with `sample-data/sources/regenerate.sh`:

        - `oxford/`: Oxford City Council, payments over £500, January 2014 – January 2018, GBP (OGL v3.0).
        - `boston/`: City of Boston, operating budget FY2022–FY2025 and CityScore KPIs, USD (ODC-PDDL).

        """
}
