/// Reads the `fields` object of a map table: one spec per ledger field.
struct FieldReader {
    /// The names a template may use in this table.
    let placeholders: Set<String>

    private static let fieldKeys: Set<String> = ["column", "value", "missing", "replace", "codes", "otherwise", "default", "template"]
    private static let classificationNames = ["organisation", "category", "fund", "function", "region"]

    func lineItemFields(_ fields: MapObject) throws(MapError) -> LineItemFields {
        try fields.checkKeys(
            Set(Self.classificationNames + ["id", "date", "vendor", "kind", "amount", "description", "reference", "budgetLine"]))
        let vendor = try fields.requiredObject("vendor")
        try vendor.checkKeys(["id", "name", "kind", "ignoreCase"])
        let kindObject = try fields.requiredObject("kind")
        let negativeKind = try kindObject.string("negative")
        if let negativeKind, !Self.lineItemKinds.contains(negativeKind) {
            throw kindObject.error("negative", "expected one of \(Self.quoted(Self.lineItemKinds)), found \"\(negativeKind)\"")
        }
        return LineItemFields(
            id: try optionalField(fields, "id"),
            date: try dateSpec(try fields.requiredObject("date")),
            classifications: try classifications(fields, required: ["organisation", "category", "fund"]),
            vendorID: try optionalField(vendor, "id"),
            vendorName: try requiredField(vendor, "name"),
            vendorKind: try requiredField(vendor, "kind"),
            vendorsIgnoringCase: try vendor.boolean("ignoreCase") ?? false,
            kind: try field(kindObject, extraKeys: ["negative"]),
            negativeKind: negativeKind,
            amount: try amountSpec(try fields.requiredObject("amount")),
            description: try optionalField(fields, "description"),
            reference: try optionalField(fields, "reference"),
            budgetLine: try optionalField(fields, "budgetLine"))
    }

    func budgetLineFields(_ fields: MapObject) throws(MapError) -> BudgetLineFields {
        try fields.checkKeys(Set(Self.classificationNames + ["id", "amounts", "description"]))
        guard let amountObjects = try fields.objects("amounts", allowSingle: true), !amountObjects.isEmpty else {
            throw fields.error("amounts", "expected at least one amount column, found none")
        }
        var amounts: [BudgetAmountFields] = []
        for object in amountObjects {
            try object.checkKeys(["amount", "fiscalYear", "phase"])
            let year: FieldSpec
            if let constant = try? object.integer("fiscalYear") {
                year = .constant(String(constant))
            } else {
                year = try requiredField(object, "fiscalYear")
            }
            amounts.append(
                BudgetAmountFields(
                    amount: try amountSpec(try object.requiredObject("amount")), fiscalYear: year,
                    phase: try requiredField(object, "phase")))
        }
        return BudgetLineFields(
            id: try optionalField(fields, "id"), classifications: try classifications(fields, required: ["organisation", "category", "fund"]),
            amounts: amounts, description: try optionalField(fields, "description"))
    }

    func kpiFields(_ fields: MapObject) throws(MapError) -> KPIFields {
        try fields.checkKeys(
            ["id", "name", "organisation", "unit", "direction", "frequency", "description", "period", "observation", "target"])
        return KPIFields(
            id: try requiredField(fields, "id"), name: try requiredField(fields, "name"),
            organisation: try classifications(fields, required: ["organisation"]).organisation,
            unit: try requiredField(fields, "unit"), direction: try requiredField(fields, "direction"),
            frequency: try requiredField(fields, "frequency"), description: try optionalField(fields, "description"),
            period: try dateSpec(try fields.requiredObject("period")), observation: try optionalField(fields, "observation"),
            target: try optionalField(fields, "target"))
    }

    static let lineItemKinds = ["obligation", "payment", "refund", "adjustment"]

    static func quoted(_ names: [String]) -> String { names.map { "\"\($0)\"" }.joined(separator: ", ") }

    // MARK: - Parts

    private func classifications(_ fields: MapObject, required: Set<String>) throws(MapError) -> ClassificationFields {
        var levels: [String: [LevelSpec]] = [:]
        for name in Self.classificationNames {
            guard fields.has(name) else {
                if required.contains(name) { throw fields.error(nil, "expected the required key '\(name)', found none") }
                continue
            }
            guard let objects = try fields.objects(name, allowSingle: true), !objects.isEmpty else {
                throw fields.error(name, "expected a level or an array of levels, found none")
            }
            var list: [LevelSpec] = []
            for (index, object) in objects.enumerated() {
                try object.checkKeys(["code", "name", "qualified"])
                list.append(
                    LevelSpec(
                        code: try optionalField(object, "code"), name: try requiredField(object, "name"),
                        qualified: try object.boolean("qualified") ?? (index > 0)))
            }
            levels[name] = list
        }
        return ClassificationFields(
            organisation: levels["organisation"] ?? [], category: levels["category"] ?? [], fund: levels["fund"] ?? [],
            function: levels["function"] ?? [], region: levels["region"] ?? [])
    }

