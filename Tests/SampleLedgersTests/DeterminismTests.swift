import Foundation
import SampleLedgers
import Testing

@Suite("Determinism")
struct DeterminismTests {
    @Test("generating twice gives identical bytes")
    func twice() {
        #expect(SampleLedgers.riverton() == Samples.rivertonFiles)
        #expect(SampleLedgers.aozora() == Samples.aozoraFiles)
    }

    @Test("the committed sample-data/ is exactly what the generator writes now")
    func committedSamples() throws {
        let root = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("sample-data")
        let generated = SampleLedgers.samples()
        // Only what the generator owns: the real ledgers imported from CSV (oxford/, boston/, sources/) are checked by LedgerImportTests.
        let owned = Set(generated.map { String($0.path.split(separator: "/")[0]) })
        let committed = try Self.files(below: root).filter { owned.contains(String($0.split(separator: "/")[0])) }
        #expect(committed.sorted() == generated.map(\.path).sorted(), "regenerate with: swift run govlens-generate samples -o sample-data --force")
        for file in generated {
            let same = (try? Data(contentsOf: root.appendingPathComponent(file.path))).map { Array($0) == file.bytes } ?? false
            #expect(same, "sample-data/\(file.path) differs from the generator's output")
        }
    }

    @Test("a synthetic ledger depends only on its size and seed")
    func syntheticSeeds() throws {
        let first = try SampleLedgers.synthetic(lineItems: 12_000, seed: 5)
        #expect(try SampleLedgers.synthetic(lineItems: 12_000, seed: 5) == first)
        let other = try SampleLedgers.synthetic(lineItems: 12_000, seed: 6)
        #expect(other.map(\.path) == first.map(\.path))
        #expect(other.last?.bytes != first.last?.bytes)
    }

    /// Relative paths of the regular files below `root`, hidden ones skipped.
    static func files(below root: URL) throws -> [String] {
        let enumerator = try #require(FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles]))
        var paths: [String] = []
        for case let url as URL in enumerator where try url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile == true {
            paths.append(String(url.standardizedFileURL.path.dropFirst(root.standardizedFileURL.path.count + 1)))
        }
        return paths
    }
}
