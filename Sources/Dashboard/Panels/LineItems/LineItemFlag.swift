import Analytics
import LedgerKit
import TerminalCore
import Widgets

/// A flag on a line item, as the Flags column and the detail show it: the audit rules that
/// flagged it (``AuditFlags``: `dup`, `split` …), then what the ledger itself records (`est`,
/// `rfnd`, `adj`).
struct LineItemFlag: Hashable {
    /// At most five characters, for the Flags column: `est`.
    let label: String
    /// What it means, for the detail: `date estimated`.
    let title: String
    /// How it is shown.
    let style: Style

    /// The date was filled in from a fallback, not published.
    static let estimatedDate = LineItemFlag(label: "est", title: "date estimated", style: .warning)
    /// Money returned.
    static let refund = LineItemFlag(label: "rfnd", title: "refund", style: .muted)
    /// A correction rather than a payment.
    static let adjustment = LineItemFlag(label: "adj", title: "adjustment", style: .muted)

    /// The flag of an audit rule: its label (`dup`) and title (`Duplicate payments`).
    static func audit(_ rule: AuditRule) -> LineItemFlag {
        LineItemFlag(label: rule.label, title: rule.title, style: Style(.bad, bold: true))
    }

    /// The flags of line item `row`: `audit`'s rules first (none while the audit runs).
    static func flags(of row: Int, in items: LineItemColumns, audit: AuditReport?) -> [LineItemFlag] {
        var flags = audit.map { $0.flags(of: Int32(row)).rules.map(LineItemFlag.audit) } ?? []
        if items.dateEstimated[row] { flags.append(.estimatedDate) }
        switch items.kinds[row] {
        case .refund: flags.append(.refund)
        case .adjustment: flags.append(.adjustment)
        case .payment, .obligation: break
        }
        return flags
    }

    /// The labels joined by spaces: `est rfnd`.
    static func labels(_ flags: [LineItemFlag]) -> String {
        flags.map(\.label).joined(separator: " ")
    }

    /// Every label and what it means, for the help: the audit rules' (but vendor
    /// concentration's, which flags no line item), then the ledger's.
    static let legend: [KeyHint] = AuditRule.allCases.filter(\.flagsLineItems).map { KeyHint($0.label, "flag: " + $0.title.lowercased()) }
        + [estimatedDate, refund, adjustment].map { KeyHint($0.label, "flag: " + $0.title) }
}
