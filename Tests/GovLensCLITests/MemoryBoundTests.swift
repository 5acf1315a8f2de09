import Foundation
import Testing
import TestSupport

/// Memory stays bounded on hostile input: `govlens validate` runs as a child process and its peak
/// resident set is compared with the input's size. The loader reads JSON Lines 16 MiB at a time (a
/// few chunks at once on several cores, each extended to the end of its last line), so a large file
/// costs a few windows and a long line costs that line.
///
/// The peak comes from a small Python parent (`resource.getrusage(RUSAGE_CHILDREN)`): a child started
/// directly by the test process would count the test process's own resident set, which the child's
/// address space starts as a copy of.
@Suite("govlens validate: bounded memory")
struct MemoryBoundTests {
    static let peakOfChild = """
        import resource, subprocess, sys
        run = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        print(run.returncode, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024)
        """

    /// Runs `govlens validate path` with its output discarded; returns its exit status and peak resident set in bytes.
    static func peakMemory(validating path: String) throws -> (status: Int32, peakBytes: Int) {
        let binary = ProgramRunner.productsFolder.appendingPathComponent("govlens").path
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", peakOfChild, binary, "validate", path]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        let fields = output.split(separator: " ").compactMap { Int($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
        try #require(process.terminationStatus == 0 && fields.count == 2, "python3 did not report the peak: \(output)")
        return (Int32(fields[0]), fields[1])
    }

    @Test("a 120 MB JSON Lines file of broken lines: the peak is far below the file's size")
    func largeFile() throws {
        let folder = try TemporaryLedgerFolder(prefix: "memory")
        try folder.write("ledger.json", "{\"format\": \"govlens-ledger/1\", \"publisher\": {\"name\": \"T\", \"currency\": \"USD\", "
            + "\"fiscalYearStart\": {\"month\": 7, \"day\": 1}, \"asOf\": \"2025-03-31\"}}\n")
        let line = "[" + Array(repeating: "12345678", count: 110).joined(separator: ",") + "]\n"
        let bytes = Array(String(repeating: line, count: 120_000_000 / line.utf8.count).utf8)
        try folder.write("items.jsonl", bytes: bytes)
        let run = try Self.peakMemory(validating: folder.path)
        #expect(run.status == 1)
        #expect(run.peakBytes < 80 << 20, "peak resident set \(run.peakBytes >> 20) MiB for a \(bytes.count >> 20) MiB file")
    }

    @Test("a JSON Lines file with one 100 MB line: the peak is about that line, read once")
    func longLine() throws {
        let folder = try TemporaryLedgerFolder(prefix: "memory")
        try folder.write("ledger.json", LedgerDocument().text)
        let huge = JSONObject.lineItem(id: "LI-2").with("description", HostileInput.longString(count: 100_000_000)).text
        try folder.write("items.jsonl", JSONObject.lineItem(id: "LI-1").text + "\n" + huge + "\n")
        let run = try Self.peakMemory(validating: folder.path)
        #expect(run.status == 1)
        #expect(run.peakBytes < 180 << 20, "peak resident set \(run.peakBytes >> 20) MiB for a 100 MB line")
    }
}
