import Foundation
import Fuzzing
import Testing

/// Every fuzz target's seed corpus and every input a fuzz run found a bug with (Fuzz/Regressions),
/// replayed through the same check the fuzz target runs: none may trap.
@Suite("Fuzz regressions")
struct FuzzRegressionTests {
    static let fuzzFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fuzz").path

    static let targets: [(name: String, check: FuzzCheck)] = [
        ("fuzz-json", JSONFuzzTarget.check),
        ("fuzz-ledger", LedgerFuzzTarget.check),
        ("fuzz-text", TextFuzzTarget.check),
        ("fuzz-csv", CSVFuzzTarget.check),
    ]

    /// The inputs of one target: its seeds, then its regression inputs (a target may have none yet).
    static func inputs(of target: String) -> [String] {
        ["Corpus", "Regressions"].map { "\(fuzzFolder)/\($0)/\(target)" }
            .filter { FileManager.default.fileExists(atPath: $0) }
            .flatMap(InputFiles.list)
    }

    @Test("seeds and regression inputs pass the fuzz target's check", arguments: targets.map(\.name))
    func replay(_ target: String) throws {
        let check = try #require(Self.targets.first { $0.name == target }?.check)
        let inputs = Self.inputs(of: target)
        #expect(inputs.count >= 5, "the seed corpus of \(target) is missing")
        for path in inputs {
            let bytes = try #require(InputFiles.read(path), "cannot read \(path)")
            bytes.withUnsafeBufferPointer { check($0) }
        }
    }
}
