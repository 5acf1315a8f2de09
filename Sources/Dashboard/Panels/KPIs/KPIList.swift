import Analytics
import LedgerKit
import Widgets

/// The KPIs panel's rows: the organisation scope's KPIs as judged for the Overview, in the
/// order the user sorted them (worst status first by default), each with its index in the
/// ledger's KPI list (the index a `.kpi` drill step names).
public struct KPIList: Sendable {
    /// The KPIs in the order shown.
    public let reports: [KPIReport]
    /// For each row, the KPI's index in the ledger's KPI list.
    public let ledgerIndices: [Int]
    /// For each row, the name of the KPI's organisation.
    public let organisations: [String]
    /// How many KPIs have each status.
    public let counts: KPIStatusCounts

    /// The rows of `overview` (the scope's KPIs) in `sort`'s order.
    ///
    /// - Complexity: O(KPIs × log KPIs).
    init(overview: KPIOverview, store: LedgerStore, sort: TableSort?) {
        var indexOfID: [String: Int] = [:]
        for (index, kpi) in store.ledger.kpis.enumerated() { indexOfID[kpi.id] = index }
        let rows = overview.reports.map { report in
            (report: report, index: indexOfID[report.kpi.id] ?? 0, organisation: store.name(of: report.kpi.organisation, in: .organisation))
        }
        let column = sort?.column ?? 0
        let ascending = sort?.direction == .ascending
        let ordered = rows.enumerated().sorted { lhs, rhs in
            let (left, right) = (lhs.element, rhs.element)
            let order: Bool? = switch column {
            case 0 where Self.severity(left.report.status) != Self.severity(right.report.status):
                ascending != (Self.severity(left.report.status) > Self.severity(right.report.status))
            case 1 where left.report.kpi.name != right.report.kpi.name:
                ascending == (left.report.kpi.name < right.report.kpi.name)
            case 2 where left.organisation != right.organisation:
                ascending == (left.organisation < right.organisation)
            case 3 where left.report.latestCostPerUnit != right.report.latestCostPerUnit:
                Self.costFirst(left.report.latestCostPerUnit, right.report.latestCostPerUnit, ascending: ascending)
            default: nil
            }
            return order ?? (lhs.offset < rhs.offset)
        }.map(\.element)
        reports = ordered.map(\.report)
        ledgerIndices = ordered.map(\.index)
        organisations = ordered.map(\.organisation)
        counts = overview.counts
    }

    /// The titles of the columns `s` cycles through, in order.
    static let sortColumns = ["status", "name", "organisation", "cost per unit"]

    /// How bad a status is: off track 4, at risk 3, no data 2, no target 1, on track 0; the
    /// default order (descending) puts the worst first.
    static func severity(_ status: KPIStatus) -> Int {
        switch status {
        case .offTrack: 4
        case .atRisk: 3
        case .noData: 2
        case .noTarget: 1
        case .onTrack: 0
        }
    }

    /// Whether `left` comes before `right` when sorting by cost per unit; KPIs without one last.
    private static func costFirst(_ left: Int64?, _ right: Int64?, ascending: Bool) -> Bool {
        switch (left, right) {
        case let (left?, right?): ascending ? left < right : left > right
        case (.some, nil): true
        default: false
        }
    }

    /// The row showing the KPI at `ledgerIndex` of the ledger's KPI list, if it is listed.
    func row(ofLedgerIndex ledgerIndex: Int) -> Int? {
        ledgerIndices.firstIndex(of: ledgerIndex)
    }
}
