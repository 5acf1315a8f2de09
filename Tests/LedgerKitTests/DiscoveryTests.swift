import Foundation
import LedgerKit
import Testing
import TestSupport

/// A JSON Lines file of `items`, one per line.
private func jsonLines(_ items: [JSONObject]) -> String { items.map(\.text).joined(separator: "\n") + "\n" }

/// From paths to ledgers on disk: discovery, reading order, and loading real files.
@Suite("Discovery and loading from disk")
struct DiscoveryTests {
    @Test("a folder with ledger.json is one ledger: its .json and .jsonl files, hidden ones and other extensions skipped")
    func folderLedger() throws {
        let folder = try TemporaryLedgerFolder()
        let written = try folder.writeStandardLedger()
        let sources = try LedgerDiscovery.discover([folder.path])
        try #require(sources.count == 1)
        #expect(sources[0].name == folder.path)
        #expect(sources[0].files.map(\.path) == written.map(folder.path))
        #expect(sources[0].files.map(\.format) == [.json, .json, .jsonLines, .jsonLines])

        let load = LedgerLoader.load(sources[0])
        #expect(load.report == [])
        #expect(load.isValid)
        // Read in code-point order of the paths, after the root file's publisher.
        #expect(load.ledger.files.map(\.path) == ["budget/fy2025.json", "ledger.json", "line-items/2025-01.jsonl", "line-items/2025-02.jsonl"].map(folder.path))
        #expect(load.ledger.files.map(\.byteCount) == load.ledger.files.map { (try? FileManager.default.attributesOfItem(atPath: $0.path)[.size] as? Int) ?? -1 })
        #expect(load.ledger.publisher?.name == "Test Town")
        #expect(load.ledger.budgetLines.map(\.id) == ["BL-1"])
        #expect(load.lineItemIds == ["LI-1", "LI-2", "LI-3"])
        #expect(load.ledger.lineItems.budgetLines == [-1, -1, 0])
        #expect(Array(load.ledger.lineItems.sources) == [RecordSource(file: 2, line: 1), RecordSource(file: 2, line: 2), RecordSource(file: 3, line: 1)])
        #expect(load.ledger.byteCount == load.ledger.files.reduce(0) { $0 + $1.byteCount })
    }

