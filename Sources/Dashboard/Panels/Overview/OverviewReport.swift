import Analytics
import LedgerKit

/// Everything the Overview panel shows for one fiscal year and one organisation scope,
/// computed once when the year or the drill path changes, so drawing a frame only reads it.
public struct OverviewReport: Sendable {
    /// The fiscal year shown.
    public let fiscalYear: Int
    /// The organisation node in scope, or `nil` for the whole ledger.
    public let scope: Int32?
    /// The share of the year elapsed by the as-of date.
    public let progress: FiscalYearProgress
    /// Budget and actuals of the scope (the ledger's totals at the top).
    public let totals: BudgetExecution
    /// The scope's children, furthest from plan first (see ``PlanRow``).
    public let rows: [PlanRow]
    /// The scope's KPIs as of the as-of date, or the year's last day for a past year.
    public let kpis: KPIOverview
    /// The scope's spending per month of the year and of the year before.
    public let series: SpendingSeries

    /// The fiscal year's budget execution by organisation, for every node: what ``totals`` and
    /// ``rows`` are read from, kept so that another scope in the same year needs no new pass.
    public let execution: BudgetExecutionReport

    /// Runs the queries for `fiscalYear` and `scope` on `store`, reusing the budget execution
    /// of `previous` when it is of the same year (drilling in and out needs no new pass).
    ///
    /// - Complexity: one budget-execution pass (none when reused), one spending series and one
    ///   KPI overview (see `LedgerStore`); O(children × log children) to order the rows.
    public init(store: LedgerStore, fiscalYear: Int, scope: Int32?, reusing previous: OverviewReport? = nil) {
        let ledger = store.ledger
        let report = previous.flatMap { $0.fiscalYear == fiscalYear ? $0.execution : nil }
            ?? store.budgetExecution(by: .organisation, fiscalYear: fiscalYear)
        execution = report
        self.fiscalYear = fiscalYear
        self.scope = scope
        progress = report.progress
        totals = scope.map { report.row(of: $0).execution } ?? report.totals
        let index = store.hierarchy(.organisation)
        let children = scope.map { index.children[Int($0)] } ?? index.roots
        rows = children
            .map { PlanRow(node: $0, name: store.name(of: $0, in: .organisation), execution: report.row(of: $0).execution, yearElapsed: report.progress.share) }
            .sorted(by: PlanRow.furthestFromPlanFirst)
        let lastDay = ledger.calendar.lastDay(of: fiscalYear)
        let asOf = min(ledger.publisher?.asOf ?? lastDay, lastDay)
        kpis = store.kpiOverview(organisation: scope, asOf: asOf)
        series = store.spendingSeries(LineItemFilter(organisation: scope), by: .month, fiscalYear: fiscalYear)
    }

    /// The KPIs that miss their targets, worst first: off track before at risk, and within
    /// each, the largest miss relative to the target first.
    public var worstKPIs: [KPIReport] {
        kpis.reports
            .filter { $0.status == .offTrack || $0.status == .atRisk }
            .sorted { lhs, rhs in
                if lhs.status != rhs.status { return lhs.status == .offTrack }
                return Self.relativeMiss(lhs) > Self.relativeMiss(rhs)
            }
    }

    /// |latest − target| ÷ |target| (the miss itself when the target is 0).
    static func relativeMiss(_ report: KPIReport) -> Double {
        guard let value = report.latest?.value, let target = report.target else { return 0 }
        let miss = abs(value - target)
        return target == 0 ? miss : miss / abs(target)
    }
}

/// One child of the scope on the Overview, judged against a straight-line plan: by the share
/// of the year elapsed, that share of the revised budget should have been paid.
public struct PlanRow: Sendable, Hashable {
    /// The organisation node.
    public let node: Int32
    /// Its name, from the ledger (untrusted text: the canvas sanitises it).
    public let name: String
    /// Its budget and actuals for the year.
    public let execution: BudgetExecution
    /// Execution rate − share of the year elapsed: positive when spending runs ahead of the
    /// year, `nil` when there is no revised budget.
    public let deviation: Double?
    /// Paid − revised × share of the year elapsed (rounded to the minor unit): the amount
    /// paid ahead of (positive) or behind (negative) the straight-line plan.
    public let aheadOfPlan: Int64

    /// Judges `execution` against a year `yearElapsed` (0...1) elapsed.
    public init(node: Int32, name: String, execution: BudgetExecution, yearElapsed: Double) {
        self.node = node
        self.name = name
        self.execution = execution
        deviation = execution.executionRate.map { $0 - yearElapsed }
        let planned = (Double(execution.revised) * yearElapsed).rounded()
        aheadOfPlan = execution.paid &- Int64(planned)
    }

    /// Largest |deviation| first; rows without a budget after those with one, larger paid
    /// first; ties by name, so the order is stable.
    static func furthestFromPlanFirst(_ lhs: PlanRow, _ rhs: PlanRow) -> Bool {
        switch (lhs.deviation, rhs.deviation) {
        case let (left?, right?) where abs(left) != abs(right): return abs(left) > abs(right)
        case (.some, nil): return true
        case (nil, .some): return false
        case (nil, nil) where lhs.execution.paid != rhs.execution.paid: return lhs.execution.paid > rhs.execution.paid
        default: return lhs.name < rhs.name
        }
    }
}
