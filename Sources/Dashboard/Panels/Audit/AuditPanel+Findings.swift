import Analytics
import LedgerKit
import TerminalCore
import Widgets

extension AuditPanel {
    /// Where a rule's page puts its parts: the definition, Benford's chart (for that rule), the findings.
    struct FindingsLayout {
        let explanation: Rect
        let chart: Rect?
        let findings: Rect

        init(area: Rect, rule: AuditRule) {
            if rule == .benford {
                let parts = area.splitRows([.fixed(5), .fixed(area.height >= 30 ? 14 : 9), .fill])
                (explanation, chart, findings) = (parts[0], parts[1], parts[2])
            } else {
                let parts = area.splitRows([.fixed(5), .fill])
                (explanation, chart, findings) = (parts[0], nil, parts[1])
            }
        }
    }

    /// One rule's page: its definition and thresholds, Benford's chart for the Benford rule,
    /// and its findings in the scope, each with severity, subject, fiscal year, line items,
    /// amount involved and its measure against the threshold.
    static func renderFindings(_ rule: AuditRule, report: AuditReport, scope: AuditScope, state: AppState, into canvas: inout Canvas, area: Rect) {
        let layout = FindingsLayout(area: area, rule: rule)
        let result = report.result(rule)
        renderExplanation(result, into: &canvas, area: layout.explanation)
        if let chart = layout.chart { renderBenford(scope.benford, state: state, into: &canvas, area: chart) }
        let summary = scope.summary(rule)
        let currency = state.store.ledger.currency
        let title = "Findings · \(summary.findings.count) · " + MoneyText.format(summary.amount, currency: currency) + " involved"
        let inside = canvas.drawBox(layout.findings, title: title).inset(right: 1)
        let wide = inside.width >= 100
        let findings = summary.findings.map { result.findings[$0] }
        let amountWidth = wide ? 18 : 12
        let amountStyle = MoneyText.style(fitting: findings.map(\.amount), columns: amountWidth, currency: currency)
        var columns = [TableColumn("Severity", width: .fixed(8)), TableColumn("Subject", width: .flex(3))]
        if wide { columns.append(TableColumn("Year", width: .fixed(6))) }
        columns += [
            TableColumn("Items", width: .fixed(6), alignment: .right),
            TableColumn("Amount", width: .fixed(amountWidth), alignment: .right),
            TableColumn("Detail", width: .flex(wide ? 5 : 3)),
        ]
        let rows: [[TableCell]] = findings.map { finding in
            var cells = [TableCell(finding.severity.name, style: AuditText.style(finding.severity)), TableCell(AuditText.subject(finding, store: state.store))]
            if wide { cells.append(TableCell(AuditText.fiscalYear(finding), style: .muted)) }
            cells += [
                TableCell(MoneyText.grouped(UInt64(finding.lineItemCount), decimals: 0)),
                TableCell(MoneyText.format(finding.amount, currency: currency, style: amountStyle)),
                TableCell(finding.detail),
            ]
            return cells
        }
        let empty = "No findings of this rule in \(state.store.ledger.calendar.label(of: state.fiscalYear)) here"
        Table(columns: columns, rows: rows, state: state.selections[.audit] ?? SelectionState(), emptyMessage: empty)
            .render(into: &canvas, area: inside)
    }
}
