import LedgerKit

/// One KPI judged as of a date: its latest observation against the target, its trend, and its
/// organisation's spending beside every observation, with the cost per unit of outcome for counts.
public struct KPIReport: Sendable {
    /// The KPI as loaded (all its targets and observations, also those after the as-of date).
    public let kpi: KPI
    /// What the KPI's unit measures; cost per unit is reported only for `.count`.
    public let unitKind: KPIUnitKind
    /// The latest observation up to the as-of date, or `nil` when there is none.
    public let latest: KPIValue?
    /// The target for the latest observation's period, or `nil` when none is published.
    public let target: Double?
    /// The KPI's baseline, if published.
    public let baseline: KPIValue?
    /// The latest observation against its target (see `KPIRules`).
    public let status: KPIStatus
    /// The trend of the latest observations, or `nil` with fewer than two.
    public let trend: KPITrend?
    /// Every observation up to the as-of date, oldest first, with the spending of its period.
    public let periods: [KPIPeriodCost]

    /// Cost per unit of outcome in the latest observed period, in minor units (counts only).
    public var latestCostPerUnit: Int64? { periods.last?.costPerUnit }

    /// Judges `kpi` on `observations` (its observations up to the as-of date) with `rules`;
    /// `spending[i]` is the organisation's net spending over the period of `observations[i]`.
    init(kpi: KPI, observations: ArraySlice<KPIValue>, spending: [Int64], calendar: FiscalCalendar, rules: KPIRules) {
        self.kpi = kpi
        let unitKind = KPIUnitKind(unit: kpi.unit)
        self.unitKind = unitKind
        baseline = kpi.baseline
        let latest = observations.last
        self.latest = latest
        trend = KPITrend(observations, direction: kpi.direction, rules: rules)
        periods = zip(observations, spending).map { observation, spending in
            let period = Period(observation.period, calendar: calendar)
            return KPIPeriodCost(observation: observation, dates: period.start...period.end, spending: spending, isCount: unitKind.isCount)
        }
        guard let latest else {
            target = nil
            status = .noData
            return
        }
        let target = kpi.targets.first { $0.period == latest.period }?.value
        self.target = target
        guard let target else {
            status = .noTarget
            return
        }
        // The KPI's own scale, which sets the tolerance band when the target is 0.
        let values = observations.map(\.value) + kpi.targets.map(\.value) + (kpi.baseline.map { [$0.value] } ?? [])
        let scale = values.reduce(0) { max($0, abs($1)) }
        status = rules.status(of: latest.value, target: target, direction: kpi.direction, scale: scale)
    }
}
