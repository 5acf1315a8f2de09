import Dashboard
import Foundation
import Snapshot
import TerminalCore
import Testing

/// Every format of every built view of the sample ledgers, compared with reviewed files in
/// `Goldens/` (`LEDGER-VIEW.EXT`, a CSV's provenance in `LEDGER-VIEW.csv.provenance.txt`).
///
/// Re-record on purpose only, after reading the differences:
/// `GOVLENS_RECORD_GOLDENS=1 swift test --filter ExportGoldenTests`.
@Suite("Export golden files")
struct ExportGoldenTests {
    static let goldens = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Goldens")
    static let recording = ProcessInfo.processInfo.environment["GOVLENS_RECORD_GOLDENS"] == "1"

    @Test("every export of every built view equals its golden file", arguments: ExportContent.choices)
    func golden(content: ExportContent) throws {
        for sample in SampleExports.all {
            for panel in Panel.allCases {
                let state = try SampleExports.state(sample, panel: panel)
                let document = try SampleExports.document(content, state: state, sample: sample)
                let name = "\(sample.name)-\(panel.exportName).\(content.fileExtension)"
                try compare(document.contents, with: name)
                if let sidecar = document.sidecar {
                    try compare(sidecar, with: name + ".provenance.txt")
                }
            }
        }
    }

    private func compare(_ text: String, with name: String) throws {
        let url = Self.goldens.appendingPathComponent(name)
        if Self.recording {
            try FileManager.default.createDirectory(at: Self.goldens, withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
            return
        }
        let golden = try String(contentsOf: url, encoding: .utf8)
        let (expected, actual) = (golden.components(separatedBy: "\n"), text.components(separatedBy: "\n"))
        #expect(actual.count == expected.count, "\(name): \(actual.count) lines, golden has \(expected.count)")
        for (number, (line, goldenLine)) in zip(actual, expected).enumerated() where line != goldenLine {
            Issue.record("\(name):\(number + 1): got\n\(line)\nexpected\n\(goldenLine)")
            return
        }
    }
}

/// The text snapshot's body is the canvas the dashboard draws, for every built panel.
@Suite("Snapshot identity")
struct SnapshotIdentityTests {
    @Test("the body of a text snapshot equals the dashboard's canvas, line for line", arguments: [
        Size(width: 80, height: 24), Size(width: 160, height: 48), Size(width: 60, height: 16),
    ])
    func identity(size: Size) throws {
        for sample in SampleExports.all {
            for panel in Panel.allCases {
                let state = try SampleExports.state(sample, panel: panel, size: size)
                var canvas = Canvas(size: size, glyphs: .unicode)
                DashboardApp.render(state, into: &canvas)
                let document = try SampleExports.document(.snapshot(.text), state: state, sample: sample)
                let headerEnd = try #require(document.contents.range(of: "\n\n"), "no empty line after the provenance")
                let body = document.contents[headerEnd.upperBound...]
                #expect(body.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init) == canvas.lines())
                let markdown = try SampleExports.document(.snapshot(.markdown), state: state, sample: sample).contents
                #expect(markdown.contains("```text\n" + CanvasText.plainText(canvas) + "```\n"))
            }
        }
    }
}
