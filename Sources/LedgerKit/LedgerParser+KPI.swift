extension LedgerParser {
    static let periodValueFields = FieldNames(["period", "value"])
    static let kpiFields = FieldNames([
        "id", "organisation", "name", "unit", "direction", "frequency", "baseline", "targets", "observations", "description",
    ])

    /// A KPI value as read, with where its period is, for checks once the frequency is known.
    private struct PeriodValue {
        var value: KPIValue
        var mark: JSONMark
        var path: String
    }

    /// Reads the `kpis` section.
    mutating func parseKPIs() throws(JSONSyntaxError) {
        try parseArray("$.kpis") { parser, path throws(JSONSyntaxError) in try parser.parseKPI(prefix: path) }
    }

    private mutating func parseKPI(prefix: () -> String) throws(JSONSyntaxError) {
        let start = scanner.mark
        guard try beginRecord("a KPI (an object)", prefix) else { return }
        var present = Set<Int>()
        var valid = true
        var id: String?
        var organisation: Int32 = -1
        var texts: [Int: String] = [:]
        var direction: KPIDirection?
        var frequency: KPIFrequency?
        var baseline: PeriodValue?
        var targets: [PeriodValue] = []
        var observations: [PeriodValue] = []
        var keys = KeysSeen()
        var first = true
        while let member = try nextMember(Self.kpiFields, &keys, first: &first, prefix: prefix, onRepeat: { valid = false }) {
            let field = member.field
            func path() -> String { "\(prefix()).\(member.name)" }
            present.insert(field)
            switch field {
            case 0:
                let mark = scanner.mark
                guard let text = try readString(path) else {
                    valid = false
                    continue
                }
                if let previous = kpiDefinitions[Array(text.utf8)] {
                    duplicate("KPI id", text, mark, path(), previous)
                    valid = false
                } else {
                    kpiDefinitions[Array(text.utf8)] = location(mark)
                    id = text
                }
            case 1: organisation = try readCode(.organisation, path) ?? -1
            case 2, 3: texts[field] = try readString(path)
            case 4: direction = try readEnum(KPIDirection.self, path)
            case 5: frequency = try readEnum(KPIFrequency.self, path)
            case 6: baseline = try readPeriodValue(path)
            case 7: targets = try readPeriodValues(path)
            case 8: observations = try readPeriodValues(path)
            default: texts[field] = try readString(path, allowEmpty: true)
            }
        }
        let required = ["id", "organisation", "name", "unit", "direction", "frequency"]
        requireKeys(required.enumerated().map { ($0.element, present.contains($0.offset)) }, start, prefix())
        guard let frequency else { return }
        valid = checkPeriods(baseline.map { [$0] } ?? [], frequency) && valid
        valid = checkPeriods(targets, frequency) && valid
        valid = checkPeriods(observations, frequency) && valid
        guard valid, let id, organisation >= 0, let name = texts[2], let unit = texts[3], let direction else { return }
        ledger.kpis.append(
            KPI(
                id: id, organisation: organisation, name: name, unit: unit, direction: direction, frequency: frequency,
                baseline: baseline?.value, targets: targets.map(\.value).sorted { $0.period < $1.period },
                observations: observations.map(\.value).sorted { $0.period < $1.period }, description: texts[9],
                source: recordSource(start)))
    }

    /// Checks that every period fits `frequency` and none repeats; reports each problem.
    private mutating func checkPeriods(_ values: [PeriodValue], _ frequency: KPIFrequency) -> Bool {
        var valid = true
        var seen: [KPIPeriod: JSONMark] = [:]
        for entry in values {
            let period = entry.value.period
            if period.frequency != frequency {
                error(entry.mark, entry.path, "expected \(CodeTable.article(frequency.rawValue)) \(frequency.rawValue) period (\(Self.periodExample(frequency))), found \"\(period)\"")
                valid = false
            } else if let previous = seen[period] {
                error(entry.mark, entry.path, "expected each period once, found \"\(period)\" again",
                    notes: [Diagnostic(.note, at: location(previous), "\"\(period)\" first given here")])
                valid = false
            } else {
                seen[period] = entry.mark
            }
        }
        return valid
    }

    private static func periodExample(_ frequency: KPIFrequency) -> String {
        switch frequency {
        case .monthly: "like \"2024-07\""
        case .quarterly: "like \"FY2025-Q1\""
        case .annual: "like \"FY2025\""
        }
    }

    private mutating func readPeriodValues(_ path: () -> String) throws(JSONSyntaxError) -> [PeriodValue] {
        var values: [PeriodValue] = []
        try parseArray(path()) { parser, elementPath throws(JSONSyntaxError) in
            if let value = try parser.readPeriodValue(elementPath) { values.append(value) }
        }
        return values
    }

    private mutating func readPeriodValue(_ path: () -> String) throws(JSONSyntaxError) -> PeriodValue? {
        let start = scanner.mark
        guard try beginRecord("an object {\"period\": …, \"value\": …}", path) else { return nil }
        var period: (KPIPeriod, JSONMark)?
        var value: Double?
        var present = (period: false, value: false)
        var keys = KeysSeen()
        var first = true
        while let member = try nextMember(Self.periodValueFields, &keys, first: &first, prefix: path) {
            func fieldPath() -> String { "\(path()).\(member.name)" }
            if member.field == 0 {
                present.period = true
                let mark = scanner.mark
                guard let text = try readString(fieldPath, allowEmpty: true) else { continue }
                if let parsed = KPIPeriod(text) {
                    period = (parsed, mark)
                } else {
                    error(mark, fieldPath(), "expected a period like \"2024-07\", \"FY2025-Q1\" or \"FY2025\", found \"\(Self.excerpt(text))\"")
                }
            } else {
                present.value = true
                value = try readNumber(fieldPath)
            }
        }
        requireKeys([("period", present.period), ("value", present.value)], start, path())
        guard let period, let value else { return nil }
        return PeriodValue(value: KPIValue(period: period.0, value: value), mark: period.1, path: "\(path()).period")
    }
}
