import Analytics
import LedgerKit
import Testing
import TestSupport

/// Small in-memory ledgers for the KPI tests: organisations PW › PW-STR, PW-PRK and FIN on the
/// standard test publisher (USD, July 1 fiscal year named by its end, as of 2025-03-31).
enum KPITestLedger {
    static let classifications = """
        {"organisation": [{"code": "PW", "name": "Public Works"}, {"code": "PW-STR", "name": "Streets", "parent": "PW"}, \
        {"code": "PW-PRK", "name": "Parks", "parent": "PW"}, {"code": "FIN", "name": "Finance"}], \
        "category": [{"code": "CONT", "name": "Contracts"}], "fund": [{"code": "GF", "name": "General Fund"}]}
        """

    /// A KPI object; `targets` and `observations` are (period, raw JSON number) pairs.
    static func kpi(
        _ id: String, organisation: String = "PW-STR", unit: String = "count", direction: KPIDirection = .higher,
        frequency: KPIFrequency = .monthly, baseline: (String, String)? = nil, targets: [(String, String)] = [],
        observations: [(String, String)] = []
    ) -> String {
        func pairs(_ values: [(String, String)]) -> String {
            "[" + values.map { "{\"period\": \"\($0.0)\", \"value\": \($0.1)}" }.joined(separator: ", ") + "]"
        }
        var object = JSONObject.kpi(id: id, frequency: frequency.rawValue).with("organisation", string: organisation)
            .with("unit", string: unit).with("direction", string: direction.rawValue)
        if let baseline { object = object.with("baseline", "{\"period\": \"\(baseline.0)\", \"value\": \(baseline.1)}") }
        if !targets.isEmpty { object = object.with("targets", pairs(targets)) }
        if !observations.isEmpty { object = object.with("observations", pairs(observations)) }
        return object.text
    }

    /// A line item of `organisation` with an amount in major units, e.g. "-20.00".
    static func item(_ id: String, _ date: String, _ organisation: String, _ amount: String, kind: String = "payment") -> String {
        JSONObject.lineItem(id: id, date: date, kind: kind, amount: "\"\(amount)\"").with("organisation", string: organisation).text
    }

    /// The store of a ledger with `kpis` and `lineItems`, on `publisher`.
    static func store(kpis: [String], lineItems: [String] = [], publisher: JSONObject = .publisher()) -> LedgerStore {
        var document = LedgerDocument()
        document.publisher = publisher.text
        document.classifications = classifications
        document.kpis = kpis
        document.lineItems = lineItems.isEmpty ? nil : lineItems
        let load = LedgerFixture.load([("ledger.json", document.text)])
        precondition(load.isValid, "\(load.report)")
        return LedgerStore(load.ledger)
    }

    /// The report of the only KPI of a ledger with `kpi`.
    static func report(_ kpi: String, lineItems: [String] = [], publisher: JSONObject = .publisher()) -> KPIReport {
        store(kpis: [kpi], lineItems: lineItems, publisher: publisher).kpiOverview().reports[0]
    }
}

/// Status of the latest observation against its target: both directions, the band edges, a
/// target of 0, no target and no observation. Values are chosen so that the band is exact in binary.
@Suite("KPI status")
struct KPIStatusTests {
    let rules = KPIRules.standard

    @Test("higher is better: on track at or above the target, at risk down to 5 % below, off track beyond")
    func higherIsBetter() {
        #expect(rules.toleranceBand(target: 100, scale: 0) == 5)
        #expect(rules.status(of: 120, target: 100, direction: .higher, scale: 0) == .onTrack)
        #expect(rules.status(of: 100, target: 100, direction: .higher, scale: 0) == .onTrack)
        #expect(rules.status(of: 99.5, target: 100, direction: .higher, scale: 0) == .atRisk)
        #expect(rules.status(of: 95, target: 100, direction: .higher, scale: 0) == .atRisk)
        #expect(rules.status(of: 94.75, target: 100, direction: .higher, scale: 0) == .offTrack)
        #expect(rules.status(of: 85.5, target: 90, direction: .higher, scale: 0) == .atRisk, "band 4.5")
        #expect(rules.status(of: 85.25, target: 90, direction: .higher, scale: 0) == .offTrack)
    }

