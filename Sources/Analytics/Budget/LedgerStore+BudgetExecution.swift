import LedgerKit

extension LedgerStore {
    /// Budget execution of fiscal year `fiscalYear` for every node of classification `hierarchy`.
    ///
    ///     let report = store.budgetExecution(by: .organisation, fiscalYear: 2025)
    ///     report.totals.executionRate        // paid ÷ revised, e.g. 0.70
    ///     report.progress.share              // share of the year elapsed, e.g. 0.75
    ///     report.row(of: parks).execution.projection.preferred
    ///
    /// Each row aggregates its node's whole subtree, budget lines by their node and line items by
    /// theirs. See `BudgetExecution` for the measures, `YearEndProjection` for the projections,
    /// `Outturn` for the PEFA band and `BudgetExecutionReport` for the flags; docs/analytics.md
    /// gives every definition with an example.
    ///
    /// - Parameters:
    ///   - hierarchy: organisation, category, fund, function or region.
    ///   - fiscalYear: the fiscal year's name, e.g. 2025.
    ///   - asOf: the date the data is complete up to; the publisher's as-of date by default.
    ///   - profileYears: how many fiscal years before this one the seasonal profile pools (1–100).
    /// - Complexity: one pass over the line items of the year and of the profile years, plus
    ///   O(budget lines + nodes + organisations × categories × ⌈funds / 64⌉).
    public func budgetExecution(
        by hierarchy: ClassificationKind, fiscalYear: Int, asOf: CivilDate? = nil, profileYears: Int = 3
    ) -> BudgetExecutionReport {
        precondition((1...100).contains(profileYears), "profileYears must be 1 to 100")
        let calendar = ledger.calendar
        let progress = FiscalYearProgress(
            fiscalYear: fiscalYear, calendar: calendar, asOf: asOf ?? ledger.publisher?.asOf ?? calendar.lastDay(of: fiscalYear))
        let budget = FiscalYearBudget(ledger: ledger, fiscalYear: fiscalYear)
        let pass = ExecutionPass(
            store: self, hierarchy: hierarchy, budget: budget, coverage: BudgetCoverage(budget: budget, store: self),
            progress: progress, profileYears: profileYears)
        var sums = pass.sums
        for key in budget.keys {
            let node = Int(key.code(in: hierarchy)) + 1
            sums[node].proposed &+= key.proposed
            sums[node].adopted &+= key.adopted
            sums[node].revised &+= key.revised
            sums[node].executed &+= key.executed
            sums[node].budgetLines += key.lineCount
        }
        var hasPreviousExecuted = false
        for line in ledger.budgetLines where line.fiscalYear == fiscalYear - 1 && line.phase == .executed {
            sums[Int(line.code(in: hierarchy)) + 1].previousExecuted &+= line.amount
            hasPreviousExecuted = true
        }
        let actuals: ActualsSource =
            pass.itemsPerYear[0] > 0 ? .lineItems : budget.hasExecutedLines ? .executedBudgetLines : .none
        let previousYear: ActualsSource =
            pass.itemsPerYear[1] > 0 ? .lineItems : progress.isComplete && hasPreviousExecuted ? .executedBudgetLines : .none
        let keyPaid = actuals == .executedBudgetLines ? budget.keys.map(\.executed) : pass.keyPaid
        let overspent = Self.overspent(budget, keyPaid: keyPaid, hierarchy: hierarchy)
        for key in overspent { sums[Int(key.node) + 1].overspentKeys += 1 }

        var totals = ExecutionSums()
        for node in sums { totals.add(node) }
        let index = self.hierarchy(hierarchy)
        for node in index.preorder.reversed() {
            let parent = index.classification.parents[Int(node)]
            if parent >= 0 { sums[Int(parent) + 1].add(sums[Int(node) + 1]) }
        }
        let context = ExecutionContext(
            progress: progress, actuals: actuals, previousYear: previousYear,
            ledgerShare: YearEndProjection.share(toDate: totals.priorToDate, full: totals.priorFull))
        let rows = index.preorder.map { node in
            BudgetExecutionRow(
                node: node, parent: index.classification.parents[Int(node)], depth: Int(index.depth[Int(node)]),
                label: index.classification.names[Int(node)], execution: BudgetExecution(sums[Int(node) + 1], context: context))
        }
        return BudgetExecutionReport(
            hierarchy: hierarchy, progress: progress, actualsSource: actuals, previousYearSource: previousYear,
            profileYears: profileYears, rows: rows, rowOfNode: index.rank, totals: BudgetExecution(totals, context: context),
            coverage: HierarchyCoverage(
                lineItems: totals.lineItems, budgetLines: totals.budgetLines,
                unclassified: BudgetExecution(sums[0], context: context)),
            overspent: overspent)
    }

    /// The appropriated keys whose charged spending exceeds their revised budget, largest excess first.
    private static func overspent(_ budget: FiscalYearBudget, keyPaid: [Int64], hierarchy: ClassificationKind) -> [OverspentBudget] {
        var overspent: [OverspentBudget] = []
        for (key, paid) in zip(budget.keys, keyPaid) where key.isAppropriated && paid > key.revised {
            overspent.append(OverspentBudget(budgetLine: Int(key.line), node: key.code(in: hierarchy), revised: key.revised, paid: paid))
        }
        return overspent.sorted { ($0.excess, $1.budgetLine) > ($1.excess, $0.budgetLine) }
    }
}
