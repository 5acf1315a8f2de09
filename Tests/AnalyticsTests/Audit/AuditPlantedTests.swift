import Analytics
import Foundation
import LedgerKit
import SampleLedgers
import Testing
import TestSupport

/// Recall on planted anomalies, and the flags the rules raise on data nobody planted anything in.
@Suite("Audit: planted anomalies and sample data")
struct AuditPlantedTests {
    static let planted: (ledger: PlantedLedger, store: LedgerStore) = {
        let ledger = try! SampleLedgers.planted(lineItems: 10_000, seed: 7)
        let load = LedgerFixture.load(bytes: ledger.files.map { ($0.path, $0.bytes) })
        precondition(load.isValid, "\(load.report.prefix(5))")
        return (ledger, LedgerStore(load.ledger))
    }()

    @Test("every planted anomaly is found by its rule (recall 100 %), with the default parameters")
    func recall() throws {
        let (ledger, store) = Self.planted
        let report = store.audit(AuditParameters(ledger: store.ledger))
        var rowOfId: [String: Int32] = [:]
        for row in 0..<store.ledger.lineItems.count { rowOfId[store.ledger.lineItems.ids[row]] = Int32(row) }
        #expect(Set(ledger.anomalies.map(\.rule)) == Set(AuditRule.allCases.map(\.id)), "one case of every rule")
        for anomaly in ledger.anomalies {
            let rule = try #require(AuditRule.allCases.first { $0.id == anomaly.rule })
            let rows = try anomaly.lineItemIds.map { try #require(rowOfId[$0]) }
            let organisation = try #require(store.ledger.classification(.organisation).index(ofCode: anomaly.organisation))
            switch rule {
            case .yearEndSurge, .benford, .vendorConcentration:
                let finding = report.result(rule).findings.first { $0.subject == .organisation(organisation) }
                #expect(finding != nil, "\(anomaly.rule) in \(anomaly.organisation)")
                if rule == .yearEndSurge { #expect(finding?.fiscalYear == anomaly.fiscalYear) }
            default:
                let flagged = Set(report.rows(rule))
                #expect(rows.allSatisfy(flagged.contains), "\(anomaly.rule): \(anomaly.lineItemIds.prefix(3))")
            }
        }
    }

    @Test("findings on the clean part of the planted ledger (no planted line item), per rule")
    func falsePositivesOnCleanData() {
        let (ledger, store) = Self.planted
        let report = store.audit(AuditParameters(ledger: store.ledger))
        let plantedIds = Set(ledger.anomalies.flatMap(\.lineItemIds))
        let planted = Set((0..<store.ledger.lineItems.count).filter { plantedIds.contains(store.ledger.lineItems.ids[$0]) }.map(Int32.init))
        var counts: [String: Int] = [:]
        for result in report.results {
            counts[result.rule.id] = result.findings.filter { !result.rows(of: $0).rows.contains(where: planted.contains) }.count
        }
        #expect(counts == Self.cleanFindings)
    }

    /// Recorded findings of the rules on the clean part of `planted(lineItems: 10_000, seed: 7)`
    /// (docs/audit-rules.md, "Testing the rules"): re-record them on purpose when a rule or the
    /// generator changes.
    static let cleanFindings = [
        "duplicate-payment": 1, "duplicate-invoice": 0, "split-purchase": 3, "round-amounts": 0, "weekend-payment": 8,
        "holiday-payment": 0, "year-end-surge": 36, "benford": 12, "vendor-concentration": 2, "outlier": 2,
        "no-budget-line": 4, "overspent-budget-line": 96,
    ]

    @Test("findings on the sample ledgers, per rule", arguments: ["riverton", "aozora"])
    func sampleData(_ name: String) throws {
        var root = URL(fileURLWithPath: #filePath)
        for _ in 0..<4 { root.deleteLastPathComponent() }
        let source = try #require(try LedgerDiscovery.discover([root.appendingPathComponent("sample-data/\(name)").path]).first)
        let load = LedgerLoader.load(source)
        let store = LedgerStore(load.ledger)
        let report = store.audit(AuditParameters(ledger: store.ledger))
        let counts = Dictionary(uniqueKeysWithValues: report.results.map { ($0.rule.id, $0.count) })
        #expect(counts == Self.sampleFindings[name])
    }

    /// Recorded findings of the rules on the committed sample ledgers (which the generator mixes
    /// invoices paid twice and split purchases into).
    static let sampleFindings = [
        "riverton": [
            "duplicate-payment": 52, "duplicate-invoice": 36, "split-purchase": 77, "round-amounts": 0, "weekend-payment": 55,
            "holiday-payment": 0, "year-end-surge": 29, "benford": 20, "vendor-concentration": 3, "outlier": 4,
            "no-budget-line": 4, "overspent-budget-line": 95,
        ],
        "aozora": [
            "duplicate-payment": 6, "duplicate-invoice": 6, "split-purchase": 2, "round-amounts": 0, "weekend-payment": 11,
            "holiday-payment": 0, "year-end-surge": 8, "benford": 6, "vendor-concentration": 1, "outlier": 2,
            "no-budget-line": 1, "overspent-budget-line": 19,
        ],
    ]
}
