import LedgerKit

/// Converts rows of one file into records, all fields read before anything is added to the ledger
/// (a row with an error adds nothing, not even a classification node).
protocol TableRows {
    /// Converts `row`, which starts at `location`, and adds what it gives to `builder`.
    func convert(_ row: RowContext, at location: SourceLocation, into builder: inout LedgerBuilder) throws(RowError)
}

/// The line-item fields of a table bound to one file's header.
struct LineItemRows: TableRows {
    private let id: BoundField?
    private let date: BoundField
    private let dateSpec: DateSpec
    private let classifications: [(name: String, levels: BoundLevels)]
    private let vendorID: BoundField?
    private let vendorName: BoundField
    private let vendorKind: BoundField
    private let vendorsIgnoringCase: Bool
    private let kind: BoundField
    private let negativeKind: String?
    private let amount: BoundField
    private let amountSpec: AmountSpec
    private let description: BoundField?
    private let reference: BoundField?
    private let budgetLine: BoundField?
    private let publisher: Publisher
    private let group: String

    init(_ fields: LineItemFields, binder: inout HeaderBinder, publisher: Publisher, group: String) {
        id = fields.id.map { binder.bind($0, as: "id", required: true) }
        date = binder.bind(fields.date.field, as: "date", required: fields.date.fallback == nil)
        dateSpec = fields.date
        let specs = fields.classifications
        classifications = zip(ImportedLedger.classificationNames, [specs.organisation, specs.category, specs.fund, specs.function, specs.region])
            .filter { !$0.1.isEmpty }
            .map { name, levels in (name, BoundLevels(levels, classification: name, binder: &binder)) }
        vendorID = fields.vendorID.map { binder.bind($0, as: "vendor.id", required: true) }
        vendorName = binder.bind(fields.vendorName, as: "vendor.name", required: true)
        vendorKind = binder.bind(fields.vendorKind, as: "vendor.kind", required: true)
        vendorsIgnoringCase = fields.vendorsIgnoringCase
        kind = binder.bind(fields.kind, as: "kind", required: true)
        negativeKind = fields.negativeKind
        amount = binder.bind(fields.amount.field, as: "amount", required: true)
        amountSpec = fields.amount
        description = fields.description.map { binder.bind($0, as: "description", required: false) }
        reference = fields.reference.map { binder.bind($0, as: "reference", required: false) }
        budgetLine = fields.budgetLine.map { binder.bind($0, as: "budgetLine", required: false) }
        self.publisher = publisher
        self.group = group
    }

    func convert(_ row: RowContext, at location: SourceLocation, into builder: inout LedgerBuilder) throws(RowError) {
        let itemID = try id?.required(in: row) ?? "\(row.fileStem):\(row.line)"
        if let first = builder.firstUse(ofLineItem: itemID) {
            throw RowError(column: id?.column, message: "id: expected a unique line-item id, found '\(itemID)' again (first at \(first))")
        }
        let (itemDate, estimated) = try self.itemDate(in: row)
        var levels: [(String, [LevelValue])] = []
        for (name, bound) in classifications { levels.append((name, try bound.values(in: row))) }
        let vendorName = try self.vendorName.required(in: row)
        let vendorKind = try ValueParsing.choice(try self.vendorKind.required(in: row), Self.vendorKinds, field: self.vendorKind)
        let vendorID = try self.vendorID?.required(in: row)
        var kindText = try ValueParsing.choice(try kind.required(in: row), FieldReader.lineItemKinds, field: kind)
        var minorUnits = try ValueParsing.amount(try amount.required(in: row), spec: amountSpec, currency: publisher.currency, field: amount)
        if minorUnits < 0, let negativeKind { kindText = negativeKind }
        if amountSpec.positiveRefunds, kindText == "refund", minorUnits > 0 { minorUnits = -minorUnits }
        if kindText == "refund", minorUnits > 0 {
            throw RowError(
                column: amount.column,
                message: "amount: expected a negative amount for a refund (money returned), found \(MoneyFormat.plain(minorUnits, exponent: publisher.currency.exponent))")
        }
        let description = try self.description?.value(in: row)
        let reference = try self.reference?.value(in: row)
        let budgetLine = try self.budgetLine?.value(in: row)

        var codes: [String: String] = [:]
        for (name, values) in levels { codes[name] = builder.define(values, in: name) }
        let key = vendorID ?? vendorName
        let vendor = builder.vendor(key: vendorsIgnoringCase ? key.lowercased() : key, id: vendorID, name: vendorName, kind: vendorKind)
        let item = LineItemRecord(
            id: itemID, date: itemDate, dateEstimated: estimated, codes: codes, vendor: vendor, kind: kindText, amount: minorUnits,
            description: description, reference: reference, budgetLine: budgetLine)
        builder.add(item, group: group, at: location)
    }

    static let vendorKinds = ["business", "individual", "government", "non-profit"]

    /// The row's date, or the file's fallback (estimated) when the row has none.
    private func itemDate(in row: RowContext) throws(RowError) -> (CivilDate, Bool) {
        if let text = try date.value(in: row) { return (try ValueParsing.date(text, patterns: dateSpec.formats, field: date), false) }
        guard let fallback = dateSpec.fallback else {
            throw RowError(column: date.column, message: "date: expected a value, found \(date.emptyDescription)")
        }
        return (try Self.fallbackDate(fallback, in: row, field: date), true)
    }

    /// The date a fallback gives for `row`.
    static func fallbackDate(_ fallback: DateFallback, in row: RowContext, field: BoundField) throws(RowError) -> CivilDate {
        guard let text = Template.expand(fallback.template, row.placeholder), let date = fallback.format.date(from: text) else {
            throw RowError(
                column: field.column,
                message: "date: expected the fallback '\(fallback.template)' to give a date written \(fallback.format), found \(Template.expand(fallback.template, row.placeholder).map { "'\($0)'" } ?? "a file name without its groups")")
        }
        return date
    }
}
