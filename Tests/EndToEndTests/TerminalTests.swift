import Testing

extension EndToEnd {
    /// What the terminal brings: its size, its type, colour or none, the locale's characters.
    @Suite("terminals")
    struct TerminalTests {
        @Test("resizing redraws at the new size; below the minimum a message asks for more room; and back")
        func resize() throws {
            let session = try openOverview()
            defer { session.close() }
            try session.resize(width: 160, height: 48)
            let wide = try session.waitUntil("the Overview at 160x48") {
                $0.rows.count == 48 && $0[47].hasPrefix(" Enter drill") && $0.contains("PEFA outturn band")
            }
            #expect(wide[0] == rivertonTitle)
            #expect(wide.boxRows().allSatisfy { TerminalColumns.width(of: $0) == 160 }, "\(wide)")
            try session.resize(width: 50, height: 12)
            let small = try session.waitFor("need at least 60x16, now 50x12")
            #expect(small.contains("Terminal too small"))
            try session.resize(width: 80, height: 24)
            let back = try session.waitUntil("the Overview at 80x24") { $0.rows.count == 24 && $0[23].hasPrefix(" Enter drill") }
            #expect(back[0] == rivertonTitle)
            #expect(back.boxRows().allSatisfy { TerminalColumns.width(of: $0) == 80 }, "\(back)")
            try expectQuitRestoresTerminal(session)
        }

        @Test("NO_COLOR: bold and reverse instead of colour")
        func noColor() throws {
            let coloured = try openOverview()
            defer { coloured.close() }
            #expect(try SGR.setsColour(coloured.screen(styles: true)))
            try expectQuitRestoresTerminal(coloured)

            let plain = try openOverview(environment: ["NO_COLOR": "1"])
            defer { plain.close() }
            let styled = try plain.screen(styles: true)
            #expect(!SGR.setsColour(styled), "\(styled)")
            #expect(SGR.parameters(in: styled).contains(7), "the selection is not reverse video")
            try expectQuitRestoresTerminal(plain)
        }

        @Test("LANG=C: the same Overview in ASCII")
        func asciiLocale() throws {
            let session = try openOverview(environment: ["LANG": "C"])
            defer { session.close() }
            let screen = try session.waitFor(row: 0, " GovLens . City of Riverton . FY2025 (Jul 2024-Jun 2025) . as of 2025-03-31")
            #expect(screen.rows.allSatisfy { $0.unicodeScalars.allSatisfy(\.isASCII) }, "\(screen)")
            #expect(screen.contains("+ Furthest from plan: paid of revised budget"))
            #expect(screen.boxRows(side: "|").count > 10)
            try expectQuitRestoresTerminal(session)
        }

        @Test("other terminal types draw the same Overview and restore the terminal",
              arguments: ["xterm-256color", "xterm", "screen", "tmux-256color", "vt100", "linux"])
        func terminalType(_ type: String) throws {
            let session = try openOverview(environment: ["TERM": type])
            defer { session.close() }
            let screen = try session.waitFor(row: 0, rivertonTitle)
            #expect(screen[23].hasPrefix(" Enter drill"))
            #expect(screen.boxRows().count > 10)
            try session.press("Down")
            try session.waitUntil("Finance Department selected") { $0.contains("│▶Finance Department") }
            try expectQuitRestoresTerminal(session, alternateScreen: !["vt100", "linux"].contains(type))
        }

        @Test("Japanese: double-width names keep every column edge of the Overview in place")
        func japaneseAlignment() throws {
            let session = try openOverview(["sample-data/aozora"])
            defer { session.close() }
            let screen = try session.waitFor(row: 0, " GovLens · 青空市 · FY2024 (Apr 2024–Mar 2025) · as of 2024-12-31")
            let boxRows = screen.boxRows()
            #expect(boxRows.count >= 15)
            #expect(boxRows.allSatisfy { TerminalColumns.width(of: $0) == 80 }, "\(screen)")
            #expect(boxRows.allSatisfy { $0.last == "│" }, "\(screen)")
            // The Budget and KPIs boxes: every row's sides where the top border has its corners.
            let topBorder = try #require(screen.row(containing: "┌ KPIs"))
            let corners = [0, TerminalColumns.columns(of: "┐", in: topBorder)[0], TerminalColumns.columns(of: "┌", in: topBorder)[1], 79]
            let kpiRows = boxRows.filter { $0.contains("││") }
            #expect(kpiRows.count == 6)
            #expect(kpiRows.contains { $0.contains("救急車の現場到着平均時間") })
            #expect(kpiRows.allSatisfy { TerminalColumns.columns(of: "│", in: $0) == corners }, "\(screen)")
            // The plan list: the year mark of every agency's row under the header's.
            let header = try #require(screen.row(containing: "│ Agency"))
            let planRows = boxRows.filter { $0.contains("behind") || $0.contains("ahead") }
            #expect(planRows.count == 6)
            #expect(planRows.contains { $0.contains("建設部") })
            #expect(planRows.allSatisfy { TerminalColumns.columns(of: "│", in: $0) == TerminalColumns.columns(of: "│", in: header) }, "\(screen)")
            try expectQuitRestoresTerminal(session)
        }
    }
}

/// Reading the SGR (Select Graphic Rendition) sequences of `capture-pane -e`.
enum SGR {
    /// Every parameter of every SGR sequence on `screen`.
    static func parameters(in screen: Screen) -> [Int] {
        screen.rows.joined(separator: "\n").split(separator: "\u{1B}").dropFirst().flatMap { sequence -> [Int] in
            guard sequence.first == "[", let end = sequence.firstIndex(where: \.isLetter), sequence[end] == "m" else { return [] }
            return sequence[sequence.index(after: sequence.startIndex)..<end].split(separator: ";").compactMap { Int($0) }
        }
    }

    /// Whether `screen` sets a foreground or background colour anywhere (30–38, 40–48,
    /// 90–107; the resets 39 and 49 do not count).
    static func setsColour(_ screen: Screen) -> Bool {
        parameters(in: screen).contains { (30...38).contains($0) || (40...48).contains($0) || (90...107).contains($0) }
    }
}
