import Analytics
import LedgerKit

extension KPIsPanel {
    /// The KPIs panel's table: every KPI of the scope in the order shown, with its status,
    /// latest value, target, trend, latest period's spending and cost per unit; with a KPI open,
    /// that KPI's period table.
    static func table(_ state: AppState) -> ViewTable {
        let currency = state.store.ledger.currency
        guard let list = state.kpiList else {
            return ViewTable(view: Panel.kpis.exportName, currency: currency, columns: [], rows: [])
        }
        if let open = state.openKPI, let row = list.row(ofLedgerIndex: open) {
            return periodTable(list.reports[row], rules: state.overview.kpis.rules, currency: currency)
        }
        let columns = [
            ViewTable.Column("KPI", .text), ViewTable.Column("Id", .text), ViewTable.Column("Organisation", .text),
            ViewTable.Column("Status", .text), ViewTable.Column("Unit", .text), ViewTable.Column("Period", .text),
            ViewTable.Column("Latest", .number), ViewTable.Column("Target", .number), ViewTable.Column("Baseline", .number),
            ViewTable.Column("Trend", .text), ViewTable.Column("Spending", .money), ViewTable.Column("Cost per unit", .money),
        ]
        let rows: [[ViewTable.Value]] = list.reports.indices.map { index in
            let report = list.reports[index]
            return [
                .text(report.kpi.name), .text(report.kpi.id), .text(list.organisations[index]),
                .text(badge(report.status, glyphs: .ascii).words), .text(report.kpi.unit),
                report.latest.map { .text($0.period.description) } ?? .empty,
                report.latest.map { .number($0.value) } ?? .empty, report.target.map { .number($0) } ?? .empty,
                report.baseline.map { .number($0.value) } ?? .empty,
                report.trend.map { .text($0.direction.rawValue) } ?? .empty,
                report.periods.last.map { .money($0.spending) } ?? .empty,
                report.latestCostPerUnit.map { .money($0) } ?? .empty,
            ]
        }
        return ViewTable(view: Panel.kpis.exportName, currency: currency, columns: columns, rows: rows)
    }

    /// One KPI's periods, newest first, as its period table shows them.
    private static func periodTable(_ report: KPIReport, rules: KPIRules, currency: Currency) -> ViewTable {
        let columns = [
            ViewTable.Column("Period", .text), ViewTable.Column("Start", .date), ViewTable.Column("End", .date),
            ViewTable.Column("Value", .number), ViewTable.Column("Target", .number), ViewTable.Column("Status", .text),
            ViewTable.Column("Spending", .money), ViewTable.Column("Cost per unit", .money),
        ]
        let dates = Dictionary(report.periods.map { ($0.period, $0.dates) }, uniquingKeysWith: { first, _ in first })
        let rows: [[ViewTable.Value]] = periodRows(report, rules: rules).map { row in
            [
                .text(row.period.description), dates[row.period].map { .date($0.lowerBound) } ?? .empty,
                dates[row.period].map { .date($0.upperBound) } ?? .empty, .number(row.value),
                row.target.map { .number($0) } ?? .empty, row.status.map { .text(badge($0, glyphs: .ascii).words) } ?? .empty,
                .money(row.spending), row.costPerUnit.map { .money($0) } ?? .empty,
            ]
        }
        return ViewTable(view: Panel.kpis.exportName, currency: currency, columns: columns, rows: rows)
    }
}