    @Test("diagnostics name the files as discovery found them")
    func diagnosticsNameFiles() throws {
        let folder = try TemporaryLedgerFolder()
        try folder.writeStandardLedger()
        try folder.write("line-items/2025-03.jsonl", jsonLines([JSONObject.lineItem(id: "LI-1", date: "2025-03-01")]))
        let loads = try LedgerFixture.discoverAndLoad([folder.path + "/"])
        try #require(loads.count == 1)
        #expect(loads[0].report == [
            "\(folder.path)/line-items/2025-03.jsonl:1:8: error: $.id: expected a unique line-item id, found 'LI-1' again\n\(folder.path)/line-items/2025-01.jsonl:1: note: 'LI-1' first defined here",
        ])
    }

    @Test("a folder of ledgers gives one ledger per root, in path order; a nested root is a separate ledger")
    func folderOfLedgers() throws {
        let folder = try TemporaryLedgerFolder()
        try folder.writeStandardLedger(at: "data/riverton")
        try folder.write("data/cities/alder-creek/ledger.json", LedgerDocument().text)
        try folder.write("data/cities/alder-creek/spending.jsonl", jsonLines([JSONObject.lineItem()]))
        try folder.write("data/riverton/archive/ledger.json", LedgerDocument().text)
        try folder.write("data/riverton/archive/old.jsonl", jsonLines([JSONObject.lineItem(id: "OLD-1")]))
        try folder.write("data/README.md", "ignored")
        try folder.write("data/loose.json", "ignored: not in a ledger root")
        let sources = try LedgerDiscovery.discover([folder.path("data")])
        #expect(sources.map(\.name) == ["data/cities/alder-creek", "data/riverton", "data/riverton/archive"].map(folder.path))
        #expect(sources.map(\.files.count) == [2, 4, 2])
        let loads = sources.map { LedgerLoader.load($0) }
        #expect(loads.map(\.report) == [[], [], []])
        #expect(loads.map(\.lineItemIds) == [["LI-1"], ["LI-1", "LI-2", "LI-3"], ["OLD-1"]])
    }

    @Test("several paths: ledgers in the order given; a file is a one-file ledger")
    func severalPaths() throws {
        let folder = try TemporaryLedgerFolder()
        try folder.write("b/ledger.json", LedgerDocument().text)
        try folder.write("single.json", LedgerDocument().text)
        try folder.write("other-name.txt", LedgerDocument().text)
        let sources = try LedgerDiscovery.discover([folder.path("single.json"), folder.path("b"), folder.path("other-name.txt")])
        #expect(sources.map(\.name) == ["single.json", "b", "other-name.txt"].map(folder.path))
        #expect(sources.map { $0.files.map(\.format) } == [[.json], [.json], [.json]])
        #expect(sources.map { LedgerLoader.load($0).report } == [[], [], []])
    }

    static let inputErrors: [(String, String)] = [
        ("missing", "no such file or folder"),
        ("items.jsonl", "a .jsonl file holds only line items; give the ledger's folder or its ledger.json"),
        ("empty-folder", "no ledger found: a ledger folder holds a ledger.json"),
        ("no-root", "no ledger found: a ledger folder holds a ledger.json"),
    ]

    @Test("paths that give no ledger are input errors with the path", arguments: inputErrors)
    func inputError(_ name: String, reason: String) throws {
        let folder = try TemporaryLedgerFolder()
        try folder.write("items.jsonl", jsonLines([JSONObject.lineItem()]))
        try folder.makeFolder("empty-folder")
        try folder.write("no-root/budget.json", LedgerDocument.part().text)
        try folder.write("no-root/.hidden/ledger.json", LedgerDocument().text)
        try folder.write("ok/ledger.json", LedgerDocument().text)
        let path = folder.path(name)
        let error = #expect(throws: LedgerInputError.self) { try LedgerDiscovery.discover([folder.path("ok"), path]) }
        #expect(error?.description == "\(path): error: \(reason)")
        #expect(error?.path == path)
        #expect(error?.reason == reason)
    }

    @Test("a symbolic link to a file is followed; a link to a folder is not")
    func symbolicLinks() throws {
        let folder = try TemporaryLedgerFolder()
        try folder.write("ledger/ledger.json", LedgerDocument().text)
        try folder.write("elsewhere/2025.jsonl", jsonLines([JSONObject.lineItem(id: "LINKED")]))
        try folder.write("elsewhere/more/ledger.json", LedgerDocument().text)
        try FileManager.default.createSymbolicLink(atPath: folder.path("ledger/spending.jsonl"), withDestinationPath: folder.path("elsewhere/2025.jsonl"))
        try FileManager.default.createSymbolicLink(atPath: folder.path("ledger/more"), withDestinationPath: folder.path("elsewhere/more"))
        let sources = try LedgerDiscovery.discover([folder.path("ledger")])
        #expect(sources.map(\.name) == [folder.path("ledger")])
        #expect(sources.first?.files.map(\.path) == ["ledger/ledger.json", "ledger/spending.jsonl"].map(folder.path))
        let load = try LedgerLoader.load(#require(sources.first))
        #expect(load.report == [])
        #expect(load.lineItemIds == ["LINKED"])
    }

    @Test("a link named like a ledger file that points to a folder is not followed; a broken link fails to open")
    func linkToFolderNamedLikeAFile() throws {
        let folder = try TemporaryLedgerFolder()
        try folder.write("ledger/ledger.json", LedgerDocument().text)
        try folder.makeFolder("elsewhere/folder.json")
        try FileManager.default.createSymbolicLink(atPath: folder.path("ledger/folder.json"), withDestinationPath: folder.path("elsewhere/folder.json"))
        try FileManager.default.createSymbolicLink(atPath: folder.path("ledger/broken.jsonl"), withDestinationPath: folder.path("elsewhere/missing.jsonl"))
        let load = try #require(LedgerFixture.discoverAndLoad([folder.path("ledger")]).first)
        #expect(load.ledger.files.map(\.path) == [folder.path("ledger/ledger.json")])
        #expect(load.report == ["\(folder.path("ledger/broken.jsonl")): error: cannot open: No such file or directory"])
    }

    @Test("a file over 4 GiB is refused before it is read (a sparse file)")
    func overFourGibibytes() throws {
        let folder = try TemporaryLedgerFolder()
        let path = try folder.write("huge.json", "")
        let handle = try #require(FileHandle(forWritingAtPath: path))
        try handle.truncate(atOffset: 4 << 30 + 1)
        try handle.close()
        let load = try #require(LedgerFixture.discoverAndLoad([path]).first)
        #expect(load.report == ["\(path): error: expected a file of at most 4 GiB, found 4294967297 bytes"])
        #expect(load.diagnostics.ioErrorCount == 1)
    }

    @Test("a named pipe given as the path is not a regular file, and does not hang the loader")
    func namedPipe() throws {
        let folder = try TemporaryLedgerFolder()
        let path = folder.path("pipe.json")
        try #require(mkfifo(path, 0o600) == 0)
        let load = try #require(LedgerFixture.discoverAndLoad([path]).first)
        #expect(load.report == ["\(path): error: not a regular file"])
        #expect(load.diagnostics.ioErrorCount == 1)
    }

    @Test("an empty file and a folder named like a ledger file")
    func emptyAndFolderFiles() throws {
        let folder = try TemporaryLedgerFolder()
        try folder.write("ledger.json", LedgerDocument().text)
        try folder.write("empty.jsonl", "")
        try folder.write("blank.json", "")
        let load = try #require(LedgerFixture.discoverAndLoad([folder.path]).first)
        #expect(load.report == ["\(folder.path("blank.json")):1:1: error: $: expected a ledger document (a JSON object), found end of file"])
    }

    @Test("an unreadable file is reported once; the others still load (skipped as root: permissions do not bind root)",
        .enabled(if: TemporaryLedgerFolder.permissionsAreEnforced))
    func unreadableFile() throws {
        let folder = try TemporaryLedgerFolder()
        try folder.writeStandardLedger()
        try folder.setPermissions("line-items/2025-01.jsonl", 0o000)
        let load = try #require(LedgerFixture.discoverAndLoad([folder.path]).first)
        #expect(load.report == ["\(folder.path("line-items/2025-01.jsonl")): error: cannot open: Permission denied"])
        #expect(load.diagnostics.ioErrorCount == 1)
        #expect(load.lineItemIds == ["LI-3"])
    }

    @Test("an unreadable root file is reported once, without a missing-publisher error (skipped as root)",
        .enabled(if: TemporaryLedgerFolder.permissionsAreEnforced))
    func unreadableRoot() throws {
        let folder = try TemporaryLedgerFolder()
        try folder.writeStandardLedger()
        try folder.setPermissions("ledger.json", 0o000)
        let load = try #require(LedgerFixture.discoverAndLoad([folder.path]).first)
        #expect(load.report == ["\(folder.path("ledger.json")): error: cannot open: Permission denied"])
        #expect(load.diagnostics.ioErrorCount == 1)
    }

    @Test("a file that cannot be opened (removed after discovery) is an input/output error, also for the root")
    func vanishedFiles() throws {
        let folder = try TemporaryLedgerFolder()
        try folder.writeStandardLedger()
        let source = try #require(LedgerDiscovery.discover([folder.path]).first)
        try FileManager.default.removeItem(atPath: folder.path("ledger.json"))
        try FileManager.default.removeItem(atPath: folder.path("line-items/2025-02.jsonl"))
        let load = LedgerLoader.load(source)
        #expect(load.report == [
            "\(folder.path("ledger.json")): error: cannot open: No such file or directory",
            "\(folder.path("line-items/2025-02.jsonl")): error: cannot open: No such file or directory",
        ])
        #expect(load.diagnostics.ioErrorCount == 2)
        #expect(load.lineItemIds == ["LI-1", "LI-2"])
    }

    /// The repository's worked example, `docs/examples/minimal`.
    static let exampleFolder = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("docs/examples/minimal").path

    @Test("the documented example ledger loads without a diagnostic")
    func documentedExample() throws {
        let loads = try LedgerFixture.discoverAndLoad([Self.exampleFolder])
        try #require(loads.count == 1)
        let load = loads[0]
        #expect(load.report == [])
        #expect(load.ledger.files.map { URL(fileURLWithPath: $0.path).lastPathComponent } == ["fy2025.json", "kpis.json", "ledger.json", "fy2025-q3.jsonl"])
        #expect(load.ledger.publisher?.name == "Village of Alder Creek")
        #expect(load.ledger.budgetLines.count == 8)
        #expect(load.ledger.lineItems.count == 10)
        #expect(load.ledger.kpis.count == 3)
        #expect(load.ledger.vendors.ids.sorted() == ["V-COUNTY", "V-FRIENDS", "V-I-0007", "V-PAVE"])
        #expect(load.ledger.budgetLines.first { $0.id == "BL-25-PRK-SUPP" }?.amount == 3_850_050)
    }
}
