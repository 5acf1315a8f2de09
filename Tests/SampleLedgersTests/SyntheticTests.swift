import Foundation
import Testing
@testable import SampleLedgers

@Suite("Synthetic ledgers")
struct SyntheticTests {
    @Test("exactly the requested number of line items, and a well-formed ledger")
    func exactCount() throws {
        let ledger = try ParsedLedger(SampleLedgers.synthetic(lineItems: 12_345, seed: 3))
        #expect(ledger.lineItems.count == 12_345)
        LedgerChecks.all(ledger)
    }

    @Test("streaming to disk writes the same bytes as generating in memory")
    func streamingMatchesMemory() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("govlens-synthetic-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        try LedgerDirectory.prepare(directory, force: false)
        let summary = try SampleLedgers.writeSynthetic(lineItems: 20_000, seed: 9, to: directory)
        let memory = try SampleLedgers.synthetic(lineItems: 20_000, seed: 9)
        #expect(summary.lineItems == 20_000)
        #expect(summary.files == memory.map(\.path))
        #expect(summary.bytes == memory.reduce(0) { $0 + $1.bytes.count })
        for file in memory {
            let written = try Data(contentsOf: directory.appendingPathComponent(file.path))
            #expect(Array(written) == file.bytes, "\(file.path)")
        }
    }

    @Test("larger ledgers get more agencies, programs and vendors")
    func scaling() throws {
        let small = try SyntheticLedger.blueprint(lineItems: 50_000, seed: 1)
        let large = try SyntheticLedger.blueprint(lineItems: 1_000_000, seed: 1)
        let huge = try SyntheticLedger.blueprint(lineItems: 10_000_000, seed: 1)
        #expect(small.programs.count < large.programs.count && large.programs.count < huge.programs.count)
        #expect(small.vendors.count < large.vendors.count && large.vendors.count < huge.vendors.count)
        #expect(Set(huge.programs.map(\.code)).count == huge.programs.count)
        #expect(Set(huge.vendors.map(\.id)).count == huge.vendors.count)
    }

    @Test("sizes out of range are refused with a message")
    func outOfRange() {
        #expect(throws: SyntheticLedgerError.self) { try SampleLedgers.synthetic(lineItems: 100) }
        #expect(throws: SyntheticLedgerError.self) { try SampleLedgers.synthetic(lineItems: 200_000_000) }
        #expect((try? SampleLedgers.synthetic(lineItems: 3_000)) != nil, "small ledgers keep fewer agencies")
    }
}
