import Foundation

/// The columns of one FDP resource by column type: its schema's fields and its constant `extraFields`.
struct FDPColumns {
    /// Column type → the spec that reads it (a column, or a constant).
    private var byType: [String: FieldSpec] = [:]
    /// The date format of the `date:generic` column, if its field gives one.
    private var dateFormat: String?
    private let resource: MapObject

    init(_ resource: MapObject) throws(MapError) {
        self.resource = resource
        guard let schema = try resource.object("schema"), let fields = try schema.objects("fields") else {
            throw resource.error("schema", "expected a table schema with 'fields', found none")
        }
        for field in fields {
            guard let type = try field.string("columnType") else { continue }
            let name = try field.requiredString("name")
            byType[type] = FieldSpec(columns: [name])
            if type == "date:generic", let format = try field.string("format"), format != "default", format != "any" {
                dateFormat = format
            }
        }
        for container in [resource, schema] {
            for extra in try container.objects("extraFields") ?? [] {
                let type = try extra.requiredString("columnType")
                guard let constant = try extra.string("constant") else {
                    throw extra.error(nil, "expected a 'constant' (normalised extra fields are not read), found none")
                }
                byType[type] = FieldSpec(value: constant)
            }
        }
    }

    /// The currency codes the resource names as constants.
    var currencies: [String] { byType["value-currency:code"]?.value.map { [$0] } ?? [] }

    /// The record fields of the resource.
    func records(settings: FiscalDataPackage.Settings, publisherName: String) throws(MapError) -> RecordFields {
        guard let amount = byType["value"] else {
            throw resource.error("schema", "expected a column of type 'value' (the amount), found none")
        }
        let classifications = ClassificationFields(
            organisation: levels("administrative-classification:generic:level", count: 8)
                .orStandIn(code: "ALL", name: publisherName),
            category: (levels("economic-classification:generic:level", count: 4) + levels("economic-classification:gfsm:level", count: 4))
                .orStandIn(code: "UNCLASSIFIED", name: "Unclassified"),
            fund: levels("fin-source:generic:level", count: 3).orStandIn(code: "ALL", name: "All funds"),
            function: levels(["functional-classification:cofog:division", "functional-classification:cofog:group", "functional-classification:cofog:class"])
                + levels("functional-classification:generic:level", count: 8),
            region: levels(["geo:target"], labelSuffix: ":title"))
        if let fiscalYear = byType["date:fiscal-year"] {
            let phase = byType["phase:id"].map {
                var spec = $0
                spec.codes = ["approved": "adopted", "adjusted": "revised", "proposed": "proposed", "executed": "executed"]
                return spec
            } ?? .constant(settings.phase)
            return .budgetLines(
                BudgetLineFields(
                    id: byType["budget-line-id"], classifications: classifications,
                    amounts: [BudgetAmountFields(amount: AmountSpec(field: amount), fiscalYear: fiscalYear, phase: phase)]))
        }
        guard let date = byType["date:generic"] else {
            throw resource.error("schema", "expected a column of type 'date:fiscal-year' (budget) or 'date:generic' (spending), found neither")
        }
        guard let pattern = DatePattern(Self.pattern(fromStrftime: dateFormat ?? "%Y-%m-%d")) else {
            throw resource.error("schema", "expected a date format with %Y, %m and %d, found '\(dateFormat ?? "")'")
        }
        guard let vendorName = byType["supplier:generic:name"] ?? byType["recipient:generic:name"] else {
            throw resource.error("schema", "expected a 'supplier:generic:name' or 'recipient:generic:name' column for the vendor, found none")
        }
        guard let kind = byType["supplier:generic:kind"] ?? settings.vendorKind.map(FieldSpec.constant) else {
            throw resource.error(nil, "expected the vendors' kind (--vendor-kind, or a 'supplier:generic:kind' column), found none")
        }
        return .lineItems(
            LineItemFields(
                id: byType["transaction-id:code"], date: DateSpec(field: date, formats: [pattern]), classifications: classifications,
                vendorID: byType["supplier:generic:id"] ?? byType["recipient:generic:id"], vendorName: vendorName, vendorKind: kind,
                kind: .constant("payment"), negativeKind: "refund", amount: AmountSpec(field: amount),
                reference: byType["transaction-id:invoice-id"] ?? byType["transaction-id:purchase-order"],
                budgetLine: byType["transaction-id:budget-code"]))
    }

    /// Levels `PREFIX1:code`/`:label` … `PREFIXcount`, as far as the resource has them.
    private func levels(_ prefix: String, count: Int) -> [LevelSpec] {
        levels((1...count).map { "\(prefix)\($0)" })
    }

    /// One level per prefix with a `:code` or a label column, in order; qualified below the first.
    private func levels(_ prefixes: [String], labelSuffix: String = ":label") -> [LevelSpec] {
        var result: [LevelSpec] = []
        for prefix in prefixes {
            let code = byType[prefix + ":code"]
            guard let name = byType[prefix + labelSuffix] ?? code else { continue }
            result.append(LevelSpec(code: code, name: name, qualified: !result.isEmpty && code == nil))
        }
        return result
    }

    /// `DD/MM/YYYY` for `%d/%m/%Y`.
    static func pattern(fromStrftime format: String) -> String {
        format.replacingOccurrences(of: "%Y", with: "YYYY").replacingOccurrences(of: "%m", with: "MM")
            .replacingOccurrences(of: "%d", with: "DD")
    }
}

extension [LevelSpec] {
    /// The levels, or one constant node when there are none.
    func orStandIn(code: String, name: String) -> [LevelSpec] {
        isEmpty ? [LevelSpec(code: .constant(code), name: .constant(name), qualified: false)] : self
    }
}
