import Testing

extension EndToEnd {
    /// The Audit panel in the real program: the audit runs off the main thread, then the user
    /// drills from a rule to one flagged line item and back.
    @Suite("audit")
    struct AuditTests {
        @Test("6 shows the audit's rules; Enter on a rule, a finding and a line item reaches one flagged payment; Backspace retraces every step")
        func drillToFlaggedLineItem() throws {
            let session = try openOverview()
            defer { session.close() }
            try session.press("6")
            try session.waitFor(row: 1, " All agencies                                               1 2 3 4 5 [6 Audit]")
            try session.waitFor("line items flagged")
            try session.pressUntilSelected("Split purchases")
            try session.press("Enter")
            let findings = try session.waitUntil("the split purchases' findings") { $0[1].hasPrefix(" All agencies › Split purchases ") && $0.contains("Findings · ") }
            #expect(findings.contains("Two or more payments from one organisation to one vendor within 7 days"), "\(findings)")
            try session.press("Enter")
            let items = try session.waitUntil("the finding's line items") { $0[1].contains("[5 Line items]") && $0[2].contains("split: ") }
            let selected = try #require(items.selectedRow)
            #expect(items[selected].contains(" spli"), "\(items)")
            try session.press("Enter")
            let item = try session.waitFor("Split purchases: ")
            #expect(item.contains("Flags"), "\(item)")
            try session.press("BSpace")
            try session.waitUntil("the finding's line items again") { $0[2].contains("split: ") && $0.selectedRow == selected }
            try session.press("BSpace")
            try session.waitUntil("the findings again") { $0.contains("Findings · ") && $0[1].contains("[6 Audit]") }
            try session.press("BSpace")
            let rules = try session.waitFor("line items flagged")
            #expect(rules[rules.selectedRow ?? 0].contains("Split purchases"), "\(rules)")
            try expectQuitRestoresTerminal(session)
        }
    }
}
