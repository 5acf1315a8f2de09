import Analytics
import LedgerKit

/// One named query: its name (shared with `Benchmarks/duckdb_reference.py`, which runs the same
/// question in SQL), what it asks, and the timed work.
struct BenchmarkQuery {
    /// Stable name; `@agency` marks the variant restricted to the benchmark's agency.
    let name: String
    /// What it asks, in words.
    let summary: String
    /// The timed work: everything a panel would do to get its numbers.
    let run: (LedgerStore) -> QueryOutput
}

/// The table of named queries. To benchmark a new engine query, add one entry here and one
/// with the same name in `QUERIES` of `Benchmarks/duckdb_reference.py`.
///
/// Filter queries select line items and total them (the rows a line-item panel lists);
/// grouping queries build a report. All of them look at spending (payments, refunds and
/// adjustments), the engine's default.
enum QueryCatalog {
    /// Every query, in report order.
    static func queries(_ parameters: BenchmarkParameters) -> [BenchmarkQuery] {
        filters(parameters) + groupings(parameters) + panels(parameters)
    }

    /// Selections: one condition each, over all spending and over one agency.
    static func filters(_ p: BenchmarkParameters) -> [BenchmarkQuery] {
        var queries = [
            selection("select-all", "all spending, no condition", LineItemFilter()),
            selection("select-agency", "organisation subtree: the agency", LineItemFilter(organisation: p.agency)),
            selection("select-program", "organisation subtree: one program", LineItemFilter(organisation: p.program)),
        ]
        let conditions: [(String, String, LineItemFilter)] = [
            ("select-category", "category subtree", LineItemFilter(category: p.category)),
            ("select-vendor-kind", "vendor kind \(p.vendorKind.rawValue)", LineItemFilter(vendorKinds: [p.vendorKind])),
            ("select-quarter", "dates in \(p.quarter)", LineItemFilter(dates: p.quarter.start...p.quarter.end)),
            ("select-amount", "amount in 10,000–100,000", LineItemFilter(amounts: p.amounts)),
            ("select-text", "text search \"\(p.text)\"", LineItemFilter(text: p.text)),
        ]
        for (name, summary, filter) in conditions {
            queries.append(selection(name, summary, filter))
            var scoped = filter
            scoped.organisation = p.agency
            queries.append(selection(name + "@agency", summary + ", one agency", scoped))
        }
        return queries
    }

    /// Grouped reports, over all spending and over one agency.
    static func groupings(_ p: BenchmarkParameters) -> [BenchmarkQuery] {
        let groupings: [(String, String, Grouping)] = [
            ("by-agency", "by agency", .classification(.organisation, depth: 0)),
            ("by-program", "by program", .classification(.organisation, depth: 1)),
            ("by-category", "by category", .classification(.category, depth: 0)),
            ("by-vendor", "by vendor", .vendor),
            ("by-vendor-kind", "by vendor kind", .vendorKind),
            ("by-month", "by month", .time(.month)),
            ("by-quarter", "by fiscal quarter", .time(.quarter)),
            ("by-fiscal-year", "by fiscal year", .time(.fiscalYear)),
        ]
        var queries: [BenchmarkQuery] = []
        for (name, summary, grouping) in groupings {
            queries.append(report(name, summary, LineItemFilter(), grouping))
            queries.append(report(name + "@agency", summary + ", one agency", LineItemFilter(organisation: p.agency), grouping))
        }
        return queries
    }

    /// The questions of issue 3's panels that combine a filter, a grouping and an ordering, the
    /// budget-execution report and the KPI overview.
    static func panels(_ p: BenchmarkParameters) -> [BenchmarkQuery] {
        [
            report("fy-totals-by-agency", "totals by agency for \(p.fiscalYear)",
                   LineItemFilter(dates: p.fiscalYear.start...p.fiscalYear.end), .classification(.organisation, depth: 0)),
            report("monthly-program", "monthly series of one program", LineItemFilter(organisation: p.program), .time(.month)),
            BenchmarkQuery(name: "top20-vendors@agency", summary: "top 20 vendors of the agency by amount") { store in
                let report = store.report(LineItemFilter(organisation: p.agency), groupedBy: .vendor)
                let top = report.rows.sorted { ($0.measures.sum, $1.label) > ($1.measures.sum, $0.label) }.prefix(20)
                return .reportRows(Array(top), total: report.total)
            },
            BenchmarkQuery(name: "vendor-items-by-amount", summary: "line items of one vendor, largest amount first") { store in
                let selection = store.select(LineItemFilter(vendor: p.vendor))
                return .rows(store.sortedByAmount(selection), Totals(store.measures(of: selection)), ordered: true)
            },
            BenchmarkQuery(name: "budget-execution", summary: "budget execution by organisation, \(p.fiscalYear)") { store in
                .budget(store.budgetExecution(by: .organisation, fiscalYear: p.fiscalYear.fiscalYear))
            },
            BenchmarkQuery(name: "kpi-overview", summary: "KPI statuses, with spending per observed period") { store in
                .kpis(store.kpiOverview())
            },
        ]
    }

    /// A selection with its totals.
    static func selection(_ name: String, _ summary: String, _ filter: LineItemFilter) -> BenchmarkQuery {
        BenchmarkQuery(name: name, summary: summary) { store in
            let selection = store.select(filter)
            return .rows(selection.rows, Totals(store.measures(of: selection)), ordered: false)
        }
    }

    /// A grouped report.
    static func report(_ name: String, _ summary: String, _ filter: LineItemFilter, _ grouping: Grouping) -> BenchmarkQuery {
        BenchmarkQuery(name: name, summary: summary) { store in .report(store.report(filter, groupedBy: grouping)) }
    }
}
