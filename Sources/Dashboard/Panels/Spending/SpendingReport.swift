import Analytics
import LedgerKit
import Widgets

/// Everything the Spending panel shows for one drill scope, fiscal year, filter, period
/// length and sort, computed when one of them changes, so drawing a frame only reads it.
///
/// A new sort only reorders the lists and a new period length only reruns the series: the
/// grouped reports are rerun only when the scope, the year or the filter change.
public struct SpendingReport: Sendable {
    /// The scope's spending per period of the year and of the year before (the user's filter
    /// applies, its date range does not: the chart always shows two whole years).
    public private(set) var series: SpendingSeries
    /// The straight-line plan, when the scope has a budget to plan from.
    public private(set) var plan: SpendingPlan?
    /// The categories below the scope's category (the top categories at first), sorted.
    public private(set) var categories: [SpendingRow]
    /// The vendors paid in the scope, sorted.
    public private(set) var vendors: [SpendingRow]
    /// The lists' order (largest paid first when `nil`).
    private(set) var sort: TableSort?
    /// What the figures were computed for.
    let context: Context

    /// The drill path, fiscal year and filter the figures depend on.
    struct Context: Hashable {
        let drillSteps: [DrillStep]
        let fiscalYear: Int
        let filter: ViewFilter

        init(_ state: AppState) {
            drillSteps = state.drillSteps
            fiscalYear = state.fiscalYear
            filter = state.filter
        }
    }

    /// Runs the queries for `state`'s scope, year and filter, by `bucket`, with the lists in
    /// `sort`'s order (largest paid first when `nil`).
    ///
    /// - Complexity: one spending series and two grouped reports (see `LedgerStore`), plus
    ///   O(rows × log rows) to sort the lists.
    init(state: AppState, bucket: TimeBucket, sort: TableSort?) {
        let store = state.store
        let filter = state.lineItemFilter
        context = Context(state)
        self.sort = sort
        (series, plan) = Self.series(state, bucket: bucket)
        let categoryScope = state.scope(.category)
        let grouping: Grouping = categoryScope.map { .children(of: $0, in: .category) } ?? .classification(.category, depth: 0)
        categories = Self.sorted(store.report(filter, groupedBy: grouping).rows.enumerated().compactMap { order, row in
            guard row.measures.count > 0, case .node(_, let node) = row.key else { return nil }
            return node == categoryScope
                ? SpendingRow(step: nil, name: "(\(row.label) itself)", measures: row.measures, share: row.share, order: order)
                : SpendingRow(step: .node(.category, node), name: row.label, measures: row.measures, share: row.share, order: order)
        }, by: sort)
        vendors = Self.sorted(store.report(filter, groupedBy: .vendor).rows.enumerated().compactMap { order, row in
            guard row.measures.count > 0, case .vendor(let vendor) = row.key else { return nil }
            return SpendingRow(step: .vendor(vendor), name: row.label, measures: row.measures, share: row.share, order: order)
        }, by: sort)
    }

    /// The series by `bucket` for `state`, and the plan over its periods.
    ///
    /// The plan comes from the Overview's figures, which are always current: the only steps
    /// that narrow the spending must be organisation nodes (an open KPI or line item does not
    /// narrow it) and the filter must be empty, or there is no plan.
    private static func series(_ state: AppState, bucket: TimeBucket) -> (SpendingSeries, SpendingPlan?) {
        let series = state.store.spendingSeries(state.lineItemFilter.with(dates: nil), by: bucket, fiscalYear: state.fiscalYear)
        let organisationOnly = state.drillSteps.allSatisfy { step in
            switch step {
            case .node(.organisation, _), .kpi, .lineItem, .auditRule, .finding: true
            case .node, .vendor: false
            }
        }
        let plan = organisationOnly && state.filter.isEmpty
            ? SpendingPlan(revised: state.overview.totals.revised, progress: state.overview.progress, periods: series.current.periods)
            : nil
        return (series, plan)
    }

