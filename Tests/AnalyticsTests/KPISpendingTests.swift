import Analytics
import LedgerKit
import Testing
import TestSupport

/// The join of a KPI's observations with its organisation's spending over the same periods, and
/// cost per unit, on calendars that start in July, April (named by the start) and October.
@Suite("KPI spending and cost per unit")
struct KPISpendingTests {
    typealias Ledger = KPITestLedger

    static func date(_ text: String) -> CivilDate { CivilDate(iso: text)! }

    /// Monthly KPIs on the standard July calendar, with spending in and around January–March 2025.
    static let monthly: LedgerStore = Ledger.store(
        kpis: [
            Ledger.kpi("POT", unit: "potholes", observations: [("2025-01", "4"), ("2025-02", "0"), ("2025-03", "3")]),
            Ledger.kpi("PW-SHARE", organisation: "PW", unit: "%", observations: [("2025-01", "80")]),
            Ledger.kpi("FIN-COUNT", organisation: "FIN", observations: [("2025-01", "2")]),
        ],
        lineItems: [
            Ledger.item("L1", "2025-01-05", "PW-STR", "300.00"),
            Ledger.item("L2", "2025-01-20", "PW-STR", "-40.00", kind: "refund"),
            Ledger.item("L3", "2025-01-31", "PW-STR", "10.00", kind: "adjustment"),
            Ledger.item("L4", "2025-01-15", "PW-STR", "1000.00", kind: "obligation"),
            Ledger.item("L5", "2025-01-15", "PW-PRK", "500.00"),
            Ledger.item("L6", "2024-12-31", "PW-STR", "999.00"),
            Ledger.item("L7", "2025-02-01", "PW-STR", "120.00"),
            Ledger.item("L8", "2025-03-10", "PW-STR", "100.00"),
        ])

    @Test("monthly: calendar months of the organisation's net spending, refunds and adjustments netted, obligations left out")
    func monthlySpending() {
        let report = Self.monthly.kpiOverview().reports[0]
        #expect(report.unitKind == .count)
        #expect(report.periods.map(\.period) == [.month(year: 2025, month: 1), .month(year: 2025, month: 2), .month(year: 2025, month: 3)])
        #expect(report.periods[0].dates == Self.date("2025-01-01")...Self.date("2025-01-31"))
        #expect(report.periods.map(\.value) == [4, 0, 3])
        #expect(report.periods.map(\.spending) == [27_000, 12_000, 10_000])
        #expect(report.periods.map(\.costPerUnit) == [6_750, nil, 3_333], "$67.50; value 0; 100.00 / 3 rounded")
        #expect(report.latestCostPerUnit == 3_333)
    }

    @Test("a parent organisation's KPI counts its subtree; a share has spending but no cost per unit; no spending is 0")
    func subtreeShareAndEmpty() {
        let reports = Self.monthly.kpiOverview().reports
        #expect(reports[1].unitKind == .share)
        #expect(reports[1].periods.map(\.spending) == [77_000])
        #expect(reports[1].periods.map(\.costPerUnit) == [nil])
        #expect(reports[2].periods.map(\.spending) == [0])
        #expect(reports[2].periods.map(\.costPerUnit) == [0])
    }

    @Test("the join agrees with the query core's monthly report of the same organisation")
    func agreesWithCore() {
        let streets = Self.monthly.ledger.classification(.organisation).index(ofCode: "PW-STR")!
        let core = Self.monthly.report(LineItemFilter(organisation: streets), groupedBy: .time(.month))
        let byMonth = Dictionary(uniqueKeysWithValues: core.rows.map { ($0.label, $0.measures.sum) })
        let report = Self.monthly.kpiOverview().reports[0]
        #expect(report.periods.map { byMonth[$0.period.description] ?? 0 } == report.periods.map(\.spending))
    }

    @Test("limiting the overview to a subtree leaves each KPI's spending unchanged")
    func scopedOverview() {
        let publicWorks = Self.monthly.ledger.classification(.organisation).index(ofCode: "PW")!
        let scoped = Self.monthly.kpiOverview(organisation: publicWorks)
        #expect(scoped.reports.map(\.kpi.id) == ["POT", "PW-SHARE"])
        #expect(scoped.reports.map { $0.periods.map(\.spending) } == [[27_000, 12_000, 10_000], [77_000]])
    }

