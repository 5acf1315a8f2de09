/// Where a budget-execution report's actual spending comes from.
public enum ActualsSource: String, Sendable, Hashable, CaseIterable {
    /// Line items dated in the fiscal year: payments + refunds (negative) + adjustments.
    case lineItems
    /// Budget lines in the `executed` phase: aggregate actuals of a ledger with no line items in the year.
    case executedBudgetLines
    /// Neither: nothing was spent, or the ledger does not say.
    case none
}

/// An amount and a number of line items singled out by a check.
public struct FlaggedSpending: Sendable, Hashable {
    /// Sum of the amounts, in minor units.
    public let amount: Int64
    /// Number of line items.
    public let count: Int

    /// Flagged spending of `amount` over `count` line items.
    public init(amount: Int64, count: Int) {
        self.amount = amount
        self.count = count
    }
}

/// Paid so far against the previous fiscal year's paid to the same day of its year.
public struct YearOverYear: Sendable, Hashable {
    /// The previous fiscal year's paid up to the as-of date's month and day one year earlier
    /// (its whole year when the current year is complete), in minor units.
    public let previousPaid: Int64
    /// Paid − `previousPaid`, and its rate relative to `previousPaid`.
    public let change: Variance
}

/// Budget execution of one node's subtree (or of a whole report) in one fiscal year.
///
/// Amounts are in minor units; rates and shares are `Double`. Budget amounts are those of the
/// fiscal year's budget lines; the revised budget follows the format's rule (a key with revised
/// lines takes their sum, a key with adopted but no revised lines its adopted sum). Obligated
/// and paid are the line items dated in the year (or, per `ActualsSource`, executed budget lines).
public struct BudgetExecution: Sendable, Hashable {
    /// Budget lines in the `proposed` phase.
    public let proposed: Int64
    /// Budget lines in the `adopted` phase.
    public let adopted: Int64
    /// The revised budget, per key: the revised lines, else the adopted lines.
    public let revised: Int64
    /// Obligations dated in the year (de-obligations netted).
    public let obligated: Int64
    /// Payments + refunds (negative) + adjustments dated in the year, or executed budget lines.
    public let paid: Int64
    /// Line items dated in the year, obligations included.
    public let lineItemCount: Int
    /// Budget lines of the year.
    public let budgetLineCount: Int
    /// The year-end projections.
    public let projection: YearEndProjection
    /// The outturn (actual or projected) against the budget, with its PEFA band; `nil` before the
    /// year starts or without actuals.
    public let outturn: Outturn?
    /// Paid against the previous year's paid to the same day; `nil` when the previous year has no
    /// actuals to that day, the year has not started, or there are no actuals.
    public let yearOverYear: YearOverYear?
    /// Spending of the year that no adopted or revised budget line covers (see `BudgetExecutionReport`).
    public let unbudgeted: FlaggedSpending
    /// Budget keys of the year whose charged spending exceeds their revised budget.
    public let overspentBudgetLines: Int

    /// Revised − paid.
    public var remaining: Int64 { revised &- paid }

    /// Paid ÷ revised; `nil` when the revised budget is 0.
    public var executionRate: Double? { revised == 0 ? nil : Double(paid) / Double(revised) }
}

/// What the measures of every row of one report share.
struct ExecutionContext {
    let progress: FiscalYearProgress
    let actuals: ActualsSource
    let previousYear: ActualsSource
    /// The whole ledger's cumulative spending share by the same day in prior years, when positive.
    let ledgerShare: Double?
}

extension BudgetExecution {
    /// Derives the measures of `sums`.
    init(_ sums: ExecutionSums, context: ExecutionContext) {
        let progress = context.progress
        let hasActuals = context.actuals != .none
        let paid = context.actuals == .executedBudgetLines ? sums.executed : sums.paid
        proposed = sums.proposed
        adopted = sums.adopted
        revised = sums.revised
        obligated = sums.obligated
        self.paid = paid
        lineItemCount = sums.lineItems
        budgetLineCount = sums.budgetLines
        projection = YearEndProjection(
            paid: paid, progress: progress, hasActuals: hasActuals,
            nodeShare: YearEndProjection.share(toDate: sums.priorToDate, full: sums.priorFull), ledgerShare: context.ledgerShare)
        if hasActuals && progress.isComplete {
            outturn = Outturn(amount: paid, basis: .actuals, adopted: sums.adopted, revised: sums.revised)
        } else if let projected = projection.preferred, !progress.isComplete {
            outturn = Outturn(amount: projected, basis: .projection, adopted: sums.adopted, revised: sums.revised)
        } else {
            outturn = nil
        }
        let previousPaid: Int64? = switch context.previousYear {
        case .lineItems: sums.previousToDate
        case .executedBudgetLines: sums.previousExecuted
        case .none: nil
        }
        if let previousPaid, hasActuals, progress.hasStarted {
            yearOverYear = YearOverYear(previousPaid: previousPaid, change: Variance(paid, from: previousPaid))
        } else {
            yearOverYear = nil
        }
        unbudgeted = FlaggedSpending(amount: sums.unbudgeted, count: sums.unbudgetedCount)
        overspentBudgetLines = sums.overspentKeys
    }
}
