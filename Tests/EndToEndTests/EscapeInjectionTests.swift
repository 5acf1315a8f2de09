import Foundation
import Testing
import TestSupport

extension EndToEnd {
    /// A ledger whose vendor names and descriptions try to drive the terminal: change its title,
    /// clear it, move the cursor, send a C1 control, reorder or hide text. Shown in the dashboard
    /// (with every byte written to the terminal recorded by `script`), checked by `validate` and
    /// exported, none of it reaches the terminal or a file as a control.
    @Suite("escape injection")
    struct EscapeInjectionTests {
        @Test("the dashboard shows hostile vendor names and descriptions as visible text, on every panel that has them")
        func dashboard() throws {
            let ledger = try HostileLedger()
            let recording = ledger.folder.path("typescript")
            let command = [GovLensProgram.binary, "--show-personal", ledger.root].map(Shell.quote).joined(separator: " ")
            let session = try TmuxSession(program: ["script", "-q", "-e", "-f", recording, "-c", command])
            defer { session.close() }
            let overview = try session.waitFor(overviewDrawn, timeout: 60)
            let title = try session.paneTitle()
            expectIntact(overview, title: title, in: session)

            try session.type("3")
            let spending = try session.waitFor("Plain Supplies")
            expectIntact(spending, title: title, in: session)
            for shown in HostileLedger.shownVendors {
                #expect(spending.contains(shown), "vendor \(shown) missing:\n\(spending)")
            }

            try session.type("5")
            let items = try session.waitFor("Plain description")
            expectIntact(items, title: title, in: session)
            try session.pressUntilSelected("Resurfacing␛]")
            try session.press("Enter")
            let detail = try session.waitFor("Resurfacing␛]0;pwned␇")
            expectIntact(detail, title: title, in: session)
            #expect(detail.contains("Evil␛]0;pwned␇ Paving"), "\(detail)")

            #expect(try session.quit() == TmuxSession.Exit(status: 0, modesRestored: true))
            let written = try [UInt8](Data(contentsOf: URL(fileURLWithPath: recording)))
            #expect(written.contains(subsequence: [0x1B] + Array("[?1049h".utf8)), "the recording lacks the program's own switch to the alternate screen")
            for payload in HostileLedger.payloadsAfterEscape {
                #expect(!written.contains(subsequence: [0x1B] + Array(payload.utf8)), "ESC \(payload) from the data reached the terminal")
            }
            let text = try #require(String(validating: written, as: UTF8.self), "bytes that are not UTF-8 (a raw 0x9B?) reached the terminal")
            for scalar in HostileLedger.neverWritten {
                #expect(!text.unicodeScalars.contains(scalar), "U+\(String(scalar.value, radix: 16, uppercase: true)) reached the terminal")
            }
        }

        @Test("validate prints and export writes (standard output and a file) the same data without a control byte")
        func validateAndExport() throws {
            let ledger = try HostileLedger()
            let utf8 = ["PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"]
            let validation = ledger.folder.path("validate.out")
            #expect(try ChildProcess.run([GovLensProgram.binary, "validate", ledger.root], output: validation, environment: utf8) == 0)
            try expectNoControls(in: validation, lineEnding: false)
            #expect(try String(contentsOfFile: validation, encoding: .utf8).contains("Town␛]0;pwned␇␍␤Hall"))

            for (view, format) in [("items", "csv"), ("items", "json"), ("items", "text"), ("spending", "markdown")] {
                let standardOutput = ledger.folder.path("\(view).\(format).out")
                let file = ledger.folder.path("\(view).\(format)")
                let arguments = [GovLensProgram.binary, "export", ledger.root, "--view", view, "--format", format, "--show-personal"]
                #expect(try ChildProcess.run(arguments + ["-o", "-"], output: standardOutput, environment: utf8) == 0, "\(view) \(format)")
                #expect(try ChildProcess.run(arguments + ["-o", file], environment: utf8) == 0, "\(view) \(format) to a file")
                let shown = format == "markdown" ? #"Evil␛\]0;pwned␇ Paving"# : "Evil␛]0;pwned␇ Paving"
                for path in [standardOutput, file] {
                    try expectNoControls(in: path, lineEnding: format == "csv")
                    #expect(try String(contentsOfFile: path, encoding: .utf8).contains(shown), "\(path)")
                }
            }
        }

        /// Checks what every screen of the hostile ledger must keep: 24 rows of at most 80
        /// columns, the title and status rows in place, the plain vendor's row whole, and the
        /// pane title as it was.
        private func expectIntact(_ screen: Screen, title: String, in session: TmuxSession,
                                  sourceLocation: SourceLocation = #_sourceLocation) {
            #expect(screen.rows.count == 24, "\(screen)", sourceLocation: sourceLocation)
            #expect(screen.rows.allSatisfy { TerminalColumns.width(of: $0) <= 80 }, "\(screen)", sourceLocation: sourceLocation)
            #expect(screen[0].hasPrefix(" GovLens · Town␛]0;pwned␇␍␤Hall · FY2025"), "\(screen)", sourceLocation: sourceLocation)
            #expect(!screen.rows.contains { $0.contains("Fake line") && !$0.contains("␍Fake line") }, "\(screen)", sourceLocation: sourceLocation)
            #expect(screen.boxRows().allSatisfy { TerminalColumns.width(of: $0) == 80 && $0.last == "│" }, "\(screen)",
                    sourceLocation: sourceLocation)
            #expect((try? session.paneTitle()) == title, sourceLocation: sourceLocation)
            #expect(!title.contains("pwned"), sourceLocation: sourceLocation)
        }

