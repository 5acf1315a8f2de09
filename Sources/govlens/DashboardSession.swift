import Analytics
import Dashboard
import Foundation
import LedgerKit
import TerminalCore
import TerminalCurses

/// The event loop: the only place the dashboard has side effects.
///
/// Reads an event, hands it to the pure update of the screen on show (the ledger picker or
/// the dashboard), acts on the effect, draws the new state into the canvas and presents it.
/// Opening a ledger starts its audit on another thread (``AuditJob``); while it runs, the loop
/// waits for keys at most a tenth of a second and passes on its progress, then its report.
/// The terminal is restored on every way out (`CursesTerminal` also covers signals and exits).
struct DashboardSession {
    /// What is on screen.
    private enum Screen {
        case picker(LedgerPickerState)
        case dashboard(AppState, ledger: Int, returnTo: LedgerPickerState?)
    }

    /// The ledgers' files, for the provenance of exports.
    let sources: [LedgerSource]
    /// The loaded, valid ledgers.
    let loads: [LedgerLoad]
    /// What the user named, shown by the picker.
    let folder: String
    /// Whether names of individuals are shown (`--show-personal`); otherwise they are redacted.
    let showsPersonalData: Bool
    /// The audit parameters of the command line (`--audit`), over each ledger's own.
    let auditSettings: AuditSettings

    /// Runs on `terminal` until the user quits, then closes it; returns the exit status: 0,
    /// or 128 + signal when a signal ended the session.
    func run(on terminal: CursesTerminal) -> Int32 {
        var canvas = Canvas(size: terminal.size, glyphs: terminal.glyphs)
        var audits: [Int: AuditJob] = [:]
        var screen = loads.count == 1
            ? Screen.dashboard(open(0, size: canvas.size, glyphs: canvas.glyphs, audits: &audits), ledger: 0, returnTo: nil)
            : Screen.picker(LedgerPickerState(folder: folder, entries: loads.map(Self.entry), screenSize: canvas.size))
        loop: while true {
            var waitsForAudit = false
            switch screen {
            case .picker(let state):
                LedgerPicker.render(state, into: &canvas)
            case .dashboard(var state, let ledger, let picker):
                if state.audit == nil, let job = audits[ledger] {
                    if let report = job.report {
                        state.receive(audit: report)
                    } else if let progress = job.progress {
                        state.receive(auditProgress: progress)
                    }
                    screen = .dashboard(state, ledger: ledger, returnTo: picker)
                }
                waitsForAudit = state.audit == nil
                DashboardApp.render(state, into: &canvas)
            }
            terminal.present(canvas)
            guard let event = terminal.readEvent(timeoutMilliseconds: waitsForAudit ? 100 : nil) else { continue }
            if case .resize(let size) = event {
                canvas.resize(to: size)
            }
            switch screen {
            case .picker(let state):
                let (next, action) = LedgerPicker.update(state, event: event)
                switch action {
                case .none: screen = .picker(next)
                case .open(let index):
                    screen = .dashboard(open(index, size: canvas.size, glyphs: canvas.glyphs, audits: &audits), ledger: index, returnTo: next)
                case .quit: break loop
                }
            case .dashboard(var state, let ledger, let picker):
                state.exportContext.time = Date()
                var (next, effect) = DashboardApp.update(state, event)
                switch effect {
                case .none: screen = .dashboard(next, ledger: ledger, returnTo: picker)
                case .closeLedger: screen = picker.map { .picker($0) } ?? .dashboard(next, ledger: ledger, returnTo: nil)
                case .export(let request):
                    next.notice = export(request, of: next, source: sources[ledger])
                    screen = .dashboard(next, ledger: ledger, returnTo: picker)
                case .quit: break loop
                }
            }
        }
        terminal.close()
        return terminal.receivedSignal.map { 128 + $0 } ?? 0
    }

    /// The dashboard on ledger `index`, with individuals' names redacted unless asked for; the
    /// ledger's audit starts on another thread the first time it opens (and is kept in `audits`).
    private func open(_ index: Int, size: Size, glyphs: Glyphs, audits: inout [Int: AuditJob]) -> AppState {
        let ledger = loads[index].ledger
        let store = LedgerStore(showsPersonalData ? ledger : ledger.redactingIndividuals())
        var state = AppState(store: store, screenSize: size, glyphs: glyphs)
        state.exportContext.ledgerPaths = DemoLedger.commandPaths(of: sources[index])
        state.exportContext.showsPersonalData = showsPersonalData
        state.exportContext.auditSettings = auditSettings
        if audits[index] == nil {
            audits[index] = AuditJob(store: store, parameters: AuditParameters(ledger: store.ledger, overrides: auditSettings))
        }
        return state
    }

    /// Writes the export the user asked for (never replacing a file) and returns the status
    /// bar's message: the path written, or why nothing was.
    private func export(_ request: ExportRequest, of state: AppState, source: LedgerSource) -> String {
        do {
            let document = try ExportRun.document(request.content, state: state, source: source)
            let written = try ExportRun.write(document, to: request.path, overwrite: false)
            return "Wrote " + written.joined(separator: " and ")
        } catch {
            return "Not exported: " + error.description
        }
    }

    /// How the picker offers a ledger: `City of Riverton` with
    /// `riverton · USD · 48,210 line items · FY2023–FY2025` (the folder's name too, so a
    /// name the terminal cannot show, `青空市` under `LANG=C`, is still told apart).
    private static func entry(_ load: LedgerLoad) -> LedgerPickerEntry {
        let ledger = load.ledger
        let items = SummaryText.count(ledger.lineItems.count, "line item")
        let years = SummaryText.yearRange(ledger.fiscalYears)
        let folder = load.name.split(separator: "/").last.map(String.init) ?? load.name
        let subtitle = [folder, ledger.currency.code, items, years].filter { !$0.isEmpty }.joined(separator: " · ")
        return LedgerPickerEntry(title: ledger.publisher?.name ?? load.name, subtitle: subtitle)
    }
}
