import Analytics
import Foundation
import LedgerKit
import Testing
import TestSupport

/// The KPI overview of sample-data/riverton, which is generated so that some KPIs are on track
/// and some clearly not. Expected statuses were worked out by hand from kpis.json with the
/// documented 5 % band (as of 2025-03-31).
@Suite("KPIs of the Riverton sample")
struct KPIRivertonTests {
    static let store: LedgerStore? = {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        guard let sources = try? LedgerDiscovery.discover([root.appendingPathComponent("sample-data/riverton").path]),
            let source = sources.first
        else { return nil }
        let load = LedgerLoader.load(source)
        return load.isValid ? LedgerStore(load.ledger) : nil
    }()

    func report(_ overview: KPIOverview, _ id: String) throws -> KPIReport {
        try #require(overview.reports.first { $0.kpi.id == id })
    }

    @Test("some KPIs are on track, some at risk, some off track")
    func statusCounts() throws {
        let overview = try #require(Self.store, "sample-data/riverton must load").kpiOverview()
        #expect(overview.asOf == CivilDate(iso: "2025-03-31"))
        #expect(overview.counts.total == 37)
        #expect(overview.counts.onTrack == 13)
        #expect(overview.counts.atRisk == 11)
        #expect(overview.counts.offTrack == 13)
        #expect(overview.counts.noTarget == 0)
        #expect(overview.counts.noData == 0)
    }

    @Test("the headline KPIs: 911 answer time and potholes off track and worsening, EMS responses on track")
    func headlines() throws {
        let overview = try #require(Self.store).kpiOverview()
        let answerTime = try report(overview, "POL-911")
        #expect(answerTime.latest?.period == .month(year: 2025, month: 3))
        #expect(answerTime.latest?.value == 12.5)
        #expect(answerTime.target == 10)
        #expect(answerTime.status == .offTrack)
        #expect(answerTime.trend?.direction == .worsening)
        #expect(answerTime.unitKind == .duration)
        #expect(answerTime.periods.count == 33)
        #expect(answerTime.latestCostPerUnit == nil)
        let potholes = try report(overview, "PW-POT")
        #expect(potholes.status == .offTrack)
        #expect(potholes.trend?.direction == .worsening)
        #expect(try report(overview, "FIR-EMS").status == .onTrack)
        #expect(try report(overview, "POL-P1").status == .atRisk)
        #expect(try report(overview, "FIN-AUD").status == .onTrack, "3 audit findings against a target of 3")
        #expect(try report(overview, "PW-CST").unitKind == .currency)
    }

    @Test("cost per fire inspection: the program's spending in FY2025-Q3 over the inspections, matching the query core")
    func costPerInspection() throws {
        let store = try #require(Self.store)
        let inspections = try report(store.kpiOverview(), "FIR-INS")
        let latest = try #require(inspections.periods.last)
        #expect(latest.period == .fiscalQuarter(fiscalYear: 2025, quarter: 3))
        #expect(latest.dates == CivilDate(iso: "2025-01-01")!...CivilDate(iso: "2025-03-31")!)
        #expect(latest.value == 1304)
        let program = inspections.kpi.organisation
        let spent = store.report(LineItemFilter(organisation: program, dates: latest.dates), groupedBy: .lineItemKind).total.sum
        #expect(spent > 0)
        #expect(latest.spending == spent)
        let exact = Double(spent) / 1304
        #expect(try abs(Double(#require(latest.costPerUnit)) - exact) <= 0.5)
    }

    @Test("the police department's subtree has its five KPIs")
    func policeSubtree() throws {
        let store = try #require(Self.store)
        let police = try #require(store.ledger.classification(.organisation).index(ofCode: "POL"))
        let overview = store.kpiOverview(organisation: police)
        #expect(overview.reports.map(\.kpi.id) == ["POL-911", "POL-P1", "POL-CLR", "POL-CRM", "POL-TRN"])
        #expect(overview.counts.offTrack == 1)
    }
}