    /// The report for `state` by `bucket` in `sort`'s order: `previous` reordered or with a new
    /// series when only those changed, otherwise a new report.
    static func refreshed(_ previous: SpendingReport?, state: AppState, bucket: TimeBucket, sort: TableSort?) -> SpendingReport {
        guard var report = previous, report.context == Context(state) else { return SpendingReport(state: state, bucket: bucket, sort: sort) }
        if report.series.bucket != bucket { (report.series, report.plan) = series(state, bucket: bucket) }
        if report.sort != sort {
            report.sort = sort
            report.categories = sorted(report.categories, by: sort)
            report.vendors = sorted(report.vendors, by: sort)
        }
        return report
    }

    /// The titles of the columns the lists sort by, in the order `s` cycles through them.
    static let sortColumns = ["paid", "items", "name"]

    /// `rows` in `sort`'s order; ties by name, then in the engine's report order.
    static func sorted(_ rows: [SpendingRow], by sort: TableSort?) -> [SpendingRow] {
        let column = sort?.column ?? 0
        let ascending = sort?.direction == .ascending
        return rows.sorted { left, right in
            let order: Bool? = switch column {
            case 0 where left.measures.sum != right.measures.sum: ascending ? left.measures.sum < right.measures.sum : left.measures.sum > right.measures.sum
            case 1 where left.measures.count != right.measures.count: ascending ? left.measures.count < right.measures.count : left.measures.count > right.measures.count
            case 2 where left.name != right.name: ascending ? left.name < right.name : left.name > right.name
            default: nil
            }
            if let order { return order }
            return left.name != right.name ? left.name < right.name : left.order < right.order
        }
    }

    /// The rows of the panel's one list: the categories, then the vendors.
    var rows: [SpendingRow] { categories + vendors }

    /// The row at `index` of the one list, or `nil` past its end.
    func row(_ index: Int) -> SpendingRow? {
        if categories.indices.contains(index) { return categories[index] }
        let vendor = index - categories.count
        return vendors.indices.contains(vendor) ? vendors[vendor] : nil
    }
}

/// One category or vendor of the Spending panel's lists.
public struct SpendingRow: Sendable, Hashable {
    /// Where Enter goes: the category or the vendor; `nil` for spending directly on the scope's
    /// own category.
    public let step: DrillStep?
    /// The name shown (untrusted text from the ledger: the canvas sanitises it).
    public let name: String
    /// Paid (net of refunds), line items, smallest and largest amount.
    public let measures: Measures
    /// Share of the selection's spending.
    public let share: Double
    /// Position in the engine's report (hierarchy order, vendors by name): the last tie-breaker.
    let order: Int
}

/// A straight-line plan: by any day of the year, that day's share of the year of the revised
/// budget should have been paid.
public struct SpendingPlan: Sendable, Hashable {
    /// The scope's revised budget for the year, in minor units.
    public let revised: Int64
    /// How far the year has run.
    public let progress: FiscalYearProgress
    /// The plan at the end of each period of the year (cumulative), in minor units.
    public let cumulative: [Int64]

    /// The plan for `revised` over `periods` of the year `progress` describes.
    init(revised: Int64, progress: FiscalYearProgress, periods: [Period]) {
        self.revised = revised
        self.progress = progress
        let first = progress.days.lowerBound.dayNumber
        cumulative = periods.map { period in
            let end = min(period.end, progress.days.upperBound)
            return Self.share(of: revised, Int(end.dayNumber - first) + 1, of: progress.dayCount)
        }
    }

    /// The plan by the as-of date: revised × share of the year elapsed.
    public var toDate: Int64 { Self.share(of: revised, progress.daysElapsed, of: progress.dayCount) }

    /// `amount × part ÷ whole` rounded half away from zero, exactly (`part` ≤ `whole`).
    static func share(of amount: Int64, _ part: Int, of whole: Int) -> Int64 {
        guard whole > 0 else { return 0 }
        let divisor = UInt64(whole)
        let product = amount.magnitude.multipliedFullWidth(by: UInt64(max(0, min(part, whole))))
        let (quotient, remainder) = divisor.dividingFullWidth(product)
        let rounded = Int64(quotient + (remainder >= divisor - remainder ? 1 : 0))
        return amount < 0 ? -rounded : rounded
    }
}
