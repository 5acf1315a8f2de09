import Analytics
import Dashboard
import LedgerKit
import TerminalCore
import Testing
import Widgets

/// The Audit panel through `DashboardApp.update`: the rules in the scope, drilling from a rule
/// to a finding, its line items, one line item and back, the flags those line items carry, the
/// audit arriving after the first frame, and the table behind the panel.
@Suite("Audit panel keys")
struct AuditUpdateTests {
    let store = SampleLedgerStates.riverton
    let report = SampleLedgerStates.rivertonAudit
    let start = SampleLedgerStates.state(SampleLedgerStates.riverton)

    func press(_ keys: [Key], on state: AppState? = nil) -> AppState {
        keys.reduce(state ?? start) { DashboardApp.update($0, .key($1)).0 }
    }

    /// Down `row` times from the first rule.
    func rule(_ rule: AuditRule) -> [Key] {
        [.character("6")] + Array(repeating: Key.down, count: rule.rawValue)
    }

    @Test("6 and Tab after Line items show the Audit panel: every rule, its findings in the year")
    func opening() throws {
        let audit = press([.character("6")])
        #expect(audit.panel == .audit)
        #expect(press([.character("5"), .tab]).panel == .audit)
        #expect(press([.character("6"), .tab]).panel == .overview)
        let scope = try #require(audit.auditScope)
        #expect(scope.rules.map(\.rule) == AuditRule.allCases)
        let selection = Set(store.select(audit.lineItemFilter).rows)
        for summary in scope.rules where summary.rule != .benford {
            let result = report.result(summary.rule)
            for index in result.findings.indices {
                let touches = result.rows(of: result.findings[index]).rows.contains(where: selection.contains)
                #expect(summary.findings.contains(index) == touches, "\(summary.rule.id) finding \(index + 1)")
            }
            #expect(summary.amount == summary.findings.reduce(0) { $0 + result.findings[$1].amount })
        }
        #expect(scope.flaggedLineItemCount == selection.filter { !report.flags(of: $0).isEmpty }.count)
    }

    @Test("Enter on a rule lists its findings; on a finding, exactly its line items; then one line item; Back retraces")
    func drillAndBack() throws {
        let findings = press(rule(.splitPurchase) + [.enter])
        #expect(findings.panel == .audit && findings.openAuditRule == .splitPurchase)
        #expect(findings.drillSteps == [.auditRule(.splitPurchase)])
        let index = try #require(findings.auditScope?.summary(.splitPurchase).findings[1])
        let items = press([.down, .enter], on: findings)
        #expect(items.panel == .lineItems)
        #expect(items.drillSteps == [.auditRule(.splitPurchase), .finding(.splitPurchase, index)])
        let result = report.result(.splitPurchase)
        let behind = result.rows(of: result.findings[index])
        #expect(Set(items.lineItems.rows) == Set(behind.rows) && items.lineItems.rows.count == behind.count)
        #expect(items.lineItems.rows.allSatisfy { report.flags(of: $0).contains(.splitPurchase) })
        let opened = press([.down, .enter], on: items)
        #expect(opened.openLineItem == items.lineItems.rows[1])
        #expect(opened.lineItems.detail?.findings.contains(result.findings[index]) == true)
        let backToItems = press([.backspace], on: opened)
        #expect(backToItems.panel == .lineItems && backToItems.selection.selected == 1)
        #expect(backToItems.lineItems.rows == items.lineItems.rows)
        let backToFindings = press([.backspace], on: backToItems)
        #expect(backToFindings.panel == .audit && backToFindings.openAuditRule == .splitPurchase && backToFindings.selection.selected == 1)
        let backToRules = press([.backspace], on: backToFindings)
        #expect(backToRules.openAuditRule == nil && backToRules.selection.selected == AuditRule.splitPurchase.rawValue)
    }

    @Test("a line item a rule flagged shows the rule's label in the Flags column and its finding in the detail")
    func flags() throws {
        let items = press(rule(.duplicatePayment) + [.enter, .enter])
        let canvas = SampleLedgerStates.screen(items).lines()
        #expect(canvas[4].contains(" dup"), "\(canvas[4])")
        let detail = SampleLedgerStates.screen(press([.enter], on: items)).lines()
        #expect(detail.contains { $0.contains("Flags") && $0.contains("Duplicate payments") })
        #expect(detail.contains { $0.contains("dup") && $0.contains("Duplicate payments: ") })
    }

    @Test("before the report arrives the panel says the audit is running; the report fills it in place")
    func arriving() throws {
        var state = AppState(store: store)
        state = DashboardApp.update(state, .key(.character("6"))).0
        #expect(state.panel == .audit && state.auditScope == nil && DashboardApp.table(state).rows.isEmpty)
        #expect(SampleLedgerStates.screen(state).lines()[3].contains("Running the audit"))
        #expect(DashboardApp.update(state, .key(.enter)).0.drillSteps.isEmpty)
        state.receive(audit: report)
        #expect(state.auditScope?.rules.count == AuditRule.allCases.count)
        #expect(SampleLedgerStates.screen(state).lines()[2].contains("findings"))
    }

    @Test("the table behind the rules and behind one rule's findings")
    func table() throws {
        let rules = DashboardApp.table(press([.character("6")]))
        #expect(rules.view == "audit" && rules.rows.count == AuditRule.allCases.count)
        #expect(rules.rows.map { $0[0] } == AuditRule.allCases.map { .text($0.id) })
        let state = press(rule(.duplicatePayment) + [.enter])
        let findings = DashboardApp.table(state)
        let summary = try #require(state.auditScope?.summary(.duplicatePayment))
        #expect(findings.rows.count == summary.findings.count)
        let amounts = findings.rows.map { row -> Int64 in
            if case .money(let amount) = row[6] { return amount }
            return 0
        }
        #expect(amounts.reduce(0, +) == summary.amount)
    }

    @Test("a rule and a finding on the drill path round-trip through their text")
    func drillPathText() throws {
        let state = press(rule(.splitPurchase) + [.enter, .enter, .enter])
        let text = DrillPathText.text(of: state.drillSteps, in: store.ledger)
        #expect(text.hasPrefix("rule:split-purchase/finding:split-purchase:") && text.contains("/item:"))
        #expect(try DrillPathText.parse(text, in: store.ledger) == state.drillSteps)
        let count = report.result(.splitPurchase).findings.count
        #expect(throws: ViewSpecificationError.self) {
            try AppState(store: store, specification: ViewSpecification(panel: .lineItems, drill: "rule:split-purchase/finding:split-purchase:\(count + 1)"),
                         screenSize: Size(width: 80, height: 24), glyphs: .unicode)
        }
    }
}
