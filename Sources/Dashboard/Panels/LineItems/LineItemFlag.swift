import LedgerKit
import TerminalCore

/// A flag on a line item, as the Flags column and the detail show it.
///
/// For now the flags the ledger itself records; the audit rules' flags (`AuditFlags`) join
/// this list when the dashboard runs the audit, with their own labels (`dup`, `split`).
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

    /// The flags of line item `row`.
    static func flags(of row: Int, in items: LineItemColumns) -> [LineItemFlag] {
        var flags: [LineItemFlag] = []
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
}
