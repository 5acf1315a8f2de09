import LedgerKit

/// The recent direction of a KPI: a least-squares line through its latest observations.
public struct KPITrend: Sendable, Hashable {
    /// Whether the line moves the way the KPI's direction calls better.
    public enum Direction: String, Sendable, Hashable, CaseIterable {
        /// Rising for a higher-is-better KPI, falling for a lower-is-better one.
        case improving
        /// The opposite of improving.
        case worsening
        /// Within the flatness threshold (`KPIRules.flatPercentPerPeriod`).
        case flat
    }

    /// Slope of the fitted line, in the KPI's unit per period (month, quarter or fiscal year).
    public let slope: Double
    /// Improving, worsening or flat.
    public let direction: Direction
    /// How many observations the line was fitted to.
    public let observationCount: Int

    /// The trend of the last `rules.trendWindow` of `observations` (sorted by period, all of one
    /// frequency), or `nil` with fewer than two.
    ///
    /// The x axis is the period number, so a missing month between two observations widens the gap
    /// instead of being skipped: 10 in 2024-01 and 13 in 2024-04 is a slope of 1 per month.
    ///
    /// - Complexity: O(`rules.trendWindow`).
    public init?(_ observations: some BidirectionalCollection<KPIValue>, direction: KPIDirection, rules: KPIRules = .standard) {
        let window = observations.suffix(rules.trendWindow)
        guard window.count >= 2 else { return nil }
        let count = Double(window.count)
        // Centre x on the first period so that large period numbers do not cost precision.
        let origin = window.first!.period.ordinal
        let xs = window.map { Double($0.period.ordinal - origin) }
        let meanX = xs.reduce(0, +) / count
        let meanY = window.reduce(0) { $0 + $1.value } / count
        var covariance = 0.0
        var variance = 0.0
        for (x, observation) in zip(xs, window) {
            covariance += (x - meanX) * (observation.value - meanY)
            variance += (x - meanX) * (x - meanX)
        }
        slope = covariance / variance
        observationCount = window.count
        let meanMagnitude = window.reduce(0) { $0 + abs($1.value) } / count
        self.direction = rules.trendDirection(slope: slope, meanMagnitude: meanMagnitude, direction: direction)
    }
}
