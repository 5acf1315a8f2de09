import Foundation
import LedgerKit
import Testing
import TestSupport

@Suite("Load progress")
struct LoadProgressTests {
    @Test("a load counts every byte of every file, on one thread and in chunks", arguments: [
        LedgerLoader.Parallelism.none, .chunks(ofBytes: 4096),
    ])
    func countsEveryByte(parallelism: LedgerLoader.Parallelism) throws {
        let folder = try TemporaryLedgerFolder()
        try folder.writeStandardLedger()
        let lines = (0..<400).map { JSONObject.lineItem(id: "LI-X\($0)", date: "2025-01-\(10 + $0 % 15)").text }
        try folder.write("line-items/2025-03.jsonl", lines.joined(separator: "\n") + "\n")
        let source = try #require(try LedgerDiscovery.discover([folder.path]).first)
        let progress = LoadProgress(totalBytes: source.byteCount)
        #expect(progress.fraction == 0)
        let load = LedgerLoader.load(source, parallelism: parallelism, progress: progress)
        #expect(load.isValid, "\(load.diagnostics.diagnostics.map(\.headline))")
        #expect(progress.doneBytes == progress.totalBytes)
        #expect(progress.fraction == 1)
    }

    @Test("the byte count of a source: files on disk by their size, files in memory by their length")
    func byteCount() throws {
        let folder = try TemporaryLedgerFolder()
        try folder.write("ledger.json", "{}")
        let onDisk = LedgerSource(name: "x", files: [.init(path: folder.path + "/ledger.json", format: .json)])
        #expect(onDisk.byteCount == 2)
        let inMemory = LedgerSource(name: "y", files: [.init(path: "y.json", format: .json, contents: .memory(Array("{\"a\":1}".utf8)))])
        #expect(inMemory.byteCount == 7)
        let missing = LedgerSource(name: "z", files: [.init(path: folder.path + "/missing.json", format: .json)])
        #expect(missing.byteCount == 0)
        #expect(LoadProgress(totalBytes: 0).fraction == 1)
    }
}
