import Analytics
import LedgerKit

extension SpendingPanel {
    /// The Spending panel's table: one row per period of the year (paid, the same period of
    /// the year before, the running total and the plan), then the categories and the vendors
    /// as the lists show them. The `Section` column says which part a row belongs to.
    static func table(_ state: AppState) -> ViewTable {
        let columns = [
            ViewTable.Column("Section", .text), ViewTable.Column("Name", .text),
            ViewTable.Column("Start", .date), ViewTable.Column("End", .date),
            ViewTable.Column("Paid", .money), ViewTable.Column("Previous year", .money),
            ViewTable.Column("Cumulative", .money), ViewTable.Column("Plan", .money),
            ViewTable.Column("Items", .count), ViewTable.Column("Share", .ratio),
        ]
        let currency = state.store.ledger.currency
        guard let report = state.spending else {
            return ViewTable(view: Panel.spending.exportName, currency: currency, columns: columns, rows: [])
        }
        let series = report.series
        let elapsed = series.elapsedPeriods
        var rows: [[ViewTable.Value]] = series.current.periods.indices.map { index in
            let period = series.current.periods[index]
            let started = index < elapsed
            return [
                .text("period"), .text(period.description), .date(period.start), .date(period.end),
                started ? .money(series.current.amounts[index]) : .empty, .money(series.previous.amounts[index]),
                started ? .money(series.current.cumulative[index]) : .empty,
                report.plan.map { .money($0.cumulative[index]) } ?? .empty, .empty, .empty,
            ]
        }
        for (section, list) in [("category", report.categories), ("vendor", report.vendors)] {
            rows += list.map { row in
                [.text(section), .text(row.name), .empty, .empty, .money(row.measures.sum), .empty, .empty, .empty,
                 .count(row.measures.count), .ratio(row.share)]
            }
        }
        return ViewTable(view: Panel.spending.exportName, currency: currency, columns: columns, rows: rows)
    }
}
