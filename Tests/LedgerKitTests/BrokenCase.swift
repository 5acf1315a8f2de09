import LedgerKit
import Testing
import TestSupport

/// One broken ledger: its files (the first is the root) and every diagnostic it must produce,
/// exactly as printed, in order, and nothing else.
struct BrokenCase: Sendable, CustomTestStringConvertible {
    let name: String
    let files: [(name: String, bytes: [UInt8])]
    let expected: [String]

    var testDescription: String { name }

    /// A case of text files.
    init(_ name: String, files: [(name: String, text: String)], _ expected: [String]) {
        self.name = name
        self.files = files.map { ($0.name, Array($0.text.utf8)) }
        self.expected = expected
    }

    /// A case of files given as bytes.
    init(_ name: String, byteFiles: [(name: String, bytes: [UInt8])], _ expected: [String]) {
        self.name = name
        self.files = byteFiles
        self.expected = expected
    }

    /// A one-file ledger `ledger.json` with `text`.
    init(_ name: String, _ text: String, _ expected: [String]) {
        self.init(name, files: [("ledger.json", text)], expected)
    }

    /// A one-file ledger `ledger.json` with `bytes`.
    init(_ name: String, bytes: [UInt8], _ expected: [String]) {
        self.init(name, byteFiles: [("ledger.json", bytes)], expected)
    }

    /// A one-file ledger: the standard document (`LedgerDocument`) changed by `edit`.
    init(_ name: String, edit: (inout LedgerDocument) -> Void, _ expected: [String]) {
        var document = LedgerDocument()
        edit(&document)
        self.init(name, document.text, expected)
    }

    /// The standard root document followed by `items.jsonl` holding `lines` (joined with LF).
    init(_ name: String, lines: [String], _ expected: [String]) {
        self.init(name, files: [("ledger.json", LedgerDocument().text), ("items.jsonl", lines.joined(separator: "\n"))], expected)
    }

    /// Loads the case.
    func load(diagnosticLimit: Int = 1000) -> LedgerLoad {
        LedgerFixture.load(bytes: files, diagnosticLimit: diagnosticLimit)
    }

    /// Loads the case and checks that exactly the expected diagnostics are reported.
    @discardableResult
    func check(sourceLocation: Testing.SourceLocation = #_sourceLocation) -> LedgerLoad {
        let load = load()
        #expect(load.report == expected, sourceLocation: sourceLocation)
        #expect(load.diagnostics.droppedCount == 0, sourceLocation: sourceLocation)
        let errors = expected.filter { $0.split(separator: "\n")[0].contains(": error: ") }.count
        #expect(load.diagnostics.errorCount == errors, sourceLocation: sourceLocation)
        return load
    }
}

/// The standard document with its `lineItems` set to `items`.
func document(lineItems items: [JSONObject]) -> String {
    var document = LedgerDocument()
    document.lineItems = items.map(\.text)
    return document.text
}
