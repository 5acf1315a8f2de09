#if canImport(Glibc)
import Glibc
#endif
import Foundation
import Testing
import TestSupport

/// `govlens export` run as a user would: where it writes, what it refuses, what it prints.
@Suite("govlens export")
struct ExportCommandTests {
    let riverton = ProgramRunner.repositoryRoot.appendingPathComponent("sample-data/riverton").path

    @Test("-o - writes the export to standard output and nothing else; a CSV's provenance goes to standard error")
    func standardOutput() throws {
        let text = try SeparatedRun.run(["export", riverton, "--view", "overview", "--format", "text", "--snapshot", "-o", "-"])
        #expect(text.status == 0)
        #expect(text.standardError == "")
        #expect(text.standardOutput.hasPrefix("# GovLens export\n# tool: govlens "))
        #expect(text.standardOutput.contains("\n\n GovLens · City of Riverton · FY2025 (Jul 2024–Jun 2025) · as of 2025-03-31\n"))
        let csv = try SeparatedRun.run(["export", riverton, "--view", "overview", "--format", "csv", "-o", "-"])
        #expect(csv.status == 0)
        #expect(csv.standardOutput.hasPrefix("Organisation,Code,Revised,Paid,Paid of revised,Year elapsed,Ahead of plan,Currency\r\n"))
        #expect(csv.standardError.hasPrefix("# GovLens export\n") && csv.standardError.contains("# command: govlens export "))
    }

    @Test("an existing file is left untouched without --force (exit 1) and replaced with it")
    func existingFile() throws {
        let scratch = try TemporaryLedgerFolder(prefix: "export")
        try scratch.write("view.json", "keep me\n")
        let refused = try SeparatedRun.run(["export", riverton, "--view", "overview", "--format", "json", "-o", "view.json"], in: scratch.path)
        #expect(refused.status == 1)
        #expect(refused.standardError == "govlens export: view.json exists; use --force to replace it\n")
        #expect(try scratch.text("view.json") == "keep me\n")
        #expect(try scratch.contents() == ["view.json"])
        let forced = try SeparatedRun.run(["export", riverton, "--view", "overview", "--format", "json", "-o", "view.json", "--force"], in: scratch.path)
        #expect(forced.status == 0 && forced.standardOutput == "" && forced.standardError == "")
        #expect(try scratch.text("view.json").hasPrefix("{\n  \"provenance\": {\n"))
        #expect(try scratch.contents() == ["view.json"])
    }

    @Test("a CSV whose sidecar exists is not written either")
    func existingSidecar() throws {
        let scratch = try TemporaryLedgerFolder(prefix: "export")
        try scratch.write("t.csv.provenance.txt", "old\n")
        let refused = try SeparatedRun.run(["export", riverton, "--view", "overview", "--format", "csv", "-o", "t.csv"], in: scratch.path)
        #expect(refused.status == 1)
        #expect(try scratch.contents() == ["t.csv.provenance.txt"])
    }

    @Test("an unwritable directory is exit 2 with a clear message, and nothing is left behind")
    func unwritableDirectory() throws {
        let scratch = try TemporaryLedgerFolder(prefix: "export")
        // Root ignores permission bits, so as root use /sys, where nobody may create files.
        let directory = geteuid() == 0 ? "/sys" : try scratch.makeFolder("locked")
        if geteuid() != 0 { chmod(directory, 0o555) }
        defer { if geteuid() != 0 { chmod(directory, 0o755) } }
        let result = try SeparatedRun.run(["export", riverton, "--view", "overview", "--format", "markdown", "-o", directory + "/view.md"])
        #expect(result.status == 2)
        #expect(result.standardError == "govlens export: cannot create a file in \(directory): permission denied\n")
        #expect(!FileManager.default.fileExists(atPath: directory + "/view.md"))
    }

