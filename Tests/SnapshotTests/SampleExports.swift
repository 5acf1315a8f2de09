import Analytics
import Dashboard
import Foundation
import LedgerKit
import Snapshot
import TerminalCore

/// The sample ledgers with their sources, loaded once per test process, and exports of their
/// views at a fixed time with repository-relative paths (so golden files do not depend on
/// where the repository is checked out).
enum SampleExports {
    /// A loaded sample ledger and the files it came from.
    struct Sample: Sendable {
        let name: String
        let source: LedgerSource
        let store: LedgerStore
    }

    /// The repository's root.
    static let repositoryRoot: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.path
    }()

    static let riverton = sample("riverton")
    static let aozora = sample("aozora")
    static let all = [riverton, aozora]

    /// The time every golden export is made at.
    static let time = Date(timeIntervalSince1970: 1_767_323_045) // 2026-01-02T03:04:05Z

    /// `sample` showing `panel` at the top level, at 80x24, as `govlens export sample-data/NAME` builds it.
    /// The Line items view is narrowed to the largest payments of the last weeks before the
    /// as-of date (its full table lists every line item of the year: megabytes of golden files).
    static func state(_ sample: Sample, panel: Panel, size: Size = Size(width: 80, height: 24)) throws -> AppState {
        var specification = ViewSpecification(panel: panel)
        if panel == .lineItems {
            specification.filter = sample.name == "riverton" ? "amount>=1000000 date>=2025-03-01" : "amount>=20000000 date>=2024-12-01"
        }
        var state = try AppState(store: sample.store, specification: specification, screenSize: size, glyphs: .unicode)
        state.exportContext = ExportContext(ledgerPaths: ["sample-data/" + sample.name], time: time)
        return state
    }

    /// The export of `content` for `state`, with paths made relative to the repository.
    static func document(_ content: ExportContent, state: AppState, sample: Sample) throws -> ExportDocument {
        let files = try InputFileDigest.digests(of: sample.source, loadedAs: sample.store.ledger).map { file in
            InputFileDigest(path: relative(file.path), byteCount: file.byteCount, sha256: file.sha256)
        }
        return try ExportDocument(content: content, state: state, files: files, toolVersion: "0.1.0", time: time)
    }

    /// `path` relative to the repository root.
    static func relative(_ path: String) -> String {
        path.hasPrefix(repositoryRoot + "/") ? String(path.dropFirst(repositoryRoot.count + 1)) : path
    }

    private static func sample(_ name: String) -> Sample {
        let source = try! LedgerDiscovery.discover([repositoryRoot + "/sample-data/" + name])[0]
        let load = LedgerLoader.load(source)
        precondition(load.isValid, "sample ledger \(name) does not load")
        return Sample(name: name, source: source, store: LedgerStore(load.ledger))
    }
}
