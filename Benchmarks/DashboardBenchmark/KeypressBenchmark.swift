import Analytics
import Dashboard
import Foundation
import LedgerKit
import TerminalCore

/// Opens the dashboard on a ledger and times keypresses: `DashboardApp.update` and
/// `DashboardApp.render` into a canvas, what the event loop does per key before curses
/// copies the canvas to the terminal.
enum KeypressBenchmark {
    /// A kind of keypress.
    enum Kind: String, CaseIterable {
        /// ↓ ↓ ↓ ↑ ↑ ↑, over and over.
        case move
        /// Tab: every panel in turn.
        case panel
        /// `[` then `]`: the previous fiscal year and back.
        case fiscalYear = "fiscal year"
        /// Enter until the drill path stops growing, then Backspace back to the top.
        case drill
        /// `s` on the Line items panel: sort by the next column.
        case sort
        /// `n` on the Line items panel after searching for *repair*: the next match.
        case search

        /// Keys pressed, untimed, before the timed ones.
        var setup: [Key] {
            switch self {
            case .move, .panel, .fiscalYear, .drill: []
            case .sort: [.character("5")]
            case .search: [.character("5"), .character("/")] + "repair".map(Key.character) + [.enter]
            }
        }
    }

    /// The keys of one kind, one after the other.
    struct KeySequence {
        let kind: Kind
        private var pressed = 0
        private var descending = true
        private var depthBefore = 0

        init(_ kind: Kind) { self.kind = kind }

        /// The key to press next in `state` (the state the previous key led to).
        mutating func next(in state: AppState) -> Key {
            defer {
                pressed += 1
                depthBefore = state.drillPath.count
            }
            switch kind {
            case .move: return pressed % 6 < 3 ? .down : .up
            case .panel: return .tab
            case .fiscalYear: return pressed % 2 == 0 ? .character("[") : .character("]")
            case .sort: return .character("s")
            case .search: return .character("n")
            case .drill:
                let depth = state.drillPath.count
                if depth == 0 {
                    descending = true
                } else if descending, depth == depthBefore {
                    descending = false
                }
                return descending ? .enter : .backspace
            }
        }
    }

    /// One keypress: wall-clock and process CPU milliseconds (CPU of every thread, so more
    /// than the wall-clock time when the engine shares a scan between cores, and unaffected
    /// by waiting for a core on a busy machine).
    struct Sample {
        let wall: Double
        let cpu: Double
    }

    /// Loads the ledger of `options`, opens it, times `options.presses` keypresses of every
    /// kind (each kind from the opened state), and describes the results in Markdown.
    static func run(_ options: KeypressOptions) throws -> String {
        let clock = ContinuousClock()
        let loadStart = clock.now
        let sources = try LedgerDiscovery.discover([options.ledger])
        guard sources.count == 1 else { throw Failure("\(options.ledger): expected one ledger, found \(sources.count)") }
        let load = LedgerLoader.load(sources[0])
        guard load.isValid else { throw Failure("\(options.ledger): the ledger has errors; run govlens validate") }
        let loaded = clock.now
        let store = LedgerStore(load.ledger)
        let built = clock.now
        var canvas = Canvas(size: options.size)
        let opened = AppState(store: store, screenSize: options.size, glyphs: .unicode)
        DashboardApp.render(opened, into: &canvas)
        let firstFrame = clock.now

        var lines = [
            "ledger: \(options.ledger) (\(store.ledger.lineItems.count) line items), screen \(options.size)",
            "load \(format(seconds(loaded - loadStart)))s, store \(format(seconds(built - loaded)))s, "
                + "open + first render \(format(1000 * seconds(firstFrame - built))) ms",
            "",
            "| keys | presses | median ms | p99 ms | max ms | CPU median ms | CPU p99 ms |",
            "| --- | ---: | ---: | ---: | ---: | ---: | ---: |",
        ]
        var everything: [Sample] = []
        for kind in Kind.allCases {
            let samples = time(kind, presses: options.presses, from: opened, canvas: &canvas)
            everything += samples
            lines.append(row(kind.rawValue, samples))
        }
        lines.append(row("all", everything))
        return lines.joined(separator: "\n") + "\n"
    }

    /// `presses` keypresses of `kind`, each update plus render, from `opened`.
    static func time(_ kind: Kind, presses: Int, from opened: AppState, canvas: inout Canvas) -> [Sample] {
        let clock = ContinuousClock()
        var state = opened
        for key in kind.setup {
            state = DashboardApp.update(state, .key(key)).0
        }
        var keys = KeySequence(kind)
        var samples: [Sample] = []
        samples.reserveCapacity(presses)
        for _ in 0..<presses {
            let key = keys.next(in: state)
            let start = clock.now
            let cpuStart = processCPUMilliseconds()
            let (next, _) = DashboardApp.update(state, .key(key))
            DashboardApp.render(next, into: &canvas)
            samples.append(Sample(wall: 1000 * seconds(clock.now - start), cpu: processCPUMilliseconds() - cpuStart))
            state = next
        }
        return samples
    }

    /// A table row: median, p99 (nearest rank) and maximum wall-clock time, median and p99 CPU time.
    static func row(_ name: String, _ samples: [Sample]) -> String {
        let wall = samples.map(\.wall).sorted()
        let cpu = samples.map(\.cpu).sorted()
        return "| \(name) | \(samples.count) | \(format(median(wall))) | \(format(p99(wall))) | \(format(wall.last ?? 0)) | "
            + "\(format(median(cpu))) | \(format(p99(cpu))) |"
    }

    /// The median of ascending `sorted` values.
    static func median(_ sorted: [Double]) -> Double {
        sorted.count % 2 == 1 ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
    }

    /// The 99th percentile (nearest rank) of ascending `sorted` values.
    static func p99(_ sorted: [Double]) -> Double {
        sorted[min(sorted.count, Int((0.99 * Double(sorted.count)).rounded(.up))) - 1]
    }

    /// CPU time of the whole process so far, every thread included.
    static func processCPUMilliseconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time)
        return Double(time.tv_sec) * 1000 + Double(time.tv_nsec) / 1e6
    }

    static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }

    static func format(_ value: Double) -> String {
        String(format: "%.3f", value)
    }

    /// Why the benchmark cannot run.
    struct Failure: Error, CustomStringConvertible {
        let description: String
        init(_ description: String) { self.description = description }
    }
}