    @Test("a file name with spaces, and a CSV's sidecar beside it")
    func spacesInName() throws {
        let scratch = try TemporaryLedgerFolder(prefix: "export")
        let result = try SeparatedRun.run(["export", riverton, "--view", "overview", "--format", "csv", "-o", "my export (final).csv"], in: scratch.path)
        #expect(result.status == 0)
        #expect(try scratch.contents() == ["my export (final).csv", "my export (final).csv.provenance.txt"])
        #expect(try scratch.text("my export (final).csv.provenance.txt").hasPrefix("# GovLens export\n"))
    }

    @Test("without -o: govlens-VIEW-YEAR-UTCTIME.EXT in the current directory, its name printed")
    func proposedName() throws {
        let scratch = try TemporaryLedgerFolder(prefix: "export")
        let result = try SeparatedRun.run(["export", riverton, "--view", "overview", "--format", "markdown"], in: scratch.path)
        #expect(result.status == 0)
        let names = try scratch.contents()
        #expect(names.count == 1)
        #expect(names.first?.wholeMatch(of: /govlens-overview-2025-\d{8}T\d{6}Z\.table\.md/) != nil)
        #expect(result.standardOutput == (names.first ?? "") + "\n")
    }

    @Test("the recorded SHA-256 of every input file equals sha256sum's")
    func digestsMatchSHA256Sum() throws {
        let result = try SeparatedRun.run(["export", "sample-data/aozora", "--view", "overview", "--format", "text", "-o", "-"])
        let recorded = result.standardOutput.split(separator: "\n").filter { $0.hasPrefix("# file: ") }.map { line in
            let parts = line.dropFirst("# file: ".count).components(separatedBy: "  ")
            return parts[0] + "  " + parts[2]
        }
        #expect(recorded.count == 6)
        let files = recorded.map { String($0.split(separator: " ").last!) }
        let sums = try SeparatedRun.run(["sha256sum"] + files, program: "/usr/bin/sha256sum")
        #expect(sums.standardOutput.split(separator: "\n").map(String.init).sorted() == recorded.sorted())
    }

    @Test("control characters and formula prefixes in the data: sanitised in every format, CSV text cells guarded")
    func hostileData() throws {
        let scratch = try TemporaryLedgerFolder(prefix: "export")
        var document = LedgerDocument()
        document.classifications = #"{"organisation": [{"code": "PW", "name": "=HYPERLINK(\"http://evil\",\"x\")"}, "#
            + #"{"code": "PW-STR", "name": "Streets", "parent": "PW"}, {"code": "-5", "name": "@SUM(A1)\u001b[31m red\u202e\r\nnext"}], "#
            + #""category": [{"code": "CONT", "name": "Contractual services"}], "fund": [{"code": "GF", "name": "General Fund"}]}"#
        document.budgetLines = [JSONObject.budgetLine().text, JSONObject.budgetLine(id: "BL-2").with("organisation", "\"-5\"").text]
        document.lineItems = [JSONObject.lineItem().text]
        try scratch.write("ledger/ledger.json", document.text)
        let csv = try SeparatedRun.run(["export", "ledger", "--view", "overview", "--format", "csv", "-o", "-"], in: scratch.path)
        #expect(csv.status == 0, "\(csv.standardError)")
        let lines = csv.standardOutput.components(separatedBy: "\r\n")
        #expect(lines.contains { $0.hasPrefix("\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\",PW,") })
        #expect(lines.contains { $0.hasPrefix("'@SUM(A1)␛[31m red␍␤next,'-5,") })
        let written = try SeparatedRun.run(["export", "ledger", "--view", "overview", "--format", "csv", "-o", "hostile.csv"], in: scratch.path)
        #expect(written.status == 0)
        let script = "import csv, json, sys; print(json.dumps(list(csv.reader(open(sys.argv[1], newline='', encoding='utf-8')))))"
        let python = try SeparatedRun.run(["env", "python3", "-c", script, scratch.path("hostile.csv")], program: "/usr/bin/env")
        let records = try #require(try JSONSerialization.jsonObject(with: Data(python.standardOutput.utf8)) as? [[String]], "\(python.standardError)")
        #expect(records.count == 3 && records.allSatisfy { $0.count == 8 }, "\(records)")
        #expect(Set(records.map { $0[0] }) == ["Organisation", "'=HYPERLINK(\"http://evil\",\"x\")", "'@SUM(A1)␛[31m red␍␤next"], "\(records)")
        for format in ["text", "markdown", "csv", "json"] {
            let output = try SeparatedRun.run(["export", "ledger", "--view", "overview", "--format", format, "-o", "-"], in: scratch.path).standardOutput
            #expect(!output.unicodeScalars.contains { ($0.value < 0x20 && $0 != "\n" && $0 != "\r") || $0 == "\u{202E}" || (0x7F...0x9F).contains($0.value) }, "\(format)")
        }
    }

