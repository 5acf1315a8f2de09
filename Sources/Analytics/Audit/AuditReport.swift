import LedgerKit

/// How much a finding deserves an auditor's attention.
public enum AuditSeverity: Int, Comparable, Sendable, CaseIterable {
    case low, medium, high

    public static func < (lhs: AuditSeverity, rhs: AuditSeverity) -> Bool { lhs.rawValue < rhs.rawValue }

    /// `low`, `medium`, `high`.
    public var name: String {
        switch self {
        case .low: "low"
        case .medium: "medium"
        case .high: "high"
        }
    }
}

/// What a finding is about.
public enum AuditSubject: Sendable, Hashable {
    /// A group of line items of one vendor (duplicates, a split purchase).
    case vendor(Int32)
    /// An organisation node (as coded on line items).
    case organisation(Int32)
    /// A category node (as coded on line items).
    case category(Int32)
    /// A calendar day (weekend and holiday payments).
    case day(CivilDate)
    /// A budget line, by index in `Ledger.budgetLines`: the line that names an overspent key.
    case budgetLine(Int)
    /// The whole ledger (Benford's law over every payment).
    case ledger
}

/// One red flag: a rule's verdict on a subject, with the line items behind it.
public struct AuditFinding: Sendable, Hashable {
    /// The rule that raised it.
    public let rule: AuditRule
    /// What it is about.
    public let subject: AuditSubject
    /// The fiscal year it concerns, when it concerns one.
    public let fiscalYear: Int?
    /// The amount involved, in minor units: for duplicates the amount paid more than once, for
    /// a group rule the amount of the line items behind it (docs/audit-rules.md says which).
    public let amount: Int64
    /// How serious it is.
    public let severity: AuditSeverity
    /// The finding's measure against its threshold, e.g. "3 payments within 2 days",
    /// "last month 3.4× the mean of the others (threshold 2×)". No text from the ledger.
    public let detail: String
    /// Where its line items lie in its rule result's row list.
    let rowRange: Range<Int>

    /// The number of line items behind it.
    public var lineItemCount: Int { rowRange.count }
}

/// The findings of one rule, with the rule's explanation and the line items behind each finding.
public struct AuditRuleResult: Sendable {
    /// The rule.
    public let rule: AuditRule
    /// The rule and its thresholds in words, e.g. "Two or more payments of the same amount to one
    /// vendor within 7 days of each other".
    public let explanation: String
    /// The findings, most serious first, then by amount involved (largest first).
    public let findings: [AuditFinding]
    /// Every finding's rows, finding after finding, each finding's ascending.
    private let rows: [Int32]

    init(rule: AuditRule, explanation: String, findings: [AuditFinding], rows: [Int32]) {
        self.rule = rule
        self.explanation = explanation
        self.findings = findings
        self.rows = rows
    }

    /// The number of findings.
    public var count: Int { findings.count }

    /// The sum of the findings' amounts involved.
    public var amount: Int64 { findings.reduce(0) { $0 &+ $1.amount } }

    /// The most serious finding's severity, or `nil` when there is none.
    public var severity: AuditSeverity? { findings.map(\.severity).max() }

    /// The line items behind `finding` (one of this result's), ascending.
    public func rows(of finding: AuditFinding) -> RowSelection {
        RowSelection(rows: Array(rows[finding.rowRange]))
    }

    /// The line items behind any finding, ascending, each once.
    public var allRows: RowSelection {
        var all = rows
        all.sort()
        var unique: [Int32] = []
        unique.reserveCapacity(all.count)
        for row in all where unique.last != row { unique.append(row) }
        return RowSelection(rows: unique)
    }

    /// The findings whose line items include `row`.
    ///
    /// - Complexity: O(rows of all findings).
    public func findings(containing row: Int32) -> [AuditFinding] {
        findings.filter { rows[$0.rowRange].contains(row) }
    }
}

/// Every audit rule's findings over a ledger, the flags of each line item, and the Benford tests.
///
///     let report = store.audit(AuditParameters(ledger: store.ledger))
///     for result in report.results where result.count > 0 {
///         print(result.rule.title, result.count, result.amount, result.severity!)
///     }
///     report.flags(of: row).labels            // "dup split"
///
/// A value: it can be made on a background thread and handed to the screen that shows it.
public struct AuditReport: Sendable {
    /// The thresholds the rules used.
    public let parameters: AuditParameters
    /// One result per rule, in `AuditRule` order.
    public let results: [AuditRuleResult]
    /// The rules that flagged each line item, by row.
    public let flags: [AuditFlags]
    /// Benford tests: the whole ledger first, then every organisation with enough payments, in preorder.
    public let benford: [BenfordTest]
    /// Vendor concentration of every organisation and category with enough vendors.
    public let concentration: [VendorConcentration]

    /// The result of `rule`.
    public func result(_ rule: AuditRule) -> AuditRuleResult { results[rule.rawValue] }

    /// The rules that flagged line item `row`.
    public func flags(of row: Int32) -> AuditFlags { flags[Int(row)] }

    /// The findings whose line items include `row`, for a line item's view, in `AuditRule` order.
    public func findings(containing row: Int32) -> [AuditFinding] {
        results.flatMap { $0.findings(containing: row) }
    }

    /// The number of line items that at least one rule flagged.
    public var flaggedLineItemCount: Int { flags.reduce(0) { $0 + ($1.isEmpty ? 0 : 1) } }
}
