import Testing

extension EndToEnd {
    /// Moving around the dashboard with the keyboard: the ledger picker, drill-down, fiscal
    /// years and the help overlay.
    @Suite("navigation")
    struct NavigationTests {
        @Test("a folder of ledgers offers a picker; Enter opens one, Backspace at the top returns to the picker")
        func picker() throws {
            let session = try TmuxSession(["sample-data"])
            defer { session.close() }
            let picker = try session.waitFor("Ledgers in sample-data", timeout: 60)
            #expect(picker.contains("青空市"))
            #expect(picker.contains("City of Riverton"))
            try session.pressUntilSelected("City of Riverton")
            try session.press("Enter")
            try session.waitFor(row: 0, rivertonTitle)
            try session.press("BSpace")
            try session.waitFor("Ledgers in sample-data")
            try expectQuitRestoresTerminal(session)
        }

        @Test("Enter drills into an agency, Backspace comes back with the agency still selected")
        func drillIntoAgency() throws {
            let session = try openOverview()
            defer { session.close() }
            try session.press("Down")
            try session.waitUntil("Finance Department selected") { $0.contains("│▶Finance Department") }
            try session.press("Enter")
            let drilled = try session.waitFor(row: 1, " All agencies › Finance Department                       [1 Overview] 2 3 4 5 6")
            #expect(drilled.contains("│▶Debt Service"), "\(drilled)")
            try session.press("BSpace")
            let back = try session.waitFor(row: 1, " All agencies                                            [1 Overview] 2 3 4 5 6")
            #expect(back.contains("│▶Finance Department"), "\(back)")
            try expectQuitRestoresTerminal(session)
        }

        @Test("Escape goes back as Backspace does")
        func escapeGoesBack() throws {
            let session = try openOverview()
            defer { session.close() }
            try session.press("Enter")
            try session.waitFor(row: 1, " All agencies › Housing & Community Development          [1 Overview] 2 3 4 5 6")
            try session.press("Escape")
            try session.waitFor(row: 1, " All agencies                                            [1 Overview] 2 3 4 5 6")
            try expectQuitRestoresTerminal(session)
        }

        @Test("[ and ] step through the fiscal years with data, and say when there is no other")
        func fiscalYear() throws {
            let session = try openOverview()
            defer { session.close() }
            try session.type("[")
            let earlier = try session.waitFor(row: 0, " GovLens · City of Riverton · FY2024 (Jul 2023–Jun 2024) · as of 2025-03-31")
            #expect(earlier.contains("FY2024 whole year"), "\(earlier)")
            try session.type("]")
            try session.waitFor(row: 0, rivertonTitle)
            try session.type("]")
            let last = try session.waitFor("No later fiscal year in this ledger")
            #expect(last[0] == rivertonTitle)
            try expectQuitRestoresTerminal(session)
        }

        @Test("? lists every key over the panel; any key closes it")
        func help() throws {
            let session = try openOverview()
            defer { session.close() }
            try session.type("?")
            let help = try session.waitFor("┌ Keys")
            for label in ["move the selection", "drill into the selected row", "back up one level",
                          "next / previous panel", "previous / next fiscal year", "quit"] {
                #expect(help.contains(label), "\(label) missing:\n\(help)")
            }
            try session.type("x")
            try session.waitUntil("the help to close") { !$0.contains("┌ Keys") && $0.contains(overviewDrawn) }
            try expectQuitRestoresTerminal(session)
        }
    }
}
