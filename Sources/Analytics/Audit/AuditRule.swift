/// A red-flag rule of the audit (docs/audit-rules.md): what it looks for, not its thresholds.
public enum AuditRule: Int, CaseIterable, Sendable, Hashable {
    /// Two or more payments of one amount to one vendor within a few days.
    case duplicatePayment
    /// Two or more payments of one amount to one vendor under one reference (an invoice paid twice).
    case duplicateInvoice
    /// Payments from one organisation to one vendor within a few days, each below the approval
    /// threshold, together at or above it.
    case splitPurchase
    /// A vendor paid in round amounts far more often than the ledger's norm.
    case roundAmounts
    /// Payments dated on a Saturday or Sunday.
    case weekendPayment
    /// Payments dated on a public holiday the ledger lists.
    case holidayPayment
    /// An organisation's last month or quarter of a fiscal year far above its other months or quarters.
    case yearEndSurge
    /// An organisation's payments whose first two digits do not conform to Benford's law.
    case benford
    /// An organisation's or category's spending concentrated on few vendors.
    case vendorConcentration
    /// Payments beyond the Tukey fences of their category.
    case outlier
    /// Spending that no budget line of its fiscal year covers.
    case noBudgetLine
    /// Spending charged to a budget line beyond its revised budget.
    case overspentBudgetLine

    /// A stable identifier for exports and the command line, e.g. `duplicate-payment`.
    public var id: String {
        switch self {
        case .duplicatePayment: "duplicate-payment"
        case .duplicateInvoice: "duplicate-invoice"
        case .splitPurchase: "split-purchase"
        case .roundAmounts: "round-amounts"
        case .weekendPayment: "weekend-payment"
        case .holidayPayment: "holiday-payment"
        case .yearEndSurge: "year-end-surge"
        case .benford: "benford"
        case .vendorConcentration: "vendor-concentration"
        case .outlier: "outlier"
        case .noBudgetLine: "no-budget-line"
        case .overspentBudgetLine: "overspent-budget-line"
        }
    }

    /// The rule's title, e.g. "Duplicate payments".
    public var title: String {
        switch self {
        case .duplicatePayment: "Duplicate payments"
        case .duplicateInvoice: "Invoices paid twice"
        case .splitPurchase: "Split purchases"
        case .roundAmounts: "Round amounts"
        case .weekendPayment: "Weekend payments"
        case .holidayPayment: "Holiday payments"
        case .yearEndSurge: "Year-end surge"
        case .benford: "Benford's law"
        case .vendorConcentration: "Vendor concentration"
        case .outlier: "Outliers"
        case .noBudgetLine: "Spending without a budget line"
        case .overspentBudgetLine: "Budget lines overspent"
        }
    }

    /// A short label for a flags column, at most five characters: `dup`, `split`, `round`.
    public var label: String {
        switch self {
        case .duplicatePayment: "dup"
        case .duplicateInvoice: "inv2"
        case .splitPurchase: "split"
        case .roundAmounts: "round"
        case .weekendPayment: "wkend"
        case .holidayPayment: "hol"
        case .yearEndSurge: "surge"
        case .benford: "bnfrd"
        case .vendorConcentration: "conc"
        case .outlier: "outl"
        case .noBudgetLine: "nobud"
        case .overspentBudgetLine: "over"
        }
    }

    /// Whether the line items behind a finding are flagged one by one (`AuditFlags`). Vendor
    /// concentration describes a whole organisation's or category's purchasing, so its line
    /// items are listed with the finding but carry no flag.
    public var flagsLineItems: Bool { self != .vendorConcentration }
}

/// The rules that flagged one line item: one bit per `AuditRule`, two bytes per line item.
public struct AuditFlags: OptionSet, Sendable, Hashable {
    public let rawValue: UInt16

    public init(rawValue: UInt16) { self.rawValue = rawValue }

    /// The flag of `rule`.
    public init(_ rule: AuditRule) { rawValue = 1 << UInt16(rule.rawValue) }

    /// Whether `rule` flagged the line item.
    public func contains(_ rule: AuditRule) -> Bool { rawValue & (1 << UInt16(rule.rawValue)) != 0 }

    /// The rules that flagged the line item, in `AuditRule` order.
    public var rules: [AuditRule] { AuditRule.allCases.filter(contains) }

    /// The rules' short labels joined by spaces (`"dup split"`), for a flags column.
    public var labels: String { rules.map(\.label).joined(separator: " ") }
}
