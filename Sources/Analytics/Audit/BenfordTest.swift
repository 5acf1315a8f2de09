import Foundation

/// Nigrini's conformity bands for the mean absolute deviation from Benford's law (Nigrini 2012,
/// *Benford's Law*, Table 7.1).
public enum BenfordConformity: Int, Comparable, Sendable, CaseIterable {
    case close, acceptable, marginal, nonconformity

    public static func < (lhs: BenfordConformity, rhs: BenfordConformity) -> Bool { lhs.rawValue < rhs.rawValue }

    /// "close conformity", "acceptable conformity", "marginally acceptable conformity", "nonconformity".
    public var name: String {
        switch self {
        case .close: "close conformity"
        case .acceptable: "acceptable conformity"
        case .marginal: "marginally acceptable conformity"
        case .nonconformity: "nonconformity"
        }
    }

    /// The band of a MAD: upper bounds (inclusive) of close, acceptable and marginal conformity,
    /// 0.006, 0.012, 0.015 for first digits and 0.0012, 0.0018, 0.0022 for first two digits.
    public static func of(mad: Double, digits: BenfordDigits) -> BenfordConformity {
        let bounds = digits == .first ? [0.006, 0.012, 0.015] : [0.0012, 0.0018, 0.0022]
        return allCases[bounds.firstIndex { mad <= $0 } ?? 3]
    }
}

/// Which leading digits a Benford test counts.
public enum BenfordDigits: Sendable, Hashable {
    /// The first digit, 1–9.
    case first
    /// The first two digits, 10–99.
    case firstTwo

    /// The digit values counted.
    public var values: ClosedRange<Int> { self == .first ? 1...9 : 10...99 }

    /// Benford's expected proportion of each value, log10(1 + 1/d), in `values` order.
    public var expected: [Double] { values.map { log10(1 + 1 / Double($0)) } }
}

/// Benford's law over one scope's payments: observed counts against expected proportions per
/// leading digit, for the first digit and the first two digits, with the mean absolute deviation
/// and Nigrini's conformity band of each.
public struct BenfordTest: Sendable, Hashable {
    /// The organisation whose subtree is tested, or `nil` for the whole ledger.
    public let organisation: Int32?
    /// Payments counted: positive payments of at least 10 major units.
    public let count: Int
    /// Observed counts of first two digits 10…99 (index 0 is 10).
    public let firstTwoCounts: [Int]

    init(organisation: Int32?, firstTwoCounts: [Int]) {
        self.organisation = organisation
        self.firstTwoCounts = firstTwoCounts
        count = firstTwoCounts.reduce(0, +)
    }

    /// Observed counts of `digits`' values, in `digits.values` order.
    public func observedCounts(_ digits: BenfordDigits) -> [Int] {
        guard digits == .first else { return firstTwoCounts }
        var counts = [Int](repeating: 0, count: 9)
        for (index, value) in firstTwoCounts.enumerated() { counts[(index + 10) / 10 - 1] += value }
        return counts
    }

    /// Observed proportions of `digits`' values (all 0 when nothing was counted).
    public func observed(_ digits: BenfordDigits) -> [Double] {
        let total = Double(max(count, 1))
        return observedCounts(digits).map { Double($0) / total }
    }

    /// Mean absolute deviation of the observed proportions from the expected ones.
    public func mad(_ digits: BenfordDigits) -> Double {
        let expected = digits.expected
        let observed = observed(digits)
        return zip(observed, expected).reduce(0) { $0 + abs($1.0 - $1.1) } / Double(expected.count)
    }

    /// Nigrini's band of `mad(digits)`.
    public func conformity(_ digits: BenfordDigits) -> BenfordConformity {
        .of(mad: mad(digits), digits: digits)
    }

    /// The first-two-digit values observed significantly more often than expected: a z-statistic
    /// (with continuity correction, Nigrini 2012 eq. 7.1) above 3.29 (p < 0.001), largest excess first.
    public var spikes: [Int] {
        let expected = BenfordDigits.firstTwo.expected
        let n = Double(count)
        var spikes: [(value: Int, excess: Double)] = []
        for (index, observed) in firstTwoCounts.enumerated() {
            let p = expected[index]
            let excess = Double(observed) / n - p
            let z = (abs(excess) - 1 / (2 * n)) / (p * (1 - p) / n).squareRoot()
            if excess > 0 && z > 3.29 { spikes.append((index + 10, excess)) }
        }
        return spikes.sorted { $0.excess > $1.excess }.map(\.value)
    }
}
