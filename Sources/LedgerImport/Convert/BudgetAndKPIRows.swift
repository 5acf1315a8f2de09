import LedgerKit

/// The budget-line fields of a table bound to one file's header.
struct BudgetLineRows: TableRows {
    private let id: BoundField?
    private let classifications: [(name: String, levels: BoundLevels)]
    private let amounts: [(amount: BoundField, spec: AmountSpec, fiscalYear: BoundField, phase: BoundField)]
    private let description: BoundField?
    private let publisher: Publisher

    static let phases = ["proposed", "adopted", "revised", "executed"]

    init(_ fields: BudgetLineFields, binder: inout HeaderBinder, publisher: Publisher) {
        id = fields.id.map { binder.bind($0, as: "id", required: true) }
        let specs = fields.classifications
        classifications = zip(ImportedLedger.classificationNames, [specs.organisation, specs.category, specs.fund, specs.function, specs.region])
            .filter { !$0.1.isEmpty }
            .map { name, levels in (name, BoundLevels(levels, classification: name, binder: &binder)) }
        amounts = fields.amounts.enumerated().map { index, entry in
            let prefix = fields.amounts.count > 1 ? "amounts[\(index)]" : "amounts"
            return (
                binder.bind(entry.amount.field, as: "\(prefix).amount", required: false), entry.amount,
                binder.bind(entry.fiscalYear, as: "\(prefix).fiscalYear", required: true),
                binder.bind(entry.phase, as: "\(prefix).phase", required: true)
            )
        }
        description = fields.description.map { binder.bind($0, as: "description", required: false) }
        self.publisher = publisher
    }

    func convert(_ row: RowContext, at location: SourceLocation, into builder: inout LedgerBuilder) throws(RowError) {
        let baseID = try id?.required(in: row) ?? "\(row.fileStem):\(row.line)"
        var levels: [(String, [LevelValue])] = []
        for (name, bound) in classifications { levels.append((name, try bound.values(in: row))) }
        let description = try self.description?.value(in: row)
        var lines: [BudgetLineRecord] = []
        for (index, entry) in amounts.enumerated() {
            guard let text = try entry.amount.value(in: row) else { continue }
            let minorUnits = try ValueParsing.amount(text, spec: entry.spec, currency: publisher.currency, field: entry.amount)
            let yearText = try entry.fiscalYear.required(in: row)
            guard let year = Int(yearText), (1900...2200).contains(year) else {
                throw RowError(column: entry.fiscalYear.column, message: "\(entry.fiscalYear.name): expected a fiscal year from 1900 to 2200, found '\(yearText)'")
            }
            let phase = try ValueParsing.choice(try entry.phase.required(in: row), Self.phases, field: entry.phase)
            let lineID = index == 0 ? baseID : "\(baseID):\(index + 1)"
            if let first = builder.firstUse(ofBudgetLine: lineID) {
                throw RowError(column: id?.column, message: "id: expected a unique budget-line id, found '\(lineID)' again (first at \(first))")
            }
            lines.append(
                BudgetLineRecord(id: lineID, fiscalYear: year, codes: [:], phase: phase, amount: minorUnits, description: description))
        }
        guard !lines.isEmpty else { return }
        var codes: [String: String] = [:]
        for (name, values) in levels { codes[name] = builder.define(values, in: name) }
        for var line in lines {
            line.codes = codes
            builder.add(line, at: location)
        }
    }
}

/// The KPI fields of a table bound to one file's header.
struct KPIRows: TableRows {
    private let id, name, unit, direction, frequency, period: BoundField
    private let organisation: BoundLevels
    private let description, observation, target: BoundField?
    private let periodSpec: DateSpec
    private let publisher: Publisher

    init(_ fields: KPIFields, binder: inout HeaderBinder, publisher: Publisher) {
        id = binder.bind(fields.id, as: "id", required: true)
        name = binder.bind(fields.name, as: "name", required: true)
        unit = binder.bind(fields.unit, as: "unit", required: true)
        direction = binder.bind(fields.direction, as: "direction", required: true)
        frequency = binder.bind(fields.frequency, as: "frequency", required: true)
        period = binder.bind(fields.period.field, as: "period", required: fields.period.fallback == nil)
        organisation = BoundLevels(fields.organisation, classification: "organisation", binder: &binder)
        description = fields.description.map { binder.bind($0, as: "description", required: false) }
        observation = fields.observation.map { binder.bind($0, as: "observation", required: false) }
        target = fields.target.map { binder.bind($0, as: "target", required: false) }
        periodSpec = fields.period
        self.publisher = publisher
    }

    func convert(_ row: RowContext, at location: SourceLocation, into builder: inout LedgerBuilder) throws(RowError) {
        let levels = try organisation.values(in: row)
        let frequencyText = try ValueParsing.choice(try frequency.required(in: row), Frequency.allCases.map(\.rawValue), field: frequency)
        let date: CivilDate
        if let text = try period.value(in: row) {
            date = try ValueParsing.date(text, patterns: periodSpec.formats, field: period)
        } else if let fallback = periodSpec.fallback {
            date = try LineItemRows.fallbackDate(fallback, in: row, field: period)
        } else {
            throw RowError(column: period.column, message: "period: expected a value, found \(period.emptyDescription)")
        }
        let definition = KPIRecord(
            id: try id.required(in: row), organisation: "", name: try name.required(in: row), unit: try unit.required(in: row),
            direction: try ValueParsing.choice(try direction.required(in: row), ["higher", "lower"], field: direction),
            frequency: frequencyText, description: try description?.value(in: row))
        let observed = try Self.number(observation, in: row)
        let targeted = try Self.number(target, in: row)
        var kpi = definition
        kpi.organisation = builder.define(levels, in: "organisation")
        let calendar = publisher.calendar
        builder.addKPI(kpi, period: { $0.period(of: date, calendar: calendar) }, observation: observed, target: targeted)
    }

    private static func number(_ field: BoundField?, in row: RowContext) throws(RowError) -> String? {
        guard let field, let text = try field.value(in: row) else { return nil }
        return try ValueParsing.number(text, field: field)
    }
}
