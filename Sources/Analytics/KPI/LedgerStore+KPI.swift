import LedgerKit

/// The KPIs of an organisation subtree (or of the whole ledger) judged as of a date, with the
/// status counts of the overview panel.
public struct KPIOverview: Sendable {
    /// The organisation whose subtree's KPIs are reported, or `nil` for every KPI of the ledger.
    public let organisation: Int32?
    /// Observations of periods starting after this date are left out; `nil` keeps them all.
    public let asOf: CivilDate?
    /// The rules the statuses and trends were judged by.
    public let rules: KPIRules
    /// One report per KPI, in ledger order.
    public let reports: [KPIReport]
    /// How many reports have each status.
    public let counts: KPIStatusCounts
}

extension LedgerStore {
    /// Judges the KPIs of `organisation`'s subtree and joins each with its organisation's spending.
    ///
    /// For every KPI: the latest observation up to `asOf` against the target for its period, the
    /// trend of the latest observations, and, for every observation, the net spending (payments,
    /// refunds, adjustments) of the KPI's organisation and everything below it over the same
    /// period — a calendar month, a fiscal quarter or a fiscal year of the ledger's calendar —
    /// with the cost per unit of outcome when the unit is a count.
    ///
    ///     let overview = store.kpiOverview()
    ///     overview.counts.offTrack                    // 13 on sample-data/riverton
    ///     overview.reports[0].latestCostPerUnit       // nil: "s" is not a count
    ///
    /// - Parameters:
    ///   - organisation: Report the KPIs owned by this node or a node below it; `nil` reports all.
    ///   - asOf: Leave out observations of periods that start after this date; by default the
    ///     publisher's as-of date (none when the ledger has no publisher).
    ///   - rules: Tolerance, trend window and flatness thresholds.
    /// - Complexity: one selection over the line items and one pass over the selected rows for all
    ///   KPIs together (see `KPISpendingTable`), plus O(targets + observations) per KPI.
    public func kpiOverview(organisation: Int32? = nil, asOf: CivilDate? = nil, rules: KPIRules = .standard) -> KPIOverview {
        let calendar = ledger.calendar
        let cutoff = asOf ?? ledger.publisher?.asOf
        let hierarchy = hierarchy(.organisation)
        let kpis = ledger.kpis.filter { kpi in organisation.map { hierarchy.isInSubtree(kpi.organisation, of: $0) } ?? true }
        let observed = kpis.map { kpi in
            kpi.observations.prefix { observation in cutoff.map { observation.period.firstDay(on: calendar) <= $0 } ?? true }
        }
        let table = KPISpendingTable(
            store: self, requests: zip(kpis, observed).map { ($0.organisation, $1.map(\.period)) }, scope: organisation)
        let reports = zip(kpis, observed).map { kpi, observations in
            KPIReport(
                kpi: kpi, observations: observations,
                spending: observations.map { table.spending(of: kpi.organisation, in: $0.period) }, calendar: calendar, rules: rules)
        }
        return KPIOverview(
            organisation: organisation, asOf: cutoff, rules: rules, reports: reports, counts: KPIStatusCounts(reports.map(\.status)))
    }
}
