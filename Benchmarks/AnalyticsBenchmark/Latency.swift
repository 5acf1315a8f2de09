/// Latency statistics of repeated runs, in milliseconds.
struct Latency: Codable {
    /// Number of timed runs (warm-up runs excluded).
    let iterations: Int
    /// Median run.
    let medianMs: Double
    /// 99th percentile, nearest rank: with 50 runs this is the slowest.
    let p99Ms: Double
    /// Fastest run.
    let minMs: Double

    /// Statistics of `samples` (seconds).
    init(seconds samples: [Double]) {
        let sorted = samples.sorted()
        iterations = sorted.count
        medianMs = Latency.median(sorted) * 1000
        p99Ms = Latency.percentile(sorted, 0.99) * 1000
        minMs = (sorted.first ?? 0) * 1000
    }

    /// The median of ascending `sorted` values (mean of the middle two for an even count).
    static func median(_ sorted: [Double]) -> Double {
        guard !sorted.isEmpty else { return 0 }
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }

    /// The nearest-rank percentile `fraction` (0–1) of ascending `sorted` values.
    static func percentile(_ sorted: [Double], _ fraction: Double) -> Double {
        guard !sorted.isEmpty else { return 0 }
        let rank = Int((fraction * Double(sorted.count)).rounded(.up))
        return sorted[min(max(rank, 1), sorted.count) - 1]
    }
}

/// Wall-clock timing with the monotonic clock.
enum Stopwatch {
    /// Seconds `body` takes.
    static func seconds(_ body: () -> Void) -> Double {
        let elapsed = ContinuousClock().measure(body)
        return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    }

    /// Runs `body` `warmup` times untimed, then `iterations` times timed.
    static func latency<Result>(iterations: Int, warmup: Int, _ body: () -> Result) -> Latency {
        for _ in 0..<warmup { blackHole(body()) }
        var samples: [Double] = []
        samples.reserveCapacity(iterations)
        for _ in 0..<iterations {
            samples.append(seconds { blackHole(body()) })
        }
        return Latency(seconds: samples)
    }
}

/// Keeps the optimiser from discarding a result that is otherwise unused.
@inline(never) @_optimize(none)
func blackHole<T>(_ value: T) {}
