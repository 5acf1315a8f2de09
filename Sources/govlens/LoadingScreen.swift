import Dashboard
import Foundation
import LedgerKit
import Synchronization
import TerminalCore
import TerminalCurses

/// Loads ledgers on a background thread while the terminal shows how far it has got.
///
/// A large ledger takes seconds to load; the user sees a progress bar from the first frame
/// instead of a blank terminal, and can stop with `q`, Escape or Ctrl-C.
enum LoadingScreen {
    /// What the loading thread hands back.
    private final class Outcome: Sendable {
        let loads = Mutex<[LedgerLoad]?>(nil)
    }

    /// Loads `sources` (in order) and returns their loads, or `nil` when the user stopped the
    /// load (the thread is abandoned; the program is about to exit).
    static func load(_ sources: [LedgerSource], name: String, on terminal: CursesTerminal) -> [LedgerLoad]? {
        let progress = LoadProgress(totalBytes: sources.reduce(0) { $0 + $1.byteCount })
        let outcome = Outcome()
        let thread = Thread {
            let loads = sources.map { LedgerLoader.load($0, diagnosticLimit: 100, progress: progress) }
            outcome.loads.withLock { $0 = loads }
        }
        thread.start()
        var canvas = Canvas(size: terminal.size, glyphs: terminal.glyphs)
        while true {
            if let loads = outcome.loads.withLock({ $0 }) { return loads }
            LoadingView.render(name: name, doneBytes: progress.doneBytes, totalBytes: progress.totalBytes, into: &canvas)
            terminal.present(canvas)
            switch terminal.readEvent(timeoutMilliseconds: 50) {
            case .resize(let size): canvas.resize(to: size)
            case .terminate, .key(.character("q")), .key(.escape): return nil
            default: break
            }
        }
    }
}
