import Analytics
import LedgerKit

extension AuditPanel {
    /// The Audit panel's table: every rule with its findings in the scope (id, title, count,
    /// line items, amount involved, severity, definition with thresholds); on a rule's page,
    /// its findings in the scope (number, severity, subject, fiscal year, line items, amount
    /// involved, detail). Empty until the audit has run.
    static func table(_ state: AppState) -> ViewTable {
        let currency = state.store.ledger.currency
        guard let report = state.audit, let scope = state.auditScope else {
            return ViewTable(view: Panel.audit.exportName, currency: currency, columns: [], rows: [])
        }
        guard let rule = state.openAuditRule else {
            let columns = [
                ViewTable.Column("Rule id", .text), ViewTable.Column("Rule", .text), ViewTable.Column("Findings", .count),
                ViewTable.Column("Line items", .count), ViewTable.Column("Amount involved", .money), ViewTable.Column("Severity", .text),
                ViewTable.Column("Definition", .text),
            ]
            let rows: [[ViewTable.Value]] = scope.rules.map { summary in
                [
                    .text(summary.rule.id), .text(summary.rule.title), .count(summary.findings.count), .count(summary.lineItemCount),
                    .money(summary.amount), summary.severity.map { .text($0.name) } ?? .empty,
                    .text(report.result(summary.rule).explanation),
                ]
            }
            return ViewTable(view: Panel.audit.exportName, currency: currency, columns: columns, rows: rows)
        }
        let columns = [
            ViewTable.Column("Rule id", .text), ViewTable.Column("Finding", .count), ViewTable.Column("Severity", .text),
            ViewTable.Column("Subject", .text), ViewTable.Column("Fiscal year", .text), ViewTable.Column("Line items", .count),
            ViewTable.Column("Amount involved", .money), ViewTable.Column("Detail", .text),
        ]
        let findings = report.result(rule).findings
        let rows: [[ViewTable.Value]] = scope.summary(rule).findings.map { index in
            let finding = findings[index]
            return [
                .text(rule.id), .count(index + 1), .text(finding.severity.name), .text(AuditText.subject(finding, store: state.store)),
                finding.fiscalYear.map { .text("FY\($0)") } ?? .empty, .count(finding.lineItemCount), .money(finding.amount),
                .text(finding.detail),
            ]
        }
        return ViewTable(view: Panel.audit.exportName, currency: currency, columns: columns, rows: rows)
    }
}
