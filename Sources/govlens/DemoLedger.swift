import LedgerKit
import SampleLedgers

/// The embedded demo ledger: Riverton, generated in memory by the seeded sample generator (the
/// same bytes as `sample-data/riverton`), so `govlens` works from any directory with nothing
/// installed beside it.
enum DemoLedger {
    /// The name the demo ledger is shown under.
    static let name = "demo:riverton"

    /// The paths that name `source` on the command line: none for the demo ledger (the
    /// default when no path is given), otherwise its folder or file.
    static func commandPaths(of source: LedgerSource) -> [String] {
        source.name == name ? [] : [source.name]
    }

    /// The demo ledger's files, the root file first and the rest in path order.
    static func source() -> LedgerSource {
        func order(_ file: GeneratedFile) -> (Int, String) { (file.path == LedgerDiscovery.rootFileName ? 0 : 1, file.path) }
        let files = SampleLedgers.riverton().sorted { order($0) < order($1) }
        return LedgerSource(
            name: name,
            files: files.map { file in
                LedgerSource.File(
                    path: name + "/" + file.path, format: LedgerSource.File.format(ofName: file.path),
                    contents: .memory(file.bytes))
            })
    }
}
