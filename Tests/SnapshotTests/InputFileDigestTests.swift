import Foundation
import LedgerKit
import Testing
import TestSupport
@testable import Snapshot

/// The input files an export's provenance records: size and SHA-256, in load order, and a
/// refusal when a file changed after it was loaded.
@Suite("Input file digests")
struct InputFileDigestTests {
    @Test("SHA-256 in lower-case hex, as sha256sum prints it (FIPS 180-2 test vectors)")
    func knownDigests() {
        #expect(InputFileDigest(path: "abc", bytes: Array("abc".utf8)).sha256 == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(InputFileDigest(path: "empty", bytes: []).sha256 == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
    }

    @Test("every file of a folder ledger, in the ledger's load order, with its size")
    func folderLedger() throws {
        let scratch = try TemporaryLedgerFolder(prefix: "digest")
        try scratch.writeStandardLedger()
        let source = try LedgerDiscovery.discover([scratch.path])[0]
        let load = LedgerLoader.load(source)
        let digests = try InputFileDigest.digests(of: source, loadedAs: load.ledger)
        #expect(digests.map(\.path) == load.ledger.files.map(\.path))
        #expect(digests.map(\.byteCount) == load.ledger.files.map(\.byteCount))
        #expect(digests.allSatisfy { $0.sha256.count == 64 && $0.sha256.allSatisfy(\.isHexDigit) })
    }

    @Test("a file that changed size since it was loaded is an error, not a wrong record")
    func changedFile() throws {
        let scratch = try TemporaryLedgerFolder(prefix: "digest")
        try scratch.writeStandardLedger()
        let source = try LedgerDiscovery.discover([scratch.path])[0]
        let load = LedgerLoader.load(source)
        let handle = try #require(FileHandle(forWritingAtPath: scratch.path("line-items/2025-02.jsonl")))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data("\n".utf8))
        try handle.close()
        #expect(throws: InputFileDigest.Failure.self) { try InputFileDigest.digests(of: source, loadedAs: load.ledger) }
    }
}
