import Dashboard
import Foundation
import TerminalCore
import Testing

/// The export dialog (`e`): choosing what to export, editing the proposed name, and the
/// effect that asks the event loop to write it.
@Suite("Export dialog")
struct ExportDialogTests {
    static let time = Date(timeIntervalSince1970: 1_767_323_045) // 2026-01-02T03:04:05Z

    var start: AppState {
        var state = SampleLedgerStates.state(SampleLedgerStates.riverton)
        state.exportContext = ExportContext(ledgerPaths: ["sample-data/riverton"], time: Self.time)
        return state
    }

    func press(_ keys: [Key], on state: AppState) -> (AppState, AppEffect) {
        var current = (state, AppEffect.none)
        for key in keys { current = DashboardApp.update(current.0, .key(key)) }
        return current
    }

    func dialog(_ state: AppState) -> ExportDialog? {
        if case .export(let dialog) = state.overlay { return dialog }
        return nil
    }

    @Test("e proposes govlens-VIEW-YEAR-UTCTIME.EXT; ↑ ↓ change the choice and the extension with it")
    func proposesName() throws {
        let (opened, effect) = press([.character("e")], on: start)
        #expect(effect == .none)
        #expect(dialog(opened)?.fileName == "govlens-overview-2025-20260102T030405Z.txt")
        #expect(dialog(opened)?.content == .snapshot(.text))
        let names = (1..<ExportContent.choices.count).map { downs in
            dialog(press(Array(repeating: .down, count: downs), on: opened).0)?.fileName
        }
        #expect(names == ["md", "table.txt", "table.md", "csv", "json"].map { "govlens-overview-2025-20260102T030405Z." + $0 })
        let (last, _) = press(Array(repeating: .down, count: 9) + [.up], on: opened)
        #expect(dialog(last)?.content == .table(.csv))
    }

    @Test("typing edits the name (j, k, q and e are letters here); Enter asks the event loop to export")
    func editsAndExports() throws {
        let (edited, _) = press([.character("e"), .down, .down, .down, .down] + Array(repeating: .backspace, count: 44) + "my jq e.csv".map(Key.character), on: start)
        #expect(dialog(edited)?.fileName == "my jq e.csv")
        let (closed, effect) = press([.enter], on: edited)
        #expect(effect == .export(ExportRequest(content: .table(.csv), path: "my jq e.csv")))
        #expect(closed.overlay == nil)
        #expect(closed.drillSteps == start.drillSteps && closed.panel == start.panel)
    }

    @Test("Escape closes the dialog without exporting; an empty name exports nothing")
    func cancels() {
        let (cancelled, effect) = press([.character("e"), .escape], on: start)
        #expect(cancelled.overlay == nil && effect == .none)
        let (empty, emptyEffect) = press([.character("e")] + Array(repeating: .backspace, count: 60) + [.enter], on: start)
        #expect(dialog(empty)?.fileName == "" && emptyEffect == .none)
    }

    @Test("the dialog shows the choices, the name and the command line that writes the same export")
    func render() {
        let (opened, _) = press([.enter, .character("e"), .down], on: start)
        let lines = SampleLedgerStates.screen(opened).lines()
        #expect(lines[1].hasPrefix(" All agencies › Housing & Community Development "))
        #expect(lines[5...19].map { $0 } == [
            "│┌ Export ────────────────────────────────────────────────────────────────────┐│",
            "││  Screen snapshot, text                                                     ││",
            "││  Screen snapshot, Markdown                                                 ││",
            "││  Full table, text                                                          ││",
            "││  Full table, Markdown                                                      ││",
            "└│  Full table, CSV                                                           │┘",
            "┌│  Full table, JSON                                                          │┐",
            "││                                                                            ││",
            "││ File: govlens-overview-2025-20260102T030405Z.md_                           ││",
            "└│                                                                            │┘",
            "┌│ The same from the command line:                                            │┐",
            "││ govlens export sample-data/riverton --view overview --fiscal-year 2025     ││",
            "││ --drill organisation:HSG --format markdown --snapshot --size 80x24         ││",
            "││ ↑↓ choose · type the name · Enter export · Esc cancel                      ││",
            "│└────────────────────────────────────────────────────────────────────────────┘│",
        ])
        let canvas = SampleLedgerStates.screen(opened)
        #expect(canvas[3, 7].style == .selection && canvas[3, 6].style != .selection)
    }
}
