import Foundation
import Testing

extension EndToEnd {
    /// The panels: visiting them, the drill scope they share, drilling down to one line
    /// item and back, and searching, sorting and filtering a list.
    @Suite("panels")
    struct PanelTests {
        /// Text that only panel 1–6 shows.
        static let shows = [
            "1": overviewDrawn, "2": "By organisation", "3": "Cumulative paid against plan", "4": "┌ KPIs · ✖ off",
            "5": "line items · total", "6": "line items flagged",
        ]

        @Test("1–6, Tab and Shift-Tab visit every panel under the same title and scope")
        func everyPanel() throws {
            let session = try openOverview()
            defer { session.close() }
            for key in ["2", "3", "4", "5", "6", "1"] {
                try session.type(key)
                let screen = try session.waitFor(Self.shows[key]!)
                #expect(screen[0] == rivertonTitle)
                #expect(screen.breadcrumb == " All agencies")
                #expect(screen[1].contains("[\(key) "), "the panel tabs do not mark panel \(key):\n\(screen)")
            }
            for panel in ["2", "3", "4", "5", "6", "1"] {
                try session.press("Tab")
                try session.waitFor(Self.shows[panel]!)
            }
            for panel in ["6", "5", "4", "3", "2", "1"] {
                try session.press("BTab")
                try session.waitFor(Self.shows[panel]!)
            }
            try expectQuitRestoresTerminal(session)
        }

        @Test("an agency drilled into on the Overview scopes every panel")
        func scopeCarriesAcrossPanels() throws {
            let session = try openOverview()
            defer { session.close() }
            let scope = " All agencies › Housing & Community Development"
            try session.pressUntilSelected("Housing & Community Develop")
            try session.press("Enter")
            try session.waitFor(breadcrumb: scope)
            for key in ["2", "3", "4", "6"] {
                try session.type(key)
                try session.waitUntil("panel \(key) in the agency") { $0.contains(Self.shows[key]!) && $0.breadcrumb == scope }
            }
            try session.type("5")
            let items = try session.waitUntil("the agency's line items") { $0.contains(Self.shows["5"]!) && $0.breadcrumb == scope }
            #expect(items[2] == " 441 line items · total $27,337,125.26", "not the agency's line items:\n\(items)")
            try session.type("1")
            try session.waitUntil("the Overview in the agency") { $0.contains(overviewDrawn) && $0.breadcrumb == scope }
            try expectQuitRestoresTerminal(session)
        }

        @Test("from the top to one line item (agency, program, category, vendor, line item) and back up step by step")
        func drillToOneLineItem() throws {
            let session = try openOverview()
            defer { session.close() }
            try session.pressUntilSelected("Housing & Community Develop")
            try session.press("Enter")
            try session.waitFor(breadcrumb: " All agencies › Housing & Community Development")
            try session.pressUntilSelected("Rental Assistance")
            try session.press("Enter")
            try session.waitUntil("the program") { $0.breadcrumb.hasSuffix(" › Rental Assistance") }
            try session.type("3")
            try session.waitFor("Cumulative paid against plan")
            try session.press("Enter")
            try session.waitUntil("the category") { $0.breadcrumb.hasSuffix(" › Grants & Assistance") }
            try session.press("End")
            try session.waitUntil("a vendor selected") { $0.contains("││▶") }
            try session.press("Enter")
            let items = try session.waitUntil("the vendor's line items") { $0[2].contains(" · total $") }
            try session.press("Enter")
            let detail = try session.waitFor("Line item     RIV-")
            #expect(detail[1].hasPrefix(" … › "), "\(detail)")
            #expect(detail.contains("Organisation  HSG-RNT · Housing & Community Development › Rental Assistance"), "\(detail)")
            #expect(detail.contains("Category      GRT-"), "\(detail)")
            #expect(detail.contains("Source        line-items/"), "\(detail)")

            var breadcrumbs = [detail.breadcrumb]
            while breadcrumbs.last != " All agencies", breadcrumbs.count <= 6 {
                let before = breadcrumbs.last
                try session.press("BSpace")
                breadcrumbs.append(try session.waitUntil("the breadcrumb to change from '\(before ?? "")'") { $0.breadcrumb != before }.breadcrumb)
            }
            #expect(breadcrumbs.count == 6, "\(breadcrumbs)")
            #expect(breadcrumbs[1] == items.breadcrumb, "\(breadcrumbs)")
            let top = try session.waitFor(overviewDrawn)
            #expect(top.contains("│▶Housing & Community Develop"), "\(top)")
            try expectQuitRestoresTerminal(session)
        }

