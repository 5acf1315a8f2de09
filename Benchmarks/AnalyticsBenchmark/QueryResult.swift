import Analytics
import LedgerKit

/// Count, sum, smallest and largest amount of some line items, in minor units (0 when empty).
struct Totals: Codable, Hashable {
    var count = 0
    var sum: Int64 = 0
    var min: Int64 = 0
    var max: Int64 = 0

    /// The measures of a report row or total.
    init(_ measures: Measures) {
        count = measures.count
        sum = measures.sum
        min = measures.minimum
        max = measures.maximum
    }
}

/// What a timed query produced, kept as the engine returned it so that turning it into a
/// `QueryResult` (labels, JSON) stays outside the timed part.
enum QueryOutput {
    /// A grouped report.
    case report(Report)
    /// Grouped report rows already reordered or cut (top N), with the report's total.
    case reportRows([ReportRow], total: Measures)
    /// Selected rows and their totals; `ordered` rows are listed in the result (first 20).
    case rows([Int32], Totals, ordered: Bool)
    /// A budget-execution report.
    case budget(BudgetExecutionReport)
    /// A KPI overview.
    case kpis(KPIOverview)
}

/// One row of a query's result, comparable across engines: a group label and its totals.
struct ResultRow: Codable, Hashable {
    let label: String
    let totals: Totals
}

/// A query's result in a form both GovLens and the DuckDB reference print, so that the
/// comparison script can check that the two computed the same thing.
struct QueryResult: Codable {
    /// Group rows (reports), or the first rows in order (sorted selections); empty for plain selections.
    let rows: [ResultRow]
    /// Totals over everything the query selected.
    let total: Totals

    /// The comparable form of `output`.
    init(_ output: QueryOutput, store: LedgerStore) {
        switch output {
        case .report(let report):
            rows = report.rows.map { ResultRow(label: $0.label, totals: Totals($0.measures)) }
            total = Totals(report.total)
        case .reportRows(let reportRows, let measures):
            rows = reportRows.map { ResultRow(label: $0.label, totals: Totals($0.measures)) }
            total = Totals(measures)
        case .rows(let selected, let totals, let ordered):
            let amounts = store.ledger.lineItems.amounts
            rows = ordered ? selected.prefix(20).enumerated().map { index, row in
                let amount = amounts[Int(row)]
                return ResultRow(label: String(index + 1), totals: Totals(count: 1, sum: amount, min: amount, max: amount))
            } : []
            total = totals
        case .budget(let report):
            rows = report.rows.filter { $0.depth == 0 }.flatMap { QueryResult.budgetRows($0.label, $0.execution) }
            total = Totals(count: report.totals.lineItemCount, sum: report.totals.paid, min: 0, max: 0)
        case .kpis(let overview):
            rows = overview.reports.map { report in
                ResultRow(label: "\(report.kpi.id) · \(report.status.rawValue)",
                          totals: Totals(count: report.periods.count, sum: report.periods.reduce(0) { $0 + $1.spending }, min: 0, max: 0))
            }
            total = Totals(count: rows.count, sum: rows.reduce(0) { $0 + $1.totals.sum }, min: 0, max: 0)
        }
    }

    /// The measures of one node's budget execution that the DuckDB reference computes too, one
    /// row each, labelled "name · measure": adopted, revised, obligated, paid (sums) and the
    /// number of line items of the year (count).
    static func budgetRows(_ label: String, _ execution: BudgetExecution) -> [ResultRow] {
        let sums: [(String, Int64)] = [
            ("adopted", execution.adopted), ("revised", execution.revised),
            ("obligated", execution.obligated), ("paid", execution.paid),
        ]
        return sums.map { ResultRow(label: "\(label) · \($0.0)", totals: Totals(count: 0, sum: $0.1, min: 0, max: 0)) }
            + [ResultRow(label: "\(label) · line items", totals: Totals(count: execution.lineItemCount, sum: 0, min: 0, max: 0))]
    }
}

extension Totals {
    /// Totals with the given values.
    init(count: Int, sum: Int64, min: Int64, max: Int64) {
        self.count = count
        self.sum = sum
        self.min = min
        self.max = max
    }
}
