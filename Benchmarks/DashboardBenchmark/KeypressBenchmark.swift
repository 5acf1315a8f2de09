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
            "| keys | presses | median ms | p99 ms | max ms |",
            "| --- | ---: | ---: | ---: | ---: |",
        ]
        var everything: [Double] = []
        for kind in Kind.allCases {
            let samples = time(kind, presses: options.presses, from: opened, canvas: &canvas)
            everything += samples
            lines.append(row(kind.rawValue, samples))
        }
        lines.append(row("all", everything))
        return lines.joined(separator: "\n") + "\n"
    }

    /// Milliseconds of `presses` keypresses of `kind`, each update plus render, from `opened`.
    static func time(_ kind: Kind, presses: Int, from opened: AppState, canvas: inout Canvas) -> [Double] {
        let clock = ContinuousClock()
        var state = opened
        var keys = KeySequence(kind)
        var samples: [Double] = []
        samples.reserveCapacity(presses)
        for _ in 0..<presses {
            let key = keys.next(in: state)
            let start = clock.now
            let (next, _) = DashboardApp.update(state, .key(key))
            DashboardApp.render(next, into: &canvas)
            samples.append(1000 * seconds(clock.now - start))
            state = next
        }
        return samples
    }

    /// A table row: median, p99 (nearest rank) and maximum of `samples`.
    static func row(_ name: String, _ samples: [Double]) -> String {
        let sorted = samples.sorted()
        let p99 = sorted[min(sorted.count, Int((0.99 * Double(sorted.count)).rounded(.up))) - 1]
        let median = sorted.count % 2 == 1 ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
        return "| \(name) | \(sorted.count) | \(format(median)) | \(format(p99)) | \(format(sorted.last ?? 0)) |"
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
