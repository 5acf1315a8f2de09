import Analytics
import Dashboard
import Foundation
import LedgerKit
import TerminalCore
import TestSupport

/// The sample ledgers, loaded once per test process, and dashboard states on them.
enum SampleLedgerStates {
    /// `sample-data/` in the repository.
    static let folder: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.appendingPathComponent("sample-data").path
    }()

    static let riverton = store("riverton")
    static let aozora = store("aozora")

    /// A dashboard on `store` at `size`, on the Overview at the top level.
    static func state(_ store: LedgerStore, size: Size = Size(width: 80, height: 24), glyphs: Glyphs = .unicode) -> AppState {
        AppState(store: store, screenSize: size, glyphs: glyphs)
    }

    /// `state` drawn on a canvas of its size.
    static func screen(_ state: AppState) -> Canvas {
        var canvas = Canvas(size: state.screenSize, glyphs: state.glyphs)
        DashboardApp.render(state, into: &canvas)
        return canvas
    }

    private static func store(_ name: String) -> LedgerStore {
        let loads = try! LedgerFixture.discoverAndLoad([folder + "/" + name])
        precondition(loads.count == 1 && loads[0].isValid, "sample ledger \(name) does not load")
        return LedgerStore(loads[0].ledger)
    }
}
