import LedgerKit

/// One period of a KPI series and what its values depend on.
struct KPISeriesPeriod {
    /// The period as written: `2024-07`, `FY2025-Q1` or `FY2025`.
    var period: KPIPeriod
    /// Index into the blueprint's fiscal years.
    var fiscalYearIndex: Int
    /// Calendar month that represents the period's season (1-12).
    var month: Int
    /// Last day of the period.
    var end: CivilDate
}

extension KPIFrequency {
    /// The periods of the given fiscal years, in order.
    func periods(calendar: FiscalCalendar, fiscalYears: [Int]) -> [KPISeriesPeriod] {
        fiscalYears.enumerated().flatMap { index, year -> [KPISeriesPeriod] in
            switch self {
            case .monthly:
                return (0..<12).map { offset in
                    let start = calendar.firstDay(of: year).firstOfMonth(adding: offset)
                    let (calendarYear, month, _) = start.components
                    let end = start.firstOfMonth(adding: 1).adding(days: -1)
                    return KPISeriesPeriod(period: .month(year: calendarYear, month: month), fiscalYearIndex: index, month: month, end: end)
                }
            case .quarterly:
                return (1...4).map { quarter in
                    let start = calendar.firstDay(of: year, quarter: quarter)
                    let middle = start.firstOfMonth(adding: 1).components.month
                    let end = start.firstOfMonth(adding: 3).adding(days: -1)
                    return KPISeriesPeriod(period: .fiscalQuarter(fiscalYear: year, quarter: quarter), fiscalYearIndex: index, month: middle, end: end)
                }
            case .annual:
                return [KPISeriesPeriod(period: .fiscalYear(year), fiscalYearIndex: index, month: 1, end: calendar.lastDay(of: year))]
            }
        }
    }

    /// The last period before the first fiscal year, used for baselines.
    func baselinePeriod(calendar: FiscalCalendar, firstFiscalYear: Int) -> KPIPeriod {
        switch self {
        case .monthly:
            let (year, month, _) = calendar.firstDay(of: firstFiscalYear).firstOfMonth(adding: -1).components
            return .month(year: year, month: month)
        case .quarterly: return .fiscalQuarter(fiscalYear: firstFiscalYear - 1, quarter: 4)
        case .annual: return .fiscalYear(firstFiscalYear - 1)
        }
    }
}

/// Writes `kpis.json`: targets for every period of the ledger's years, observations up to the as-of date.
enum KPIDocument {
    static func bytes(_ blueprint: LedgerBlueprint) -> [UInt8] {
        let calendar = blueprint.publisher.calendar
        var out = JSONWriter()
        out.raw("{\n  \"format\": \"govlens-ledger/1\",\n  \"kpis\": [")
        for (index, kpi) in blueprint.kpis.enumerated() {
            var random = SeededRandom(seed: blueprint.seed, stream: 0x4B50, stableHash(kpi.id))
            out.raw(index == 0 ? "\n    {\n" : ",\n    {\n")
            out.member("      \"id\": ", kpi.id)
            out.member(", \"organisation\": ", kpi.organisation)
            out.member(", \"name\": ", kpi.name)
            out.member(", \"unit\": ", kpi.unit)
            out.member(", \"direction\": ", kpi.direction.rawValue)
            out.member(", \"frequency\": ", kpi.frequency.rawValue)
            out.member(",\n      \"description\": ", kpi.description)
            if let baseline = kpi.baseline {
                out.member(",\n      \"baseline\": {\"period\": ", kpi.frequency.baselinePeriod(calendar: calendar, firstFiscalYear: blueprint.fiscalYears[0]).description)
                out.raw(", \"value\": ")
                out.number(baseline, decimals: kpi.decimals)
                out.raw("}")
            }
            let periods = kpi.frequency.periods(calendar: calendar, fiscalYears: blueprint.fiscalYears)
            let targets = periods.map { period in
                let target = kpi.targets[period.fiscalYearIndex]
                return kpi.seasonalTargets ? seasonal(target, kpi.season, month: period.month) : target
            }
            writeSeries("targets", periods: periods, values: targets, decimals: kpi.decimals, into: &out)
            let observed = periods.filter { $0.end <= blueprint.publisher.asOf }
            let values = observed.enumerated().map { step, period in
                observation(kpi, step: step, of: observed.count, month: period.month, random: &random)
            }
            writeSeries("observations", periods: observed, values: values, decimals: kpi.decimals, into: &out)
            out.raw("\n    }")
        }
        out.raw("\n  ]\n}\n")
        return out.bytes
    }

    /// FNV-1a of the id: a KPI's noise does not change when other KPIs are added or reordered.
    private static func stableHash(_ text: String) -> UInt64 {
        text.utf8.reduce(0xCBF2_9CE4_8422_2325) { ($0 ^ UInt64($1)) &* 0x0000_0100_0000_01B3 }
    }

    private static func observation(_ kpi: KPISpec, step: Int, of count: Int, month: Int, random: inout SeededRandom) -> Int64 {
        let span = Int64(max(1, count - 1))
        let trend = kpi.first + (kpi.latest - kpi.first) * Int64(step) / span
        let noise = kpi.noise > 0 ? Int64(random.below(Int(kpi.noise) * 2 + 1)) - kpi.noise : 0
        let value = seasonal(trend, kpi.season, month: month) + noise
        return min(max(value, kpi.bounds.lowerBound), kpi.bounds.upperBound)
    }

    private static func seasonal(_ value: Int64, _ season: Season, month: Int) -> Int64 {
        value * Int64(season.calendarWeights[month - 1]) / 100
    }

    private static func writeSeries(_ key: StaticString, periods: [KPISeriesPeriod], values: [Int64], decimals: Int, into out: inout JSONWriter) {
        out.raw(",\n      \"")
        out.raw(key)
        out.raw("\": [")
        for (index, period) in periods.enumerated() {
            out.member(index == 0 ? "\n        {\"period\": " : ",\n        {\"period\": ", period.period.description)
            out.raw(", \"value\": ")
            out.number(values[index], decimals: decimals)
            out.raw("}")
        }
        out.raw(periods.isEmpty ? "]" : "\n      ]")
    }
}
