/// The raw sums of one node's own budget lines and line items (or, rolled up, of its subtree),
/// from which the measures of `BudgetExecution` are derived. All amounts in minor units.
struct ExecutionSums {
    var proposed: Int64 = 0
    var adopted: Int64 = 0
    /// Revised budget per the key rule: revised lines, or adopted ones for keys without revision.
    var revised: Int64 = 0
    /// Executed-phase budget lines of the year (aggregate actuals).
    var executed: Int64 = 0
    /// Executed-phase budget lines of the previous year.
    var previousExecuted: Int64 = 0
    var obligated: Int64 = 0
    /// Payments, refunds and adjustments of the year.
    var paid: Int64 = 0
    /// Line items of the year, obligations included.
    var lineItems = 0
    /// Budget lines of the year.
    var budgetLines = 0
    /// Spending of the prior years of the seasonal profile, whole years.
    var priorFull: Int64 = 0
    /// Spending of the same prior years, each up to the same day of its year.
    var priorToDate: Int64 = 0
    /// Spending of the previous year up to the same day of its year.
    var previousToDate: Int64 = 0
    /// Spending of the year with no budget line covering it.
    var unbudgeted: Int64 = 0
    var unbudgetedCount = 0
    /// Budget keys of the year whose charged spending exceeds their revised budget.
    var overspentKeys = 0

    mutating func add(_ other: ExecutionSums) {
        proposed &+= other.proposed
        adopted &+= other.adopted
        revised &+= other.revised
        executed &+= other.executed
        previousExecuted &+= other.previousExecuted
        obligated &+= other.obligated
        paid &+= other.paid
        lineItems += other.lineItems
        budgetLines += other.budgetLines
        priorFull &+= other.priorFull
        priorToDate &+= other.priorToDate
        previousToDate &+= other.previousToDate
        unbudgeted &+= other.unbudgeted
        unbudgetedCount += other.unbudgetedCount
        overspentKeys += other.overspentKeys
    }
}
