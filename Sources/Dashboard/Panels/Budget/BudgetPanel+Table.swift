import Analytics
import LedgerKit

extension BudgetPanel {
    /// The Budget panel's table: every node below the tree's root, opened or not, depth-first in
    /// the panel's order, then the totals row; levels count from 1 below the root.
    static func table(_ state: AppState) -> ViewTable {
        let columns = [
            ViewTable.Column("Level", .count), ViewTable.Column("Code", .text),
            ViewTable.Column(BudgetColumns.Column.name.title(classification: state.budget.classification.rawValue), .text),
            ViewTable.Column("Adopted", .money), ViewTable.Column("Revised", .money), ViewTable.Column("Paid", .money),
            ViewTable.Column("Remaining", .money), ViewTable.Column("Executed", .ratio), ViewTable.Column("Projection", .money),
            ViewTable.Column("Variance", .money), ViewTable.Column("Variance %", .ratio),
            ViewTable.Column("Overspent budget lines", .count), ViewTable.Column("Without a budget line", .money),
        ]
        var everything = state.budget
        let index = state.store.hierarchy(everything.classification)
        everything.expanded = Set(index.preorder)
        everything.layOut(store: state.store, sort: BudgetSort(state.sort(for: .budget)))
        let codes = state.store.ledger.classification(everything.classification).codes
        var rows = everything.rows.map { row in
            values(level: .count(row.depth + 1), code: row.node.map { .text(codes[Int($0)]) } ?? .empty, name: row.label, row.execution)
        }
        if let totals = everything.totals {
            rows.append(values(level: .empty, code: .empty, name: "Total", totals))
        }
        return ViewTable(view: Panel.budget.exportName, currency: state.store.ledger.currency, columns: columns, rows: rows)
    }

    /// One row of the table.
    private static func values(level: ViewTable.Value, code: ViewTable.Value, name: String, _ execution: BudgetExecution) -> [ViewTable.Value] {
        let variance = execution.outturn?.againstRevised
        return [
            level, code, .text(name),
            .money(execution.adopted), .money(execution.revised), .money(execution.paid), .money(execution.remaining),
            execution.executionRate.map(ViewTable.Value.ratio) ?? .empty,
            execution.projection.preferred.map(ViewTable.Value.money) ?? .empty,
            variance.map { .money($0.amount) } ?? .empty,
            variance?.rate.map(ViewTable.Value.ratio) ?? .empty,
            .count(execution.overspentBudgetLines), .money(execution.unbudgeted.amount),
        ]
    }
}
