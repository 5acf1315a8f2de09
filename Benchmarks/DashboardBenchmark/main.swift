// govlens-dashboard-bench: how long a keypress takes on a large ledger, without a terminal.
// Loads a ledger as govlens does, opens the dashboard on it, then presses keys of several kinds
// (move, panel, fiscal year, drill, sort, search) and times DashboardApp.update + render into a
// Canvas for each, wall clock and CPU. Build it in release mode; see Benchmarks/README.md.
import Foundation
import LedgerKit

MallocTuning.useOneArena()

let usage = """
    usage: govlens-dashboard-bench LEDGER_FOLDER [--size WxH] [--presses N]

      --size WxH     the screen the dashboard is drawn on (default 80x24)
      --presses N    keypresses timed per kind (default 200)
    """

do {
    let options = try KeypressOptions(Array(CommandLine.arguments.dropFirst()))
    let report = try KeypressBenchmark.run(options)
    print(report, terminator: "")
} catch let error as KeypressOptions.UsageError {
    if let message = error.message { FileHandle.standardError.write(Data("govlens-dashboard-bench: \(message)\n".utf8)) }
    print(usage)
    exit(error.message == nil ? 0 : 2)
} catch {
    FileHandle.standardError.write(Data("govlens-dashboard-bench: \(error)\n".utf8))
    exit(1)
}
