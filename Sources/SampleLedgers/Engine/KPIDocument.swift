/// One period of a KPI series.
struct KPIPeriod {
    /// `2024-07`, `FY2025-Q1` or `FY2025`.
    var label: String
    /// Index into the blueprint's fiscal years.
    var fiscalYearIndex: Int
    /// Calendar month that represents the period's season (1-12).
    var month: Int
    /// Last day of the period.
    var end: CivilDate
}

extension KPIFrequency {
    /// The periods of the given fiscal years, in order.
    func periods(calendar: FiscalCalendar, fiscalYears: [Int]) -> [KPIPeriod] {
        fiscalYears.enumerated().flatMap { index, year -> [KPIPeriod] in
            switch self {
            case .monthly:
                return (0..<12).map { month in
                    let start = calendar.monthStart(of: year, month: month)
                    return KPIPeriod(label: start.monthString, fiscalYearIndex: index, month: start.month, end: lastDay(before: start.firstOfMonth(adding: 1)))
                }
            case .quarterly:
                return (0..<4).map { quarter in
                    let middle = calendar.monthStart(of: year, month: quarter * 3 + 1)
                    let next = calendar.monthStart(of: year, month: quarter * 3 + 3)
                    return KPIPeriod(label: "FY\(year)-Q\(quarter + 1)", fiscalYearIndex: index, month: middle.month, end: lastDay(before: next))
                }
            case .annual:
                let next = calendar.start(of: year + 1)
                return [KPIPeriod(label: "FY\(year)", fiscalYearIndex: index, month: 1, end: lastDay(before: next))]
            }
        }
    }

    /// The last period before the first fiscal year, used for baselines.
    func baselinePeriod(calendar: FiscalCalendar, firstFiscalYear: Int) -> String {
        switch self {
        case .monthly: return calendar.start(of: firstFiscalYear).firstOfMonth(adding: -1).monthString
        case .quarterly: return "FY\(firstFiscalYear - 1)-Q4"
        case .annual: return "FY\(firstFiscalYear - 1)"
        }
    }

    private func lastDay(before date: CivilDate) -> CivilDate {
        CivilDate(dayNumber: date.dayNumber - 1)
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
            out.raw("      \"id\": ")
            out.string(kpi.id)
            out.raw(", \"organisation\": ")
            out.string(kpi.organisation)
            out.raw(", \"name\": ")
            out.string(kpi.name)
            out.raw(", \"unit\": ")
            out.string(kpi.unit)
            out.raw(", \"direction\": ")
            out.string(kpi.direction.rawValue)
            out.raw(", \"frequency\": ")
            out.string(kpi.frequency.rawValue)
            if let description = kpi.description {
                out.raw(",\n      \"description\": ")
                out.string(description)
            }
            if let baseline = kpi.baseline {
                out.raw(",\n      \"baseline\": {\"period\": ")
                out.string(kpi.frequency.baselinePeriod(calendar: calendar, firstFiscalYear: blueprint.fiscalYears[0]))
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

    private static func writeSeries(_ key: StaticString, periods: [KPIPeriod], values: [Int64], decimals: Int, into out: inout JSONWriter) {
        out.raw(",\n      \"")
        out.raw(key)
        out.raw("\": [")
        for (index, period) in periods.enumerated() {
            out.raw(index == 0 ? "\n        {\"period\": " : ",\n        {\"period\": ")
            out.string(period.label)
            out.raw(", \"value\": ")
            out.number(values[index], decimals: decimals)
            out.raw("}")
        }
        out.raw(periods.isEmpty ? "]" : "\n      ]")
    }
}
