import Analytics
import LedgerKit
import TerminalCore

/// How the Audit panel and its exports name findings and severities.
enum AuditText {
    /// What `finding` is about, by name: the vendor, the organisation or category, the day,
    /// the budget line's id, or `whole ledger` (untrusted text from the ledger).
    static func subject(_ finding: AuditFinding, store: LedgerStore) -> String {
        let ledger = store.ledger
        switch finding.subject {
        case .vendor(let vendor): return ledger.vendors.names[Int(vendor)]
        case .organisation(let node): return store.name(of: node, in: .organisation)
        case .category(let node): return store.name(of: node, in: .category)
        case .day(let day): return day.description
        case .budgetLine(let index): return ledger.budgetLines[index].id
        case .ledger: return "whole ledger"
        }
    }

    /// How a severity is shown: high in the `bad` style, medium as a warning, low muted.
    static func style(_ severity: AuditSeverity?) -> Style {
        switch severity {
        case .high: Style(.bad, bold: true)
        case .medium: .warning
        case .low, nil: .muted
        }
    }

    /// `FY2024`, or `–` for a finding of no particular year.
    static func fiscalYear(_ finding: AuditFinding) -> String {
        finding.fiscalYear.map { "FY\($0)" } ?? "–"
    }
}
