import LedgerKit

/// The thresholds that turn KPI numbers into a status and a trend. The defaults are the
/// documented rules of docs/analytics.md ("KPIs").
///
/// **Status.** Let *t* be the target and *b* the tolerance band: `tolerancePercent` % of |*t*|,
/// or, when the target is 0, of the KPI's own scale (the largest absolute value among its
/// baseline, targets and observations), so a zero target neither divides by zero nor leaves
/// an empty band. Higher is better: on track when value ≥ *t*, at risk when
/// *t* − *b* ≤ value < *t*, off track below. Lower is better, mirrored: on track when
/// value ≤ *t*, at risk when *t* < value ≤ *t* + *b*, off track above. Both band edges are at risk.
///
/// **Trend.** The least-squares slope of the last `trendWindow` observations against their
/// period number (a gap of a missing month counts), in units per period. Flat when
/// |slope| ≤ `flatPercentPerPeriod` % of the mean absolute value of those observations;
/// otherwise improving when it moves the way the KPI's direction calls better, worsening when not.
public struct KPIRules: Sendable, Hashable {
    /// Width of the at-risk band, in percent of the target (default 5).
    public var tolerancePercent: Double
    /// How many of the latest observations the trend is fitted to (default 6; at least 2).
    public var trendWindow: Int
    /// Largest slope, in percent of the window's mean absolute value per period, still called flat (default 1).
    public var flatPercentPerPeriod: Double

    /// The default rules: 5 % tolerance, trend over 6 observations, flat within 1 % per period.
    public static let standard = KPIRules()

    /// Creates rules; `trendWindow` must be at least 2 and the percentages non-negative.
    public init(tolerancePercent: Double = 5, trendWindow: Int = 6, flatPercentPerPeriod: Double = 1) {
        precondition(tolerancePercent >= 0 && flatPercentPerPeriod >= 0 && trendWindow >= 2, "invalid KPI rules")
        self.tolerancePercent = tolerancePercent
        self.trendWindow = trendWindow
        self.flatPercentPerPeriod = flatPercentPerPeriod
    }

    /// The width of the at-risk band for `target`; `scale` stands in for the target when it is 0.
    ///
    ///     KPIRules.standard.toleranceBand(target: 90, scale: 0)  // 4.5
    ///     KPIRules.standard.toleranceBand(target: 0, scale: 40)  // 2
    public func toleranceBand(target: Double, scale: Double) -> Double {
        (target != 0 ? abs(target) : abs(scale)) * tolerancePercent / 100
    }

    /// The status of `value` against `target` for a KPI whose better values lie in `direction`.
    ///
    /// - Parameters:
    ///   - value: The observed value.
    ///   - target: The target for the same period.
    ///   - direction: Whether higher or lower values are better.
    ///   - scale: The KPI's own scale, used for the band only when `target` is 0.
    /// - Returns: `.onTrack`, `.atRisk` or `.offTrack`.
    public func status(of value: Double, target: Double, direction: KPIDirection, scale: Double) -> KPIStatus {
        let band = toleranceBand(target: target, scale: scale)
        // How far the value falls short of the target, in the worse direction (≤ 0 when met).
        let shortfall = direction == .higher ? target - value : value - target
        if shortfall <= 0 { return .onTrack }
        return shortfall <= band ? .atRisk : .offTrack
    }

    /// Whether `slope` (units per period) improves, worsens or is flat, for values around `meanMagnitude`.
    public func trendDirection(slope: Double, meanMagnitude: Double, direction: KPIDirection) -> KPITrend.Direction {
        if abs(slope) <= meanMagnitude * flatPercentPerPeriod / 100 { return .flat }
        return (slope > 0) == (direction == .higher) ? .improving : .worsening
    }
}
