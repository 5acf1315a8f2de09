import Foundation
import LedgerKit
import Testing
import TestSupport

/// The hostile corpus: malformed and adversarial ledger files in `HostileCorpus/` (syntax, types,
/// encodings, sizes, numbers, dates, references, ids, nesting), each with every diagnostic it must
/// produce in `HostileCorpus/manifest.txt`.
///
/// A `.json` case is a one-file ledger; a `.jsonl` case is read after the standard root document
/// (`LedgerDocument`, as `ledger.json`). Cases are read from disk, as `govlens validate` reads them,
/// once on one thread and once in chunks of 100 bytes: both must report exactly the manifest's lines
/// (in chunks, a line's problems may come in another order, so those are compared as sets).
@Suite("Hostile corpus")
struct HostileCorpusTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("HostileCorpus").path

    /// The manifest: for each case (`== path`), the lines its diagnostics print, notes on lines of their own.
    static let manifest: [String: [String]] = {
        guard let text = try? String(contentsOfFile: folder + "/manifest.txt", encoding: .utf8) else { return [:] }
        var cases: [String: [String]] = [:]
        var current: String?
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) where !line.hasPrefix("#") {
            if line.hasPrefix("== ") {
                current = String(line.dropFirst(3))
                cases[current!] = []
            } else if let current, !line.isEmpty {
                cases[current]!.append(unescaped(line))
            }
        }
        return cases
    }()

    /// `line` with each `\u{XX}` replaced by the character it names.
    static func unescaped(_ line: Substring) -> String {
        var text = String(line)
        while let open = text.range(of: "\\u{"), let close = text[open.upperBound...].firstIndex(of: "}"),
            let value = UInt32(text[open.upperBound..<close], radix: 16), let scalar = Unicode.Scalar(value)
        {
            text.replaceSubrange(open.lowerBound...close, with: String(Character(scalar)))
        }
        return text
    }

    /// Every case file under the folder, as a path relative to it.
    static let caseFiles: [String] = {
        let enumerator = FileManager.default.enumerator(atPath: folder)
        var files: [String] = []
        while let path = enumerator?.nextObject() as? String {
            if path.hasSuffix(".json") || path.hasSuffix(".jsonl") { files.append(path) }
        }
        return files.sorted()
    }()

    static func load(_ path: String, parallelism: LedgerLoader.Parallelism) -> [String] {
        let file = LedgerSource.File(path: folder + "/" + path, format: LedgerSource.File.format(ofName: path))
        let files = path.hasSuffix(".jsonl")
            ? [LedgerSource.File(path: "ledger.json", format: .json, contents: .memory(Array(LedgerDocument().text.utf8))), file]
            : [file]
        let load = LedgerLoader.load(LedgerSource(name: path, files: files), parallelism: parallelism)
        return load.report.flatMap { $0.split(separator: "\n").map { $0.replacingOccurrences(of: folder + "/", with: "") } }
    }

    @Test("the corpus has at least 100 cases, and the manifest lists exactly them")
    func manifestListsEveryCase() {
        #expect(Self.caseFiles.count >= 100)
        #expect(Set(Self.manifest.keys) == Set(Self.caseFiles))
    }

    @Test("each case reports exactly its manifest's diagnostics, on one thread and in chunks", arguments: caseFiles)
    func hostileCase(_ path: String) {
        let expected = Self.manifest[path] ?? []
        let single = Self.load(path, parallelism: .none)
        #expect(single == expected, "\(path), found:\n\(single.joined(separator: "\n"))")
        if path.hasSuffix(".jsonl") {
            #expect(Self.load(path, parallelism: .chunks(ofBytes: 100)).sorted() == expected.sorted())
        }
    }
}

/// Hostile files too large to commit, written at test time into a temporary folder.
@Suite("Hostile corpus: generated huge files")
struct HugeHostileFileTests {
    @Test("JSON Lines with a 100 MB line: one error at the string, and the lines around it load")
    func hundredMegabyteLine() throws {
        let folder = try TemporaryLedgerFolder(prefix: "huge")
        try folder.write("ledger.json", LedgerDocument().text)
        let huge = JSONObject.lineItem(id: "LI-2").with("description", HostileInput.longString(count: 100_000_000)).text
        try folder.write("items.jsonl", [JSONObject.lineItem(id: "LI-1").text, huge, JSONObject.lineItem(id: "LI-3").text].joined(separator: "\n"))
        let load = try #require(try LedgerFixture.discoverAndLoad([folder.path]).first)
        #expect(load.report.map { $0.replacingOccurrences(of: folder.path + "/", with: "") } == [
            "items.jsonl:2:169: error: $.description: expected a string of at most 65536 bytes, found one of 100000000 bytes",
        ])
        #expect(load.lineItemIds == ["LI-1", "LI-3"])
    }
}
