import LedgerKit

extension AuditRule {
    /// The rule and its thresholds in words, as the audit panel explains a result.
    func explanation(_ parameters: AuditParameters, _ money: AuditMoney) -> String {
        let fixed = AmountPatternRules.fixed
        switch self {
        case .duplicatePayment:
            return "Two or more payments of the same amount to one vendor, each within \(parameters.duplicateWindowDays) days "
                + "of the one before; a refund of that amount cancels one."
        case .duplicateInvoice:
            return "Two or more payments of the same amount to one vendor under the same reference (invoice), whatever their "
                + "dates; a refund of that amount under that reference cancels one."
        case .splitPurchase:
            return "Two or more payments from one organisation to one vendor within \(parameters.splitWindowDays) days, each below "
                + "the approval threshold of \(money.text(parameters.approvalThreshold)) and together at or above it."
        case .roundAmounts:
            return "Vendors with at least \(parameters.roundMinimumCount) payments that are multiples of \(money.text(parameters.roundUnit)), "
                + "making at least \(fixed(parameters.roundMinimumShare * 100, 0)) % of their payments and "
                + "\(fixed(parameters.roundShareFactor, 1)) times the ledger's share."
        case .weekendPayment:
            return "Payments dated on a Saturday or a Sunday."
        case .holidayPayment:
            return parameters.holidays.isEmpty
                ? "Payments dated on a public holiday: the ledger lists none (publisher.audit.holidays)."
                : "Payments dated on one of the \(parameters.holidays.count) public holidays the ledger lists."
        case .yearEndSurge:
            return "Organisations whose last month of a completed fiscal year is at least \(fixed(parameters.yearEndMonthRatio, 1)) times "
                + "the mean of the other eleven months, or whose last quarter is at least \(fixed(parameters.yearEndQuarterRatio, 1)) times "
                + "the mean of the other three (net spending)."
        case .benford:
            return "Payments of at least \(money.text(10 * parameters.minorUnitsPerMajor)) whose leading digits do not conform to Benford's "
                + "law (Nigrini's MAD bands): the first digit from \(parameters.benfordMinimumCount) payments (MAD > 0.015), the first two "
                + "digits from \(parameters.benfordTwoDigitMinimumCount) (MAD > 0.0022); per organisation and overall."
        case .vendorConcentration:
            return "Organisations and categories paying at least \(parameters.concentrationMinimumVendors) businesses with a "
                + "Herfindahl–Hirschman index of \(Int(parameters.concentrationHHI.rounded())) or more."
        case .outlier:
            return "Payments beyond the Tukey fences of their category on a logarithmic scale, k = \(fixed(parameters.outlierFence, 1)) "
                + "(categories with at least \(parameters.outlierMinimumCount) payments)."
        case .noBudgetLine:
            return "Spending that no adopted or revised budget line of its fiscal year covers (organisation, category and fund each "
                + "the line's node or below it)."
        case .overspentBudgetLine:
            return "Budget lines whose charged spending exceeds their revised budget."
        }
    }
}