        /// Checks that the file at `path` holds UTF-8 text with no control character but line
        /// feeds (and carriage returns before them, with `lineEnding`, as CSV has), and no C1,
        /// bidi, zero-width or line-separator character.
        private func expectNoControls(in path: String, lineEnding: Bool, sourceLocation: SourceLocation = #_sourceLocation) throws {
            let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
            let text = try #require(String(validating: bytes, as: UTF8.self), "\(path) is not UTF-8", sourceLocation: sourceLocation)
            let controls = text.unicodeScalars.filter { scalar in
                (scalar.value < 0x20 && scalar != "\n" && !(lineEnding && scalar == "\r")) || (0x7F...0x9F).contains(scalar.value)
                    || HostileLedger.neverWritten.contains(scalar)
            }
            #expect(controls.isEmpty, "\(path): \(controls.map { String($0.value, radix: 16) })", sourceLocation: sourceLocation)
        }
    }
}

/// A valid ledger whose texts carry terminal controls, written to a temporary folder.
struct HostileLedger {
    /// What follows ESC in the data: an OSC title change, a screen clear, cursor home, a colour.
    static let payloadsAfterEscape = ["]0;pwned", "[2J", "[HClear", "[31mRed"]
    /// Characters that must never be written: C1 CSI, bidi override and isolate, zero-width
    /// space and joiner-less format characters, line and paragraph separators.
    static let neverWritten: [Unicode.Scalar] = ["\u{9B}", "\u{202E}", "\u{2066}", "\u{200B}", "\u{2028}", "\u{2029}", "\u{FEFF}"]
    /// How the hostile vendors' names begin once sanitised, as the Spending panel lists them.
    static let shownVendors = ["Evil␛]0;pwned␇ Pav", "Wipe␛[2J␛[HClear Co", "Back␈␈space␍Fake l", "�31mC1 Reversed␤"]

    let folder: TemporaryLedgerFolder
    /// The ledger's root file.
    let root: String

    init() throws {
        folder = try TemporaryLedgerFolder(prefix: "e2e-hostile")
        var document = LedgerDocument()
        document.publisher = JSONObject.publisher().with("name", #""Town\u001b]0;pwned\u0007\r\nHall""#).text
        document.vendors = [
            JSONObject.vendor(id: "V-1", name: "Plain Supplies").text,
            JSONObject.vendor(id: "V-2").with("name", #""Evil\u001b]0;pwned\u0007 Paving""#).text,
            JSONObject.vendor(id: "V-3").with("name", #""Wipe\u001b[2J\u001b[HClear Co""#).text,
            JSONObject.vendor(id: "V-4", kind: "individual").with("name", #""Back\b\bspace\rFake line""#).text,
            JSONObject.vendor(id: "V-5").with("name", #""\u009b31mC1 \u202eRe\u2066versed\u200b\u2028""#).text,
        ]
        document.lineItems = [
            JSONObject.lineItem(id: "LI-1").with("description", #""Plain description""#).text,
            JSONObject.lineItem(id: "LI-2", amount: "\"200.00\"").with("vendor", "\"V-2\"")
                .with("description", #""Resurfacing\u001b]0;pwned\u0007 Elm St\rFake line\n\u001b[31mRed""#).text,
            JSONObject.lineItem(id: "LI-3", amount: "\"300.00\"").with("vendor", "\"V-3\"")
                .with("description", #""\u001b[2J\u001b[HClear\u2029screen\ufeff""#).text,
            JSONObject.lineItem(id: "LI-4", amount: "\"400.00\"").with("vendor", "\"V-4\"")
                .with("description", #""\b\b\b\bover\u0085struck""#).text,
            JSONObject.lineItem(id: "LI-5", amount: "\"500.00\"").with("vendor", "\"V-5\"")
                .with("description", #""\u009b2J \u202egnirts""#).with("reference", #""PO\u001b[2J-1""#).text,
        ]
        root = try folder.write("ledger/ledger.json", document.text)
    }
}

/// Quoting for `sh -c` command lines.
enum Shell {
    /// `text` in single quotes, any single quote in it closed, escaped and reopened.
    static func quote(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: #"'\''"#) + "'"
    }
}

extension Array where Element == UInt8 {
    /// Whether `subsequence` occurs in the array.
    func contains(subsequence: [UInt8]) -> Bool {
        guard !subsequence.isEmpty, subsequence.count <= count else { return subsequence.isEmpty }
        return (0...(count - subsequence.count)).contains { start in self[start..<start + subsequence.count].elementsEqual(subsequence) }
    }
}