    private func dateSpec(_ object: MapObject) throws(MapError) -> DateSpec {
        let spec = try field(object, extraKeys: ["format", "fallback"])
        guard let formats = try object.strings("format"), !formats.isEmpty else {
            throw object.error(nil, "expected the required key 'format', found none")
        }
        var patterns: [DatePattern] = []
        for format in formats { patterns.append(try pattern(format, in: object, key: "format")) }
        var fallback: DateFallback?
        if let fallbackObject = try object.object("fallback") {
            try fallbackObject.checkKeys(["template", "format"])
            let template = try fallbackObject.requiredString("template")
            try checkTemplate(template, in: fallbackObject, key: "template")
            fallback = DateFallback(
                template: template, format: try pattern(try fallbackObject.requiredString("format"), in: fallbackObject, key: "format"))
        }
        return DateSpec(field: spec, formats: patterns, fallback: fallback)
    }

    private func pattern(_ format: String, in object: MapObject, key: String) throws(MapError) -> DatePattern {
        guard let pattern = DatePattern(format) else {
            throw object.error(key, "expected a date format with a year, a month and a day such as \"DD/MM/YYYY\", found \"\(format)\"")
        }
        return pattern
    }

    private func amountSpec(_ object: MapObject) throws(MapError) -> AmountSpec {
        let spec = try field(object, extraKeys: ["thousandsSeparator", "decimalSeparator", "sign", "refunds", "round"])
        let thousands = try separator(object, "thousandsSeparator")
        let decimal = try separator(object, "decimalSeparator") ?? "."
        let sign = try object.string("sign") ?? "as-written"
        guard ["as-written", "reversed"].contains(sign) else {
            throw object.error("sign", "expected \"as-written\" or \"reversed\", found \"\(sign)\"")
        }
        let refunds = try object.string("refunds") ?? "negative"
        guard ["negative", "positive"].contains(refunds) else {
            throw object.error("refunds", "expected \"negative\" or \"positive\", found \"\(refunds)\"")
        }
        return AmountSpec(
            field: spec, thousandsSeparator: thousands, decimalSeparator: decimal, reversedSigns: sign == "reversed",
            positiveRefunds: refunds == "positive", rounds: try object.boolean("round") ?? false)
    }

    private func separator(_ object: MapObject, _ key: String) throws(MapError) -> Character? {
        guard let text = try object.string(key) else { return nil }
        guard text.count == 1, let character = text.first, !character.isNumber, character != "-" else {
            throw object.error(key, "expected one character that is not a digit or '-', found \"\(text)\"")
        }
        return character
    }

    private func optionalField(_ object: MapObject, _ key: String) throws(MapError) -> FieldSpec? {
        guard object.has(key) else { return nil }
        return try requiredField(object, key)
    }

    /// A field spec: a string (a column name) or an object.
    private func requiredField(_ object: MapObject, _ key: String) throws(MapError) -> FieldSpec {
        if let column = try? object.string(key) {
            return FieldSpec(columns: [column])
        }
        return try field(try object.requiredObject(key))
    }

    private func field(_ object: MapObject, extraKeys: Set<String> = []) throws(MapError) -> FieldSpec {
        try object.checkKeys(Self.fieldKeys.union(extraKeys))
        let spec = FieldSpec(
            columns: try object.strings("column") ?? [], value: try object.string("value"), missing: try object.strings("missing") ?? [],
            replace: try object.stringTable("replace") ?? [:], codes: try object.stringTable("codes"),
            otherwise: try object.string("otherwise"), defaultValue: try object.string("default"),
            template: try object.string("template"))
        if !spec.columns.isEmpty && spec.value != nil {
            throw object.error(nil, "expected either 'column' or 'value', found both")
        }
        if spec.columns.isEmpty && spec.value == nil && spec.template == nil && spec.defaultValue == nil {
            throw object.error(nil, "expected 'column', 'value', 'template' or 'default', found none of them")
        }
        if spec.otherwise != nil && spec.codes == nil {
            throw object.error("otherwise", "expected 'otherwise' only with 'codes', found no 'codes'")
        }
        if let template = spec.template { try checkTemplate(template, in: object, key: "template") }
        return spec
    }

    private func checkTemplate(_ template: String, in object: MapObject, key: String) throws(MapError) {
        for name in Template.placeholders(in: template) where !placeholders.contains(name) {
            throw object.error(
                key, "expected placeholders among \(placeholders.sorted().map { "{\($0)}" }.joined(separator: ", ")), found {\(name)}")
        }
    }
}