    @Test("quarterly on an April calendar named by its start: FY2025-Q1 is April–June 2025")
    func aprilStart() {
        let publisher = JSONObject.publisher(startMonth: 4, asOf: "2025-12-31").with("fiscalYearNaming", string: "start")
        let report = Ledger.report(
            Ledger.kpi(
                "INS", unit: "inspections", frequency: .quarterly,
                observations: [("FY2024-Q4", "10"), ("FY2025-Q1", "20"), ("FY2025-Q2", "5")]),
            lineItems: [
                Ledger.item("L1", "2024-12-31", "PW-STR", "7.00"),
                Ledger.item("L2", "2025-01-01", "PW-STR", "100.00"),
                Ledger.item("L3", "2025-03-31", "PW-STR", "50.00"),
                Ledger.item("L4", "2025-04-01", "PW-STR", "200.00"),
                Ledger.item("L5", "2025-06-30", "PW-STR", "-20.00", kind: "refund"),
                Ledger.item("L6", "2025-07-01", "PW-STR", "30.00"),
            ],
            publisher: publisher)
        #expect(report.periods.map(\.dates) == [
            Self.date("2025-01-01")...Self.date("2025-03-31"), Self.date("2025-04-01")...Self.date("2025-06-30"),
            Self.date("2025-07-01")...Self.date("2025-09-30"),
        ])
        #expect(report.periods.map(\.spending) == [15_000, 18_000, 3_000])
        #expect(report.periods.map(\.costPerUnit) == [1_500, 900, 600])
    }

    @Test("quarterly on an October calendar named by its end: FY2025-Q1 is October–December 2024")
    func octoberStart() {
        let report = Ledger.report(
            Ledger.kpi("INS", unit: "inspections", frequency: .quarterly, observations: [("FY2025-Q1", "8"), ("FY2025-Q2", "3")]),
            lineItems: [
                Ledger.item("L1", "2024-09-30", "PW-STR", "500.00"),
                Ledger.item("L2", "2024-10-01", "PW-STR", "80.00"),
                Ledger.item("L3", "2024-12-31", "PW-STR", "16.00", kind: "adjustment"),
                Ledger.item("L4", "2025-01-01", "PW-STR", "30.00"),
                Ledger.item("L5", "2025-03-31", "PW-STR", "1.00"),
            ],
            publisher: JSONObject.publisher(startMonth: 10, asOf: "2025-09-30"))
        #expect(report.periods.map(\.dates) == [
            Self.date("2024-10-01")...Self.date("2024-12-31"), Self.date("2025-01-01")...Self.date("2025-03-31"),
        ])
        #expect(report.periods.map(\.spending) == [9_600, 3_100])
        #expect(report.periods.map(\.costPerUnit) == [1_200, 1_033])
    }

    @Test("annual: fiscal years of the ledger's calendar; the year in progress counts what was spent so far")
    func annual() {
        let report = Ledger.report(
            Ledger.kpi(
                "UNITS", unit: "units", frequency: .annual, targets: [("FY2025", "4")],
                observations: [("FY2024", "2"), ("FY2025", "5")]),
            lineItems: [
                Ledger.item("L1", "2023-06-30", "PW-STR", "1000.00"),
                Ledger.item("L2", "2023-07-01", "PW-STR", "10.00"),
                Ledger.item("L3", "2024-06-30", "PW-STR", "20.00"),
                Ledger.item("L4", "2024-07-01", "PW-STR", "100.00"),
                Ledger.item("L5", "2025-03-31", "PW-STR", "-50.00", kind: "refund"),
            ])
        #expect(report.periods.map(\.dates) == [
            Self.date("2023-07-01")...Self.date("2024-06-30"), Self.date("2024-07-01")...Self.date("2025-06-30"),
        ])
        #expect(report.periods.map(\.spending) == [3_000, 5_000])
        #expect(report.periods.map(\.costPerUnit) == [1_500, 1_000])
        #expect(report.status == .onTrack)
    }

    @Test("KPI periods map to the query core's periods on the ledger's calendar")
    func periods() {
        let japan = FiscalCalendar(startMonth: 4, startDay: 1, naming: .start)
        let quarter = Period(.fiscalQuarter(fiscalYear: 2025, quarter: 1), calendar: japan)
        #expect(quarter.start == Self.date("2025-04-01"))
        #expect(quarter.end == Self.date("2025-06-30"))
        #expect(quarter.description == "FY2025-Q1")
        let federal = FiscalCalendar(startMonth: 10, startDay: 1, naming: .end)
        let year = Period(.fiscalYear(2025), calendar: federal)
        #expect(year.start == Self.date("2024-10-01"))
        #expect(year.end == Self.date("2025-09-30"))
        let month = Period(.month(year: 2024, month: 2), calendar: federal)
        #expect(month.start...month.end == Self.date("2024-02-01")...Self.date("2024-02-29"))
        #expect(KPIPeriod.fiscalQuarter(fiscalYear: 2025, quarter: 4).firstDay(on: japan) == Self.date("2026-01-01"))
        #expect(KPIPeriod.month(year: 2025, month: 3).bucket == .month)
    }
}
