import Analytics
import LedgerKit

/// The Audit panel's figures: each rule's findings that concern the drill scope, the fiscal
/// year and the filter, with their count, amount involved and severity, and the Benford test
/// of the organisation scope.
///
/// The audit runs once over the whole ledger (``AuditReport``); a scope only chooses among its
/// findings. A finding concerns the scope when one of its line items is among those the
/// panels show (``AppState/lineItemFilter``); a Benford finding, which tests an organisation's
/// payments of every year, when its organisation is the scope or below it.
public struct AuditScope: Sendable {
    /// One rule's findings in the scope.
    public struct RuleSummary: Sendable {
        /// The rule.
        public let rule: AuditRule
        /// The findings in the scope, as indices into the rule's findings (most serious first).
        public let findings: [Int]
        /// Their line items in the scope, counted once per finding.
        public let lineItemCount: Int
        /// The sum of their amounts involved, in minor units.
        public let amount: Int64
        /// The most serious of their severities, or `nil` without findings.
        public let severity: AuditSeverity?
    }

    /// Every rule, in ``AuditRule`` order, including those without findings.
    public let rules: [RuleSummary]
    /// The line items in the scope that at least one rule flagged.
    public let flaggedLineItemCount: Int
    /// The Benford test shown: the organisation scope's, else its nearest ancestor's that has
    /// one, else the whole ledger's; `nil` when the ledger has too few payments for any.
    public let benford: BenfordTest?

    /// The findings of `report` that concern the line items `filter` selects in `store`, and
    /// the Benford test of `organisation` (the whole ledger when `nil`).
    ///
    /// - Complexity: one `select`, then O(line items) for a membership table and O(rows of all
    ///   findings) to test them.
    init(report: AuditReport, store: LedgerStore, filter: LineItemFilter, organisation: Int32?) {
        let selection = store.select(filter)
        var inScope = [Bool](repeating: false, count: store.ledger.lineItems.count)
        var flagged = 0
        for row in selection.rows {
            inScope[Int(row)] = true
            if !report.flags(of: row).isEmpty { flagged += 1 }
        }
        let path = organisation.map { store.hierarchy(.organisation).path(to: $0) } ?? []
        let hierarchy = store.hierarchy(.organisation)
        func isInOrganisationScope(_ subject: AuditSubject) -> Bool {
            switch subject {
            case .ledger: organisation == nil
            case .organisation(let node): organisation.map { hierarchy.path(to: node).contains($0) } ?? true
            default: false
            }
        }
        rules = report.results.map { result in
            var findings: [Int] = []
            var lineItems = 0
            var amount: Int64 = 0
            var severity: AuditSeverity?
            for (index, finding) in result.findings.enumerated() {
                let inside: Int
                if result.rule == .benford {
                    guard isInOrganisationScope(finding.subject) else { continue }
                    inside = finding.lineItemCount
                } else {
                    inside = result.rows(of: finding).rows.reduce(0) { $0 + (inScope[Int($1)] ? 1 : 0) }
                    guard inside > 0 else { continue }
                }
                findings.append(index)
                lineItems += inside
                amount &+= finding.amount
                severity = max(severity ?? finding.severity, finding.severity)
            }
            return RuleSummary(rule: result.rule, findings: findings, lineItemCount: lineItems, amount: amount, severity: severity)
        }
        flaggedLineItemCount = flagged
        let tests = Dictionary(report.benford.map { ($0.organisation ?? -1, $0) }, uniquingKeysWith: { first, _ in first })
        benford = path.lazy.compactMap { tests[$0] }.first ?? tests[-1]
    }

    /// The summary of `rule`.
    public func summary(_ rule: AuditRule) -> RuleSummary { rules[rule.rawValue] }

    /// The number of findings in the scope.
    public var findingCount: Int { rules.reduce(0) { $0 + $1.findings.count } }
}
