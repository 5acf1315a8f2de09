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
    /// The audits of the sample ledgers with their own parameters, run once.
    static let rivertonAudit = riverton.audit(AuditParameters(ledger: riverton.ledger))
    static let aozoraAudit = aozora.audit(AuditParameters(ledger: aozora.ledger))

    /// A dashboard on `store` at `size`, on the Overview at the top level, with the audit's
    /// report received (as the event loop hands it over once the audit has run).
    static func state(_ store: LedgerStore, size: Size = Size(width: 80, height: 24), glyphs: Glyphs = .unicode) -> AppState {
        var state = AppState(store: store, screenSize: size, glyphs: glyphs)
        state.receive(audit: store.ledger.publisher?.name == riverton.ledger.publisher?.name ? rivertonAudit : aozoraAudit)
        return state
    }

    /// A dashboard on `store` whose audit is still running, `progress` of the way.
    static func auditing(_ store: LedgerStore, progress: AuditProgress?) -> AppState {
        var state = AppState(store: store)
        if let progress { state.receive(auditProgress: progress) }
        return state
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
