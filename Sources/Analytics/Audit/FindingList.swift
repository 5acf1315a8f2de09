import LedgerKit

/// Collects one rule's findings and the rows behind each, then makes the rule's result.
struct FindingList {
    let rule: AuditRule
    private(set) var findings: [AuditFinding] = []
    private(set) var rows: [Int32] = []

    init(_ rule: AuditRule) { self.rule = rule }

    /// Adds a finding behind `findingRows` (any order; kept ascending).
    mutating func add<Rows: Sequence<Int32>>(
        _ subject: AuditSubject, fiscalYear: Int? = nil, amount: Int64, severity: AuditSeverity, detail: String, rows findingRows: Rows
    ) {
        let start = rows.count
        rows.append(contentsOf: findingRows)
        rows[start...].sort()
        findings.append(AuditFinding(
            rule: rule, subject: subject, fiscalYear: fiscalYear, amount: amount, severity: severity, detail: detail,
            rowRange: start..<rows.count))
    }

    /// Appends `other`'s findings (of the same rule) after these.
    mutating func append(_ other: FindingList) {
        let offset = rows.count
        rows.append(contentsOf: other.rows)
        for finding in other.findings {
            findings.append(AuditFinding(
                rule: rule, subject: finding.subject, fiscalYear: finding.fiscalYear, amount: finding.amount,
                severity: finding.severity, detail: finding.detail,
                rowRange: (finding.rowRange.lowerBound + offset)..<(finding.rowRange.upperBound + offset)))
        }
    }

    /// The rule's result: findings most serious first, then largest amount, then first row.
    func result(explanation: String) -> AuditRuleResult {
        let rows = rows
        let ordered = findings.sorted {
            if $0.severity != $1.severity { return $0.severity > $1.severity }
            if $0.amount != $1.amount { return $0.amount > $1.amount }
            return (rows[$0.rowRange].first ?? -1) < (rows[$1.rowRange].first ?? -1)
        }
        return AuditRuleResult(rule: rule, explanation: explanation, findings: ordered, rows: rows)
    }
}

/// Amounts in explanations and details: plain major units with thousands separators.
struct AuditMoney {
    let exponent: Int
    let code: String

    init(_ currency: Currency) {
        exponent = currency.exponent
        code = currency.code
    }

    /// `USD 50,000.00`, `JPY 500,000`.
    func text(_ minorUnits: Int64) -> String { "\(code) \(MoneyFormat.grouped(minorUnits, exponent: exponent))" }
}