    @Test("with no path, the embedded demo ledger: the same bytes as sample-data/riverton, so the same digests")
    func demoLedger() throws {
        let demo = try SeparatedRun.run(["export", "--view", "overview", "--format", "text", "-o", "-"])
        let sample = try SeparatedRun.run(["export", "sample-data/riverton", "--view", "overview", "--format", "text", "-o", "-"])
        func digests(_ output: String) -> [String] {
            output.split(separator: "\n").filter { $0.hasPrefix("# file: ") }.map { String($0.split(separator: " ")[2]) }
        }
        #expect(demo.status == 0 && digests(demo.standardOutput).count == 8)
        #expect(digests(demo.standardOutput) == digests(sample.standardOutput))
        #expect(demo.standardOutput.contains("# command: govlens export --view overview --fiscal-year 2025 --format text\n"))
    }

    @Test("usage problems exit 2: a snapshot as CSV, an unknown view, a bad drill step, a bad size")
    func usage() throws {
        let cases: [([String], String)] = [
            (["--view", "overview", "--format", "csv", "--snapshot"], "--snapshot exports text or markdown"),
            (["--view", "overview", "--format", "text", "--drill", "organisation:NOPE"], "govlens export: --drill: drill step 'organisation:NOPE': no organisation with this code"),
            (["--view", "overview", "--format", "text", "--snapshot", "--size", "80"], "--size 80: expected WIDTHxHEIGHT"),
            (["--view", "nowhere", "--format", "text"], "--view nowhere: expected overview, budget, spending, kpis, items or audit"),
        ]
        for (arguments, message) in cases {
            let result = try SeparatedRun.run(["export", riverton] + arguments + ["-o", "-"])
            #expect(result.status == 2, "\(arguments)")
            #expect(result.standardError.contains(message), "\(result.standardError)")
            #expect(result.standardOutput == "")
        }
    }
}

/// Runs a program with standard output and standard error kept apart.
enum SeparatedRun {
    struct Result {
        let status: Int32
        let standardOutput: String
        let standardError: String
    }

    /// Runs `govlens arguments…` (or `program`) in `directory`.
    static func run(_ arguments: [String], in directory: String = ProgramRunner.repositoryRoot.path, program: String? = nil) throws -> Result {
        let process = Process()
        process.executableURL = program.map { URL(fileURLWithPath: $0) } ?? ProgramRunner.productsFolder.appendingPathComponent("govlens")
        process.arguments = program == nil ? arguments : Array(arguments.dropFirst())
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("govlens-export-\(UUID().uuidString)")
        let (out, err) = (scratch.appendingPathExtension("out"), scratch.appendingPathExtension("err"))
        for url in [out, err] { _ = FileManager.default.createFile(atPath: url.path, contents: nil) }
        defer { for url in [out, err] { try? FileManager.default.removeItem(at: url) } }
        let (outHandle, errHandle) = (try FileHandle(forWritingTo: out), try FileHandle(forWritingTo: err))
        process.standardOutput = outHandle
        process.standardError = errHandle
        process.standardInput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        try outHandle.close()
        try errHandle.close()
        return Result(
            status: process.terminationStatus,
            standardOutput: String(decoding: try Data(contentsOf: out), as: UTF8.self),
            standardError: String(decoding: try Data(contentsOf: err), as: UTF8.self))
    }
}
