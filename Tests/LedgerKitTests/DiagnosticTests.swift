import LedgerKit
import Testing

@Suite("Diagnostics")
struct DiagnosticTests {
    @Test("the printed form leaves out what is unknown")
    func descriptions() {
        let note = Diagnostic(.note, at: LedgerKit.SourceLocation(file: "a.json", line: 4, column: 12), "first defined here")
        let cases: [(Diagnostic, String)] = [
            (Diagnostic(.error, at: LedgerKit.SourceLocation(file: "b.json", line: 3, column: 7), path: "$.x", "expected a, found b"),
                "b.json:3:7: error: $.x: expected a, found b"),
            (Diagnostic(.warning, at: LedgerKit.SourceLocation(file: "b.json", line: 3, column: 0), path: "$.date", "late"), "b.json:3: warning: $.date: late"),
            (Diagnostic(.error, at: LedgerKit.SourceLocation(file: "ledger.json", line: 0, column: 0), path: "$", "no publisher"), "ledger.json: error: $: no publisher"),
            (Diagnostic(.error, at: nil, "too many files"), "error: too many files"),
            (Diagnostic(.error, at: LedgerKit.SourceLocation(file: "b.json", line: 9, column: 1), path: "$.id", "again", notes: [note, note]),
                "b.json:9:1: error: $.id: again\na.json:4:12: note: first defined here\na.json:4:12: note: first defined here"),
        ]
        for (diagnostic, text) in cases {
            #expect(diagnostic.description == text)
        }
        #expect(Diagnostic.Severity.error < .warning && Diagnostic.Severity.warning < .note)
    }

    @Test("the log keeps the first `limit` diagnostics and counts all", arguments: [0, 1, 2, 5])
    func limit(_ limit: Int) {
        var log = DiagnosticLog(limit: limit)
        let here = LedgerKit.SourceLocation(file: "f", line: 1, column: 1)
        log.error(at: here, "e1")
        log.warning(at: here, "w1")
        log.ioError(at: here, "cannot open")
        log.report(Diagnostic(.note, at: here, "a note alone"))
        #expect(log.diagnostics.map(\.message) == Array(["e1", "w1", "cannot open", "a note alone"].prefix(limit)))
        #expect(log.errorCount == 2)
        #expect(log.warningCount == 1)
        #expect(log.ioErrorCount == 1)
        #expect(log.hasErrors)
        #expect(log.droppedCount == max(0, 4 - limit))
    }
}
