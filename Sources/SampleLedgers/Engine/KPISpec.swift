import LedgerKit

/// A key performance indicator and the story its observations tell.
///
/// Values are integers scaled by 10^`decimals` (123 with 1 decimal is 12.3), so generated
/// numbers never pass through floating point.
struct KPISpec {
    var id: String
    var organisation: String
    var name: String
    var unit: String
    var direction: KPIDirection
    var frequency: KPIFrequency
    var decimals: Int
    var description: String?
    /// Trend of the observations: value at the first period and at the latest observed one.
    var first: Int64
    var latest: Int64
    /// Largest random deviation from the trend.
    var noise: Int64
    /// Seasonal multiplier of observations (and of targets when `seasonalTargets`).
    var season: Season
    var seasonalTargets: Bool
    /// Target per fiscal year of the ledger, oldest first.
    var targets: [Int64]
    var baseline: Int64?
    /// Observations are clamped into this range (a percentage cannot pass 100).
    var bounds: ClosedRange<Int64>

    init(
        _ id: String, organisation: String, name: String, unit: String, direction: KPIDirection,
        frequency: KPIFrequency, decimals: Int = 0, description: String? = nil,
        first: Int64, latest: Int64, noise: Int64, season: Season = .flat, seasonalTargets: Bool = false,
        targets: [Int64], baseline: Int64? = nil, bounds: ClosedRange<Int64> = 0...Int64.max
    ) {
        self.id = id
        self.organisation = organisation
        self.name = name
        self.unit = unit
        self.direction = direction
        self.frequency = frequency
        self.decimals = decimals
        self.description = description
        self.first = first
        self.latest = latest
        self.noise = noise
        self.season = season
        self.seasonalTargets = seasonalTargets
        self.targets = targets
        self.baseline = baseline
        self.bounds = bounds
    }
}
