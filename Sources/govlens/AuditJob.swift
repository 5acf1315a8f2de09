import Analytics
import Foundation

/// The audit of one ledger, run on a thread of its own so that the dashboard's first frame
/// never waits for it (over a million line items it takes about a second). The event loop
/// asks for ``progress`` and the ``report`` between events and hands them to the dashboard.
final class AuditJob: @unchecked Sendable {
    /// Guards the two values the audit's thread writes and the event loop reads.
    private let lock = NSLock()
    private var latestProgress: AuditProgress?
    private var finishedReport: AuditReport?

    /// Starts auditing `store` with `parameters`.
    init(store: LedgerStore, parameters: AuditParameters) {
        let thread = Thread { [self] in
            let report = store.audit(parameters) { progress in
                self.lock.withLock { self.latestProgress = progress }
            }
            lock.withLock { finishedReport = report }
        }
        thread.stackSize = 8 << 20
        thread.start()
    }

    /// How far the audit has got, once it has finished a step.
    var progress: AuditProgress? { lock.withLock { latestProgress } }

    /// The report, once the audit has finished.
    var report: AuditReport? { lock.withLock { finishedReport } }
}
