/// A seeded xoshiro256** generator, initialised through SplitMix64.
///
/// Integer-only and platform independent: the same seed yields the same sequence on
/// every machine, which is what makes the generated ledgers byte-for-byte reproducible.
struct SeededRandom {
    private var s0: UInt64
    private var s1: UInt64
    private var s2: UInt64
    private var s3: UInt64

    /// Creates a generator whose state is expanded from `seed` with SplitMix64.
    init(seed: UInt64) {
        var mixer = seed
        s0 = SeededRandom.splitMix(&mixer)
        s1 = SeededRandom.splitMix(&mixer)
        s2 = SeededRandom.splitMix(&mixer)
        s3 = SeededRandom.splitMix(&mixer)
    }

    /// Creates an independent stream for a labelled sub-task, so that one part of a
    /// ledger does not shift when another part draws more or fewer numbers.
    init(seed: UInt64, stream: UInt64, _ substream: UInt64 = 0) {
        var mixer = seed ^ 0x5851_F42D_4C95_7F2D
        mixer = SeededRandom.splitMix(&mixer) ^ stream
        mixer = SeededRandom.splitMix(&mixer) ^ substream
        self.init(seed: SeededRandom.splitMix(&mixer))
    }

    private static func splitMix(_ state: inout UInt64) -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// The next 64 random bits.
    mutating func next() -> UInt64 {
        let result = rotate(s1 &* 5, 7) &* 9
        let t = s1 << 17
        s2 ^= s0
        s3 ^= s1
        s1 ^= s2
        s0 ^= s3
        s2 ^= t
        s3 = rotate(s3, 45)
        return result
    }

    private func rotate(_ x: UInt64, _ k: UInt64) -> UInt64 {
        (x << k) | (x >> (64 - k))
    }

    /// A value in `0..<bound` (multiply-high reduction); `bound` must be positive.
    mutating func below(_ bound: Int) -> Int {
        Int(truncatingIfNeeded: next().multipliedFullWidth(by: UInt64(bound)).high)
    }

    /// A value in the closed range.
    mutating func int(in range: ClosedRange<Int>) -> Int {
        range.lowerBound + below(range.upperBound - range.lowerBound + 1)
    }

    /// True with probability `perMille` / 1000.
    mutating func chance(perMille: Int) -> Bool {
        below(1000) < perMille
    }

    /// One element of a non-empty array.
    mutating func pick<T>(_ elements: [T]) -> T {
        elements[below(elements.count)]
    }

    /// A heavy-tailed positive weight (roughly log-uniform over 16...16384), used to split
    /// a total into amounts that look like real spending: many small, a few large.
    mutating func heavyTailedWeight() -> Int64 {
        let base = Int64(16) << (2 * below(5))
        return base + Int64(below(Int(base) * 3 + 1))
    }
}

/// A discrete distribution over `0..<weights.count` given integer weights.
struct WeightedChoice {
    private let cumulative: [Int64]

    /// Creates the distribution; at least one weight must be positive.
    init<W: BinaryInteger>(weights: [W]) {
        var running: Int64 = 0
        cumulative = weights.map { weight in
            running += Int64(weight)
            return running
        }
    }

    /// Weights 1/1, 1/2, 1/3, … for Zipf-like concentration on the first entries.
    static func zipf(count: Int) -> WeightedChoice {
        WeightedChoice(weights: (0..<count).map { 1_000_000_000 / Int64($0 + 1) })
    }

    /// Number of outcomes.
    var count: Int { cumulative.count }

    /// Draws one outcome.
    func sample(_ random: inout SeededRandom) -> Int {
        let total = cumulative[cumulative.count - 1]
        let target = Int64(random.next() % UInt64(total))
        var low = 0
        var high = cumulative.count - 1
        while low < high {
            let mid = (low + high) / 2
            if cumulative[mid] > target { high = mid } else { low = mid + 1 }
        }
        return low
    }
}
