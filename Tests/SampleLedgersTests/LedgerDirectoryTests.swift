import Foundation
import SampleLedgers
import Testing

@Suite("Writing ledgers to a directory")
struct LedgerDirectoryTests {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("govlens-directory-\(UUID().uuidString)")

    @Test("creates a missing directory and sub-directories")
    func creates() throws {
        defer { try? FileManager.default.removeItem(at: root) }
        let target = root.appendingPathComponent("a/b")
        try LedgerDirectory.prepare(target, force: false)
        try LedgerDirectory.write([GeneratedFile(path: "x/y.json", bytes: Array("{}".utf8))], to: target)
        #expect(try Data(contentsOf: target.appendingPathComponent("x/y.json")) == Data("{}".utf8))
    }

    @Test("refuses a non-empty directory unless forced")
    func refusesNonEmpty() throws {
        defer { try? FileManager.default.removeItem(at: root) }
        try LedgerDirectory.prepare(root, force: false)
        try Data("keep".utf8).write(to: root.appendingPathComponent("notes.txt"))
        let error = #expect(throws: LedgerDirectoryError.self) { try LedgerDirectory.prepare(root, force: false) }
        #expect(error?.description.contains("--force") == true)
        try LedgerDirectory.prepare(root, force: true)
    }

    @Test("refuses a path that is a file")
    func refusesFile() throws {
        defer { try? FileManager.default.removeItem(at: root) }
        try LedgerDirectory.prepare(root, force: false)
        let file = root.appendingPathComponent("ledger")
        try Data().write(to: file)
        #expect(throws: LedgerDirectoryError.self) { try LedgerDirectory.prepare(file, force: true) }
    }
}