    @Test("lower is better, mirrored: on track at or below the target, at risk up to 5 % above, off track beyond")
    func lowerIsBetter() {
        #expect(rules.status(of: 8, target: 10, direction: .lower, scale: 0) == .onTrack)
        #expect(rules.status(of: 10, target: 10, direction: .lower, scale: 0) == .onTrack)
        #expect(rules.status(of: 10.5, target: 10, direction: .lower, scale: 0) == .atRisk)
        #expect(rules.status(of: 10.625, target: 10, direction: .lower, scale: 0) == .offTrack)
        #expect(rules.status(of: 95, target: 100, direction: .lower, scale: 0) == .onTrack)
        #expect(rules.status(of: 105, target: 100, direction: .lower, scale: 0) == .atRisk)
    }

    @Test("a negative target takes its band from its magnitude")
    func negativeTarget() {
        #expect(rules.status(of: -10.5, target: -10, direction: .higher, scale: 0) == .atRisk)
        #expect(rules.status(of: -11, target: -10, direction: .higher, scale: 0) == .offTrack)
    }

    @Test("a target of 0 takes its band from the KPI's scale; with no scale only meeting it is on track")
    func zeroTarget() {
        #expect(rules.toleranceBand(target: 0, scale: 40) == 2)
        #expect(rules.status(of: 0, target: 0, direction: .lower, scale: 40) == .onTrack)
        #expect(rules.status(of: 2, target: 0, direction: .lower, scale: 40) == .atRisk)
        #expect(rules.status(of: 2.5, target: 0, direction: .lower, scale: 40) == .offTrack)
        #expect(rules.status(of: -2, target: 0, direction: .higher, scale: 40) == .atRisk)
        #expect(rules.status(of: 0, target: 0, direction: .lower, scale: 0) == .onTrack)
        #expect(rules.status(of: 0.25, target: 0, direction: .lower, scale: 0) == .offTrack)
    }

    @Test("a wider tolerance widens the band")
    func customTolerance() {
        let loose = KPIRules(tolerancePercent: 10)
        #expect(loose.toleranceBand(target: 80, scale: 0) == 8)
        #expect(loose.status(of: 72, target: 80, direction: .higher, scale: 0) == .atRisk)
        #expect(rules.status(of: 72, target: 80, direction: .higher, scale: 0) == .offTrack)
    }

    @Test("a ledger KPI with a zero target: the scale is the largest value among baseline, targets and observations")
    func zeroTargetInLedger() {
        let fatalities = KPITestLedger.kpi(
            "KPI-ZERO", unit: "deaths", direction: .lower, baseline: ("2024-06", "40"),
            targets: [("2024-07", "0"), ("2024-08", "0")], observations: [("2024-07", "3"), ("2024-08", "2")])
        let report = KPITestLedger.report(fatalities)
        #expect(report.target == 0)
        #expect(report.latest?.value == 2)
        #expect(report.status == .atRisk, "band 5 % of 40 = 2")
        #expect(report.baseline?.period == .month(year: 2024, month: 6))
        #expect(report.baseline?.value == 40)
    }

    @Test("the latest observation is judged against the target of its own period")
    func targetOfLatestPeriod() {
        let kpi = KPITestLedger.kpi(
            "KPI-1", targets: [("2025-01", "100"), ("2025-02", "90")], observations: [("2025-01", "80"), ("2025-02", "88")])
        let report = KPITestLedger.report(kpi)
        #expect(report.latest?.period == .month(year: 2025, month: 2))
        #expect(report.target == 90)
        #expect(report.status == .atRisk)
    }

