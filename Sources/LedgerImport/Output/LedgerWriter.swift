import LedgerKit

/// A file of a written ledger: a path relative to the output (with `/`) and its text.
public struct LedgerOutputFile: Sendable, Equatable {
    /// `ledger.json`, `line-items/q1.jsonl`, …; for a one-file ledger, the file's own name.
    public let path: String
    /// UTF-8 JSON text ending in a line break.
    public let text: String
}

/// Writes an `ImportedLedger` as ledger files (docs/ledger-format.md), deterministically: the same
/// ledger always gives the same bytes.
public enum LedgerWriter {
    /// How the ledger is laid out.
    public enum Layout: Sendable {
        /// One `.json` document with every section, named as given.
        case singleFile(name: String)
        /// A folder ledger: `ledger.json` (publisher, classifications, vendors), `budget.json`,
        /// `kpis.json`, and one `line-items/NAME.jsonl` per source file.
        case folder
    }

    /// The files of `ledger` in `layout`.
    public static func files(_ ledger: ImportedLedger, layout: Layout) -> [LedgerOutputFile] {
        switch layout {
        case .singleFile(let name):
            let text = document { json in
                writeHeader(ledger, into: &json)
                if !ledger.budgetLines.isEmpty { json.raw(",\n"); writeBudgetLines(ledger, into: &json) }
                if !ledger.kpis.isEmpty { json.raw(",\n"); writeKPIs(ledger, into: &json) }
                let items = ledger.lineItems
                if !items.isEmpty {
                    json.raw(",\n  \"lineItems\": [\n")
                    for (index, item) in items.enumerated() {
                        json.raw("    ")
                        writeLineItem(item, currency: ledger.publisher.currency, into: &json)
                        json.raw(index + 1 < items.count ? ",\n" : "\n")
                    }
                    json.raw("  ]")
                }
            }
            return [LedgerOutputFile(path: name, text: text)]
        case .folder:
            var files = [LedgerOutputFile(path: "ledger.json", text: document { writeHeader(ledger, into: &$0) })]
            if !ledger.budgetLines.isEmpty {
                files.append(LedgerOutputFile(path: "budget.json", text: document { writeBudgetLines(ledger, into: &$0) }))
            }
            if !ledger.kpis.isEmpty {
                files.append(LedgerOutputFile(path: "kpis.json", text: document { writeKPIs(ledger, into: &$0) }))
            }
            for group in ledger.lineItemGroups {
                var lines = JSONText(compact: true)
                for item in group.items {
                    writeLineItem(item, currency: ledger.publisher.currency, into: &lines)
                    lines.raw("\n")
                }
                files.append(LedgerOutputFile(path: "line-items/\(group.group).jsonl", text: lines.text))
            }
            return files
        }
    }

    /// A ledger document: the format line, what `body` writes (members without a trailing comma), the closing brace.
    private static func document(_ body: (inout JSONText) -> Void) -> String {
        var json = JSONText()
        json.raw("{\n  \"format\": \"govlens-ledger/1\",\n")
        body(&json)
        json.raw("\n}\n")
        return json.text
    }

    /// `"publisher"`, `"classifications"` and `"vendors"`, without a trailing comma.
    private static func writeHeader(_ ledger: ImportedLedger, into json: inout JSONText) {
        let publisher = ledger.publisher
        json.raw("  \"publisher\": {")
        json.member("name", publisher.name, first: true)
        json.member("currency", publisher.currency.code)
        json.raw(", \"fiscalYearStart\": {\"month\": \(publisher.calendar.startMonth), \"day\": \(publisher.calendar.startDay)}")
        json.member("fiscalYearNaming", publisher.calendar.naming.rawValue)
        json.member("asOf", publisher.asOf.description)
        json.member("licence", publisher.licence)
        json.member("source", publisher.source)
        json.member("language", publisher.language)
        json.raw("},\n  \"classifications\": {")
        let names = ImportedLedger.classificationNames.filter { !(ledger.classifications[$0] ?? []).isEmpty }
        for (position, name) in names.enumerated() {
            json.raw(position == 0 ? "\n    " : ",\n    ")
            json.string(name)
            json.raw(": [\n")
            let nodes = ledger.classifications[name]!
            for (index, node) in nodes.enumerated() {
                json.raw("      {")
                json.member("code", node.code, first: true)
                json.member("name", node.name)
                json.member("parent", node.parent)
                json.raw(index + 1 < nodes.count ? "},\n" : "}\n")
            }
            json.raw("    ]")
        }
        json.raw(names.isEmpty ? "}" : "\n  }")
        json.raw(",\n  \"vendors\": [")
        for (index, vendor) in ledger.vendors.enumerated() {
            json.raw(index == 0 ? "\n    {" : ",\n    {")
            json.member("id", vendor.id, first: true)
            json.member("name", vendor.name)
            json.member("kind", vendor.kind)
            json.raw("}")
        }
        json.raw(ledger.vendors.isEmpty ? "]" : "\n  ]")
    }

    private static func writeBudgetLines(_ ledger: ImportedLedger, into json: inout JSONText) {
        json.raw("  \"budgetLines\": [\n")
        let exponent = ledger.publisher.currency.exponent
        for (index, line) in ledger.budgetLines.enumerated() {
            json.raw("    {")
            json.member("id", line.id, first: true)
            json.raw(", \"fiscalYear\": \(line.fiscalYear)")
            writeCodes(line.codes, into: &json)
            json.member("phase", line.phase)
            json.member("amount", MoneyFormat.plain(line.amount, exponent: exponent))
            json.member("description", line.description)
            json.raw(index + 1 < ledger.budgetLines.count ? "},\n" : "}\n")
        }
        json.raw("  ]")
    }

    private static func writeKPIs(_ ledger: ImportedLedger, into json: inout JSONText) {
        json.raw("  \"kpis\": [\n")
        for (index, kpi) in ledger.kpis.enumerated() {
            json.raw("    {")
            json.member("id", kpi.id, first: true)
            json.member("organisation", kpi.organisation)
            json.member("name", kpi.name)
            json.member("unit", kpi.unit)
            json.member("direction", kpi.direction)
            json.member("frequency", kpi.frequency)
            json.member("description", kpi.description)
            for (key, values) in [("targets", kpi.targets), ("observations", kpi.observations)] where !values.isEmpty {
                json.raw(",\n      \"\(key)\": [")
                json.raw(values.keys.sorted().map { "{\"period\": \(JSONStringLiteral.quoted($0)), \"value\": \(values[$0]!)}" }.joined(separator: ", "))
                json.raw("]")
            }
            json.raw(index + 1 < ledger.kpis.count ? "},\n" : "}\n")
        }
        json.raw("  ]")
    }

    private static func writeLineItem(_ item: LineItemRecord, currency: Currency, into json: inout JSONText) {
        json.raw("{")
        json.member("id", item.id, first: true)
        json.member("date", item.date.description)
        if item.dateEstimated { json.raw(json.comma + "\"dateEstimated\"" + json.colon + "true") }
        writeCodes(item.codes, into: &json)
        json.member("vendor", item.vendor)
        json.member("kind", item.kind)
        json.member("amount", MoneyFormat.plain(item.amount, exponent: currency.exponent))
        json.member("description", item.description)
        json.member("reference", item.reference)
        json.member("budgetLine", item.budgetLine)
        json.raw("}")
    }

    private static func writeCodes(_ codes: [String: String], into json: inout JSONText) {
        for name in ImportedLedger.classificationNames {
            json.member(name, codes[name])
        }
    }
}
