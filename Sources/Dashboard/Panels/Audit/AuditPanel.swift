import Analytics
import LedgerKit
import TerminalCore
import Widgets

/// The Audit panel: the audit's red flags for the drill scope, fiscal year and filter. At
/// first every rule with its findings' count, line items, amount involved and severity, and
/// the selected rule's definition with its thresholds; Enter on a rule lists its findings
/// (with Benford's law, observed against expected first digits as a chart), Enter on a finding
/// opens the Line items panel on exactly the line items behind it, and Enter again one line
/// item. Until the audit's report arrives it shows how far the audit has got.
///
/// ```text
/// ┌ Audit · 41 findings · 388 line items flagged ──────────────────────────────┐
/// │ Rule                            Findings  Items          Amount Severity   │
/// │▶Duplicate payments                     2      4         $24,000 high       │
/// │ Invoices paid twice                    1      2          $8,250 high       │
/// ```
enum AuditPanel: PanelView {
    static func render(_ state: AppState, into canvas: inout Canvas, area: Rect) {
        guard let report = state.audit, let scope = state.auditScope else {
            renderProgress(state.auditProgress, into: &canvas, area: area)
            return
        }
        if let rule = state.openAuditRule {
            renderFindings(rule, report: report, scope: scope, state: state, into: &canvas, area: area)
        } else {
            renderRules(report, scope: scope, state: state, into: &canvas, area: area)
        }
    }

    static func rowCount(_ state: AppState) -> Int {
        guard let scope = state.auditScope else { return 0 }
        return state.openAuditRule.map { scope.summary($0).findings.count } ?? scope.rules.count
    }

    static func visibleRows(_ state: AppState) -> Int {
        let panel = DashboardApp.FrameLayout(screen: Rect(size: state.screenSize)).panel
        guard let rule = state.openAuditRule else { return max(1, RulesLayout(area: panel).rules.height - 3) }
        return max(1, FindingsLayout(area: panel, rule: rule).findings.height - 3)
    }

    static func drillStep(_ state: AppState, row: Int) -> DrillStep? {
        guard let scope = state.auditScope else { return nil }
        guard let rule = state.openAuditRule else {
            return scope.rules.indices.contains(row) ? .auditRule(scope.rules[row].rule) : nil
        }
        let findings = scope.summary(rule).findings
        return findings.indices.contains(row) ? .finding(rule, findings[row]) : nil
    }

    /// Chooses the findings of the scope once the report is there.
    static func refresh(_ state: inout AppState) {
        guard let report = state.audit else { return }
        state.auditScope = AuditScope(report: report, store: state.store, filter: state.lineItemFilter, organisation: state.organisationScope)
        if state.selections[.audit]?.selected == nil { state.selections[.audit] = SelectionState(selected: 0) }
    }

    /// A rule's title and id; a finding's subject, fiscal year and detail.
    static func searchText(_ state: AppState, row: Int) -> String {
        guard let report = state.audit, let scope = state.auditScope else { return "" }
        guard let rule = state.openAuditRule else {
            return scope.rules.indices.contains(row) ? scope.rules[row].rule.title + " " + scope.rules[row].rule.id : ""
        }
        let findings = scope.summary(rule).findings
        guard findings.indices.contains(row) else { return "" }
        let finding = report.result(rule).findings[findings[row]]
        return [AuditText.subject(finding, store: state.store), AuditText.fiscalYear(finding), finding.detail].joined(separator: " ")
    }

    static var keyHints: [KeyHint] {
        [
            KeyHint("Enter", "on a rule: its findings; on a finding: its line items"),
            KeyHint("Bksp", "back to the rules, the findings, the line items"),
        ]
    }

    /// `Running the audit… 3 of 5 steps` with a bar, while the report is on its way.
    private static func renderProgress(_ progress: AuditProgress?, into canvas: inout Canvas, area: Rect) {
        let inside = canvas.drawBox(area, title: "Audit")
        guard inside.height >= 2, inside.width > 4 else { return }
        let steps = progress.map { " \($0.completed) of \($0.total) steps" } ?? ""
        canvas.put("Running the audit over every line item…" + steps, x: inside.x + 1, y: inside.y, maxWidth: inside.width - 2, style: .header, overflow: .ellipsis)
        BarGauge(fraction: progress?.fraction ?? 0).render(into: &canvas, area: Rect(x: inside.x + 1, y: inside.y + 1, width: min(40, inside.width - 2), height: 1))
    }
}
