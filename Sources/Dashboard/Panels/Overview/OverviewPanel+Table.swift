import Analytics
import LedgerKit

extension OverviewPanel {
    /// The Overview's table: the organisations below the scope, furthest from plan first,
    /// with their budget, payments and position against the straight-line plan.
    static func table(_ state: AppState) -> ViewTable {
        let columns = [
            ViewTable.Column("Organisation", .text), ViewTable.Column("Code", .text),
            ViewTable.Column("Revised", .money), ViewTable.Column("Paid", .money),
            ViewTable.Column("Paid of revised", .ratio), ViewTable.Column("Year elapsed", .ratio),
            ViewTable.Column("Ahead of plan", .money),
        ]
        let classification = state.store.ledger.classification(.organisation)
        let elapsed = state.overview.progress.share
        let rows: [[ViewTable.Value]] = state.overview.rows.map { row in
            [
                .text(row.name), .text(classification.codes[Int(row.node)]),
                .money(row.execution.revised), .money(row.execution.paid),
                row.execution.executionRate.map(ViewTable.Value.ratio) ?? .empty, .ratio(elapsed),
                .money(row.aheadOfPlan),
            ]
        }
        return ViewTable(view: "overview", currency: state.store.ledger.currency, columns: columns, rows: rows)
    }
}
