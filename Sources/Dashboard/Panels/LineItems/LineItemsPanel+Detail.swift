import Analytics
import LedgerKit
import TerminalCore
import Widgets

extension LineItemsPanel {
    /// One field of the detail: its label, its text (untrusted: the canvas sanitises it) and style.
    struct DetailField {
        let label: String
        let value: String
        var style: Style = .normal
    }

    /// Draws every field of the opened line item, one per row, labels in a column.
    static func drawDetail(_ detail: LineItemDetail, state: AppState, into canvas: inout Canvas, area: Rect) {
        let fields = detailFields(detail, store: state.store, audit: state.audit, glyphs: canvas.glyphs)
        let labelWidth = (fields.map { canvas.displayWidth(of: $0.label) }.max() ?? 0) + 2
        for (offset, field) in fields.enumerated() where offset < area.height {
            let y = area.y + offset
            canvas.put(field.label, x: area.x + 1, y: y, maxWidth: labelWidth, style: .header)
            let x = area.x + 1 + labelWidth
            canvas.put(field.value, x: x, y: y, maxWidth: area.maxX - x - 1, style: field.style, overflow: .ellipsis)
        }
    }

    /// The fields of the detail, in reading order: the flags are followed by each audit
    /// finding behind them, with its measure against the rule's threshold.
    static func detailFields(_ detail: LineItemDetail, store: LedgerStore, audit: AuditReport?, glyphs: Glyphs) -> [DetailField] {
        let ledger = store.ledger
        let items = ledger.lineItems
        let item = Int(detail.row)
        let currency = ledger.currency
        let vendor = Int(items.vendors[item])
        let estimated = items.dateEstimated[item]
        let flags = LineItemFlag.flags(of: item, in: items, audit: audit)
        return [
            DetailField(label: "Line item", value: items.ids[item], style: Style(.accent, bold: true)),
            DetailField(label: "Date", value: items.date(item).description + (estimated ? " (estimated)" : ""), style: estimated ? .warning : .normal),
            DetailField(label: "Kind", value: items.kinds[item].name),
            DetailField(label: "Amount", value: MoneyText.format(items.amounts[item], currency: currency) + " " + currency.code, style: Style(.normal, bold: true)),
            DetailField(label: "Vendor", value: [ledger.vendors.names[vendor], ledger.vendors.kinds[vendor].rawValue, ledger.vendors.ids[vendor]].joined(separator: " · ")),
            nodeField("Organisation", .organisation, items.organisations[item], store: store, glyphs: glyphs),
            nodeField("Category", .category, items.categories[item], store: store, glyphs: glyphs),
            nodeField("Fund", .fund, items.funds[item], store: store, glyphs: glyphs),
            nodeField("Function", .function, items.functions[item], store: store, glyphs: glyphs),
            nodeField("Region", .region, items.regions[item], store: store, glyphs: glyphs),
            textField("Description", items.descriptions[item]),
            textField("Reference", items.references[item]),
        ] + budgetFields(detail, ledger: ledger) + [
            DetailField(label: "Flags", value: flags.isEmpty ? "none" : flags.map(\.title).joined(separator: ", "), style: flags.first?.style ?? .muted),
        ] + detail.findings.map { finding in
            DetailField(label: "  " + finding.rule.label, value: finding.rule.title + ": " + finding.detail + " (\(finding.severity.name))", style: AuditText.style(finding.severity))
        } + [
            DetailField(label: "Source", value: source(of: ledger.lineItems.sources[item], in: ledger)),
        ]
    }

    /// `text`, or a muted `–` when the ledger gives none.
    private static func textField(_ label: String, _ text: String) -> DetailField {
        text.isEmpty ? DetailField(label: label, value: "–", style: .muted) : DetailField(label: label, value: text)
    }

    /// `PW-STR · Public Works › Street Maintenance`, or `–` for none.
    private static func nodeField(_ label: String, _ kind: ClassificationKind, _ node: Int32, store: LedgerStore, glyphs: Glyphs) -> DetailField {
        guard node >= 0 else { return DetailField(label: label, value: "–", style: .muted) }
        let classification = store.ledger.classification(kind)
        let names = store.hierarchy(kind).path(to: node).map { classification.names[Int($0)] }
        return DetailField(label: label, value: classification.codes[Int(node)] + " · " + names.joined(separator: glyphs == .unicode ? " › " : " > "))
    }

    /// The budget line the item draws on and the spending charged to it against its budget.
    private static func budgetFields(_ detail: LineItemDetail, ledger: Ledger) -> [DetailField] {
        guard let index = detail.budgetLine else {
            return [DetailField(label: "Budget line", value: "none of FY\(detail.fiscalYear) has this line item's codes", style: .warning)]
        }
        let line = ledger.budgetLines[index]
        let currency = ledger.currency
        let described = line.description.map { " · " + $0 } ?? ""
        let charged = detail.budget > 0 ? " (" + PercentText.format(Double(detail.charged) / Double(detail.budget)) + ")" : ""
        return [
            DetailField(label: "Budget line", value: "\(line.id) · FY\(line.fiscalYear) · \(line.phase.rawValue)" + described),
            DetailField(
                label: "Charged", value: "\(MoneyText.format(detail.charged, currency: currency)) of \(MoneyText.format(detail.budget, currency: currency)) budgeted" + charged,
                style: detail.charged > detail.budget ? .bad : .normal),
        ]
    }

    /// `line-items/FY2025.jsonl:123`: the file's path below the folder holding every file of
    /// the ledger, and the line.
    private static func source(of record: RecordSource, in ledger: Ledger) -> String {
        let paths = ledger.files.map(\.path)
        guard paths.indices.contains(Int(record.file)) else { return "line \(record.line)" }
        var folder = paths[0].split(separator: "/", omittingEmptySubsequences: false).dropLast()
        for path in paths.dropFirst() {
            let parts = path.split(separator: "/", omittingEmptySubsequences: false).dropLast()
            folder = folder.prefix(zip(folder, parts).prefix { $0 == $1 }.count)
        }
        let parts = paths[Int(record.file)].split(separator: "/", omittingEmptySubsequences: false)
        return parts.dropFirst(folder.count).joined(separator: "/") + ":\(record.line)"
    }
}
