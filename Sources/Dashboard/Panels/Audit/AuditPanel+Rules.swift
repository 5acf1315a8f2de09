import Analytics
import LedgerKit
import TerminalCore
import Widgets

extension AuditPanel {
    /// Where the rule list's parts go: the rules in a box, the selected rule's definition below.
    struct RulesLayout {
        let rules: Rect
        let explanation: Rect

        init(area: Rect) {
            let parts = area.splitRows([.fixed(AuditRule.allCases.count + 3), .fill])
            rules = parts[0]
            explanation = parts[1]
        }
    }

    /// Every rule with its findings in the scope (count, line items, amount involved, most
    /// serious severity), then the selected rule's definition and thresholds.
    static func renderRules(_ report: AuditReport, scope: AuditScope, state: AppState, into canvas: inout Canvas, area: Rect) {
        let layout = RulesLayout(area: area)
        let count = scope.findingCount
        let flagged = MoneyText.grouped(UInt64(scope.flaggedLineItemCount), decimals: 0)
        let title = "Audit · \(count == 1 ? "1 finding" : "\(count) findings") · \(flagged) line items flagged"
        let inside = canvas.drawBox(layout.rules, title: title).inset(right: 1)
        let currency = state.store.ledger.currency
        let amountWidth = inside.width >= 100 ? 18 : 12
        let amountStyle = MoneyText.style(fitting: scope.rules.map(\.amount), columns: amountWidth, currency: currency)
        var columns = [TableColumn("Rule", width: .flex(3))]
        if inside.width >= 100 { columns.append(TableColumn("Id", width: .flex(2))) }
        columns += [
            TableColumn("Findings", width: .fixed(8), alignment: .right),
            TableColumn("Items", width: .fixed(7), alignment: .right),
            TableColumn("Amount", width: .fixed(amountWidth), alignment: .right),
            TableColumn("Severity", width: .fixed(8)),
        ]
        let rows: [[TableCell]] = scope.rules.map { summary in
            let none = summary.findings.isEmpty
            var cells = [TableCell(summary.rule.title, style: none ? .muted : .normal)]
            if inside.width >= 100 { cells.append(TableCell(summary.rule.id, style: .muted)) }
            cells += [
                TableCell(String(summary.findings.count), style: none ? .muted : .normal),
                TableCell(MoneyText.grouped(UInt64(summary.lineItemCount), decimals: 0), style: none ? .muted : .normal),
                TableCell(none ? "–" : MoneyText.format(summary.amount, currency: currency, style: amountStyle), style: none ? .muted : .normal),
                TableCell(summary.severity?.name ?? "–", style: AuditText.style(summary.severity)),
            ]
            return cells
        }
        let selection = state.selections[.audit] ?? SelectionState()
        Table(columns: columns, rows: rows, state: selection).render(into: &canvas, area: inside)
        let selected = selection.selected.flatMap { scope.rules.indices.contains($0) ? scope.rules[$0].rule : nil } ?? .duplicatePayment
        renderExplanation(report.result(selected), into: &canvas, area: layout.explanation)
    }

    /// A rule's definition with its thresholds, wrapped in a box titled with the rule.
    static func renderExplanation(_ result: AuditRuleResult, into canvas: inout Canvas, area: Rect) {
        guard area.height >= 3 else { return }
        let inside = canvas.drawBox(area, title: result.rule.title + " · " + result.rule.id)
        let lines = ExportDialog.wrapped(result.explanation, columns: inside.width - 2, canvas: canvas)
        for (offset, line) in lines.prefix(inside.height).enumerated() {
            let cut = offset == inside.height - 1 && lines.count > inside.height
            canvas.put(cut ? line + "…" : line, x: inside.x + 1, y: inside.y + offset, maxWidth: inside.width - 2, overflow: .ellipsis)
        }
    }
}