        @Test("/ searches the Line items; n finds the next match")
        func search() throws {
            let session = try openOverview()
            defer { session.close() }
            try session.type("5")
            try session.waitFor("line items · total")
            try session.type("/")
            try session.waitUntil("the search prompt") { $0[23].hasPrefix("/") }
            try session.type("fence")
            try session.press("Enter")
            let first = try session.waitUntil("a match selected") { $0[$0.selectedRow ?? 0].lowercased().contains("fence") }
            try session.type("n")
            let next = try session.waitUntil("the next match selected") {
                $0.selectedRow != first.selectedRow && $0[$0.selectedRow ?? 0].lowercased().contains("fence")
            }
            #expect(next[next.selectedRow ?? 0] != first[first.selectedRow ?? 0])
            try expectQuitRestoresTerminal(session)
        }

        @Test("s sorts the Line items by the next column, S reverses it")
        func sort() throws {
            let session = try openOverview()
            defer { session.close() }
            try session.type("5")
            let byDate = try session.waitFor(" Date ▼")
            #expect(Self.lineItemRows(byDate).map { $0.dropFirst().prefix(10) }.isSorted(by: >=), "\(byDate)")
            try session.type("s")
            let descending = try session.waitFor("Amount ▼")
            let largestFirst = Self.amounts(descending)
            #expect(largestFirst.count >= 15)
            #expect(largestFirst.isSorted(by: >=), "\(descending)")
            try session.type("S")
            let ascending = try session.waitFor("Amount ▲")
            let smallestFirst = Self.amounts(ascending)
            #expect(smallestFirst.isSorted(by: <=), "\(ascending)")
            #expect(smallestFirst.first! < largestFirst.first!)
            try expectQuitRestoresTerminal(session)
        }

        @Test("f filters the Line items by amount and date; F removes the filter")
        func filter() throws {
            let session = try openOverview()
            defer { session.close() }
            try session.type("5")
            let all = try session.waitFor("line items · total")
            try session.type("f")
            try session.waitUntil("the filter prompt") { $0[23] != all[23] }
            try session.type("amount>=1000000 date<=2024-12-31")
            try session.press("Enter")
            let filtered = try session.waitUntil("fewer line items") { $0[2].contains("line items · total") && $0[2] != all[2] }
            let rows = Self.lineItemRows(filtered)
            #expect(!rows.isEmpty)
            #expect(Self.amounts(filtered).allSatisfy { $0 >= 100_000_000 }, "\(filtered)")
            #expect(rows.allSatisfy { $0.dropFirst().prefix(10) <= "2024-12-31" }, "\(filtered)")
            try session.type("F")
            try session.waitFor(row: 2, all[2])
            try expectQuitRestoresTerminal(session)
        }

        @Test("Japanese line items: the amounts of every row end in the same column")
        func japaneseLineItems() throws {
            let session = try openOverview(["sample-data/aozora"])
            defer { session.close() }
            try session.type("5")
            let screen = try session.waitFor("line items · total")
            let rows = Self.lineItemRows(screen)
            #expect(rows.count >= 15)
            #expect(rows.contains { TerminalColumns.width(of: $0) != $0.count }, "no double-width text:\n\(screen)")
            let amountEnds = Set(rows.map { row in
                TerminalColumns.width(of: String(row[..<(row.range(of: #"¥[0-9,]+"#, options: .regularExpression)?.upperBound ?? row.endIndex)]))
            })
            #expect(amountEnds.count == 1, "\(screen)")
            #expect(rows.allSatisfy { TerminalColumns.width(of: $0) <= 80 }, "\(screen)")
            try expectQuitRestoresTerminal(session)
        }

        /// The rows of a line-item list: those that start with a date (after the selection mark).
        static func lineItemRows(_ screen: Screen) -> [String] {
            screen.rows.filter { $0.dropFirst().range(of: #"^\d{4}-\d{2}-\d{2} "#, options: .regularExpression) != nil }
        }

        /// The amount of each line-item row, in cents (refunds negative).
        static func amounts(_ screen: Screen) -> [Int] {
            lineItemRows(screen).compactMap { row in
                row.range(of: #"-?\$[0-9,]+\.[0-9]{2}"#, options: .regularExpression).flatMap { range in
                    Int(row[range].filter(\.isNumber)).map { row[range].hasPrefix("-") ? -$0 : $0 }
                }
            }
        }
    }
}

extension Sequence {
    /// Whether every element is in `areInOrder` with the next.
    func isSorted(by areInOrder: (Element, Element) -> Bool) -> Bool {
        zip(self, dropFirst()).allSatisfy { areInOrder($0, $1) }
    }
}