    @Test("no target for the latest period gives noTarget, even when earlier periods have one")
    func noTarget() {
        let kpi = KPITestLedger.kpi("KPI-1", targets: [("2025-01", "100")], observations: [("2025-01", "120"), ("2025-02", "130")])
        let report = KPITestLedger.report(kpi)
        #expect(report.target == nil)
        #expect(report.status == .noTarget)
        #expect(report.latest?.value == 130)
    }

    @Test("no observations gives noData, with nothing to trend or join")
    func noObservations() {
        let report = KPITestLedger.report(KPITestLedger.kpi("KPI-1", targets: [("2025-01", "100")]))
        #expect(report.status == .noData)
        #expect(report.latest == nil)
        #expect(report.target == nil)
        #expect(report.trend == nil)
        #expect(report.periods.isEmpty)
        #expect(report.latestCostPerUnit == nil)
    }

    @Test("observations of periods starting after the as-of date are left out")
    func asOfCutoff() {
        let kpi = KPITestLedger.kpi(
            "KPI-1", targets: [("2025-03", "100"), ("2025-04", "100")], observations: [("2025-03", "100"), ("2025-04", "50")])
        let store = KPITestLedger.store(kpis: [kpi])
        let published = store.kpiOverview()
        #expect(published.asOf == CivilDate(iso: "2025-03-31"))
        #expect(published.reports[0].latest?.period == .month(year: 2025, month: 3))
        #expect(published.reports[0].status == .onTrack)
        let later = store.kpiOverview(asOf: CivilDate(iso: "2025-04-01"))
        #expect(later.reports[0].status == .offTrack)
        let earlier = store.kpiOverview(asOf: CivilDate(iso: "2025-02-28"))
        #expect(earlier.reports[0].status == .noData)
    }

    @Test("the overview counts statuses and can be limited to an organisation's subtree")
    func overviewCounts() {
        let store = KPITestLedger.store(kpis: [
            KPITestLedger.kpi("ON", organisation: "PW-STR", targets: [("2025-01", "10")], observations: [("2025-01", "12")]),
            KPITestLedger.kpi("RISK", organisation: "PW-PRK", targets: [("2025-01", "10")], observations: [("2025-01", "9.5")]),
            KPITestLedger.kpi("OFF", organisation: "PW", targets: [("2025-01", "10")], observations: [("2025-01", "5")]),
            KPITestLedger.kpi(
                "FIN-OFF", organisation: "FIN", direction: .lower, targets: [("2025-01", "10")], observations: [("2025-01", "11")]),
            KPITestLedger.kpi("NO-TARGET", organisation: "FIN", observations: [("2025-01", "1")]),
            KPITestLedger.kpi("NO-DATA", organisation: "FIN"),
        ])
        let all = store.kpiOverview()
        #expect(all.reports.map(\.kpi.id) == ["ON", "RISK", "OFF", "FIN-OFF", "NO-TARGET", "NO-DATA"])
        #expect(all.reports.map(\.status) == [.onTrack, .atRisk, .offTrack, .offTrack, .noTarget, .noData])
        #expect([all.counts.onTrack, all.counts.atRisk, all.counts.offTrack, all.counts.noTarget, all.counts.noData] == [1, 1, 2, 1, 1])
        #expect(all.counts[.offTrack] == 2)
        #expect(all.counts.total == 6)
        let publicWorks = store.kpiOverview(organisation: store.ledger.classification(.organisation).index(ofCode: "PW"))
        #expect(publicWorks.reports.map(\.kpi.id) == ["ON", "RISK", "OFF"])
        #expect([publicWorks.counts.onTrack, publicWorks.counts.atRisk, publicWorks.counts.offTrack] == [1, 1, 1])
        let streets = store.kpiOverview(organisation: store.ledger.classification(.organisation).index(ofCode: "PW-STR"))
        #expect(streets.reports.map(\.kpi.id) == ["ON"])
    }
}
