import Dashboard
import TerminalCore
import Testing

/// The Overview of the sample ledgers at 80x24 and at the smallest size, compared with
/// reviewed text. Re-record on purpose only, after reading every line.
@Suite("Overview screen, 80x24")
struct OverviewScreenTests {
    @Test("Riverton: budget, KPIs worst first, spending by month, agencies furthest from plan")
    func riverton() {
        let canvas = SampleLedgerStates.screen(SampleLedgerStates.state(SampleLedgerStates.riverton))
        #expect(canvas.lines() == [
            " GovLens · City of Riverton · FY2025 (Jul 2024–Jun 2025) · as of 2025-03-31",
            " All agencies                                            [1 Overview] 2 3 4 5 6",
            "┌ Budget ──────────────────────────────┐┌ KPIs ────────────────────────────────┐",
            "│ Adopted           $1,212.6M          ││ ✖ off 13 ▲ at risk 11 ● on track 13  │",
            "│ Revised           $1,223.1M    +0.9% ││ ✖ Days to decide a r… 35.1 / 20 days │",
            "│ Obligated           $181.2M    14.8% ││ ✖ Affordable housing … 20 / 75 count │",
            "│ Paid                $838.3M    68.5% ││ ✖ Potholes filled within… 58.4 / 90% │",
            "│ Year elapsed                   75.1% ││ ✖ 911 calls: average an… 12.5 / 10 s │",
            "│ Projected         $1,210.6M    99.0% ││ ✖ Trees planted      399 / 500 count │",
            "└──────────────────────────────────────┘└──────────────────────────────────────┘",
            "┌ Paid by month · FY2025 ──────────────────────────────────────────────────────┐",
            "│ ▃▃▃ ███ ▄▄▄ ▄▄▄ ▄▄▄ ▄▄▄ ▄▄▄ ▅▅▅ ▅▅▅              FY2025 so far       $838.3M │",
            "│ Jul Aug Sep Oct Nov Dec Jan Feb Mar Apr May Jun  +5.8% vs same months FY2024 │",
            "└──────────────────────────────────────────────────────────────────────────────┘",
            "┌ Furthest from plan: paid of revised budget ──────────────────────────────────┐",
            "│ Agency                         year 75.1% │       paid               vs plan │",
            "│▶Housing & Community Develop… ███████▋     │      42.0%  behind       -$21.5M │",
            "│ Finance Department           █████████████│██▊   93.1%  ahead        +$23.2M │",
            "│ Parks & Recreation           ██████████▊  │      59.6%  behind       -$10.7M │",
            "│ Information Technology       ███████████▎ │      62.5%  behind        -$5.9M │",
            "│ Public Works                 ███████████▎ │      62.6%  behind       -$26.9M │",
            "│ Public Library               ███████████▋ │      64.7%  behind        -$4.0M │",
            "└──────────────────────────────────────────────────────────────────────────────┘",
            " Enter drill  Bksp back  [ ] year  ? help  q quit    as of 2025-03-31 · 8 files",
        ])
        #expect(canvas[1, 16].style == .selection)
        #expect(canvas[0, 0].style == .title)
        #expect(canvas[79, 23].style == .status)
    }

    @Test("Aozora: Japanese names keep every column edge; yen without decimals")
    func aozora() {
        let canvas = SampleLedgerStates.screen(SampleLedgerStates.state(SampleLedgerStates.aozora))
        #expect(canvas.lines() == [
            " GovLens · 青空市 · FY2024 (Apr 2024–Mar 2025) · as of 2024-12-31",
            " All agencies                                            [1 Overview] 2 3 4 5 6",
            "┌ Budget ──────────────────────────────┐┌ KPIs ────────────────────────────────┐",
            "│ Adopted          ¥52,816.3M          ││ ✖ off 4  ▲ at risk 1  ● on track 4   │",
            "│ Revised          ¥53,184.9M    +0.7% ││ ✖ 救急車の現場到着平均時間 10 / 9 分 │",
            "│ Obligated        ¥10,428.7M    19.6% ││ ✖ 図書館貸出冊数  45,685 / 50,000 冊 │",
            "│ Paid             ¥33,471.9M    62.9% ││ ✖ 特定健康診査受診率      41.2 / 45% │",
            "│ Year elapsed                   75.3% ││ ✖ 市民1人1日あたりのご…  868 / 820 g │",
            "│ Projected        ¥53,903.6M   101.4% ││ ▲ 市政に満足している市民の… 68 / 70% │",
            "└──────────────────────────────────────┘└──────────────────────────────────────┘",
            "┌ Paid by month · FY2024 ──────────────────────────────────────────────────────┐",
            "│ ▄▄▄ ▄▄▄ ▄▄▄ ▅▅▅ ▅▅▅ ███ ▆▆▆ ▆▆▆ ▆▆▆              FY2024 so far        ¥33.5B │",
            "│ Apr May Jun Jul Aug Sep Oct Nov Dec Jan Feb Mar  +2.4% vs same months FY2023 │",
            "└──────────────────────────────────────────────────────────────────────────────┘",
            "┌ Furthest from plan: paid of revised budget ──────────────────────────────────┐",
            "│ Agency                         year 75.3% │       paid               vs plan │",
            "│▶建設部                       █████████▊   │      54.5%  behind    -¥1,599.7M │",
            "│ 総務部                       ██████████▌  │      58.6%  behind    -¥1,388.0M │",
            "│ 健康福祉部                   ███████████▋ │      64.6%  behind    -¥2,364.4M │",
            "│ 教育委員会                   ███████████▊ │      65.5%  behind      -¥686.6M │",
            "│ 市民生活部                   ████████████ │      66.6%  behind      -¥390.9M │",
            "│ 議会事務局                   ████████████▋│      70.2%  behind       -¥22.8M │",
            "└──────────────────────────────────────────────────────────────────────────────┘",
            " Enter drill  Bksp back  [ ] year  ? help  q quit    as of 2024-12-31 · 6 files",
        ])
    }

    @Test("LANG=C: the same screen in ASCII")
    func ascii() {
        let canvas = SampleLedgerStates.screen(SampleLedgerStates.state(SampleLedgerStates.riverton, glyphs: .ascii))
        #expect(canvas.lines() == [
            " GovLens . City of Riverton . FY2025 (Jul 2024-Jun 2025) . as of 2025-03-31",
            " All agencies                                            [1 Overview] 2 3 4 5 6",
            "+ Budget ------------------------------++ KPIs --------------------------------+",
            "| Adopted           $1,212.6M          || x off 13 ^ at risk 11 * on track 13  |",
            "| Revised           $1,223.1M    +0.9% || x Days to decide a... 35.1 / 20 days |",
            "| Obligated           $181.2M    14.8% || x Affordable housin... 20 / 75 count |",
            "| Paid                $838.3M    68.5% || x Potholes filled with... 58.4 / 90% |",
            "| Year elapsed                   75.1% || x 911 calls: average ... 12.5 / 10 s |",
            "| Projected         $1,210.6M    99.0% || x Trees planted      399 / 500 count |",
            "+--------------------------------------++--------------------------------------+",
            "+ Paid by month . FY2025 ------------------------------------------------------+",
            "| ::: ### --- --- --- --- --- === ===              FY2025 so far       $838.3M |",
            "| Jul Aug Sep Oct Nov Dec Jan Feb Mar Apr May Jun  +5.8% vs same months FY2024 |",
            "+------------------------------------------------------------------------------+",
            "+ Furthest from plan: paid of revised budget ----------------------------------+",
            "| Agency                         year 75.1% |       paid               vs plan |",
            "|>Housing & Community Devel... ########     |      42.0%  behind       -$21.5M |",
            "| Finance Department           #############|###   93.1%  ahead        +$23.2M |",
            "| Parks & Recreation           ###########  |      59.6%  behind       -$10.7M |",
            "| Information Technology       ###########  |      62.5%  behind        -$5.9M |",
            "| Public Works                 ###########  |      62.6%  behind       -$26.9M |",
            "| Public Library               ############ |      64.7%  behind        -$4.0M |",
            "+------------------------------------------------------------------------------+",
            " Enter drill  Bksp back  [ ] year  ? help  q quit    as of 2025-03-31 . 8 files",
        ])
        #expect(canvas.text.unicodeScalars.allSatisfy { $0.isASCII })
    }

    @Test("drilled into Finance Department: its programs, its figures, the breadcrumb")
    func drilled() {
        var state = SampleLedgerStates.state(SampleLedgerStates.riverton)
        state = DashboardApp.update(state, .key(.down)).0
        state = DashboardApp.update(state, .key(.enter)).0
        #expect(SampleLedgerStates.screen(state).lines() == [
            " GovLens · City of Riverton · FY2025 (Jul 2024–Jun 2025) · as of 2025-03-31",
            " All agencies › Finance Department                       [1 Overview] 2 3 4 5 6",
            "┌ Budget ──────────────────────────────┐┌ KPIs ────────────────────────────────┐",
            "│ Adopted             $121.9M          ││ ✖ off 0  ▲ at risk 0  ● on track 2   │",
            "│ Revised             $128.5M    +5.4% ││                                      │",
            "│ Obligated             $2.9M     2.3% ││                                      │",
            "│ Paid                $119.6M    93.1% ││                                      │",
            "│ Year elapsed                   75.1% ││                                      │",
            "│ Projected           $129.0M   100.4% ││                                      │",
            "│ Remaining             $8.9M     6.9% ││                                      │",
            "└──────────────────────────────────────┘└──────────────────────────────────────┘",
            "┌ Paid by month · FY2025 ──────────────────────────────────────────────────────┐",
            "│ ▁▁▁ ███ ▁▁▁ ▁▁▁ ▁▁▁ ▁▁▁ ▁▁▁ ▂▂▂ ▁▁▁              FY2025 so far       $119.6M │",
            "│ Jul Aug Sep Oct Nov Dec Jan Feb Mar Apr May Jun  +11.6% vs same months FY20… │",
            "└──────────────────────────────────────────────────────────────────────────────┘",
            "┌ Furthest from plan: paid of revised budget ──────────────────────────────────┐",
            "│ Program                        year 75.1% │       paid               vs plan │",
            "│▶Debt Service                 █████████████│████ 100.0%  ahead        +$25.6M │",
            "│ Treasury & Revenue           ███████████▍ │      63.5%  behind        -$1.0M │",
            "│ Accounting & Payroll         ███████████▉ │      66.0%  behind        -$0.9M │",
            "│ Budget & Management          ████████████▏│      67.1%  behind        -$0.3M │",
            "│ Purchasing                   ████████████▎│      68.0%  behind        -$0.2M │",
            "└──────────────────────────────────────────────────────────────────────────────┘",
            " Enter drill  Bksp back  [ ] year  ? help  q quit    as of 2025-03-31 · 8 files",
        ])
    }

    @Test("60x16, the minimum: the spending chart gives way to the list")
    func minimum() {
        let state = SampleLedgerStates.state(SampleLedgerStates.aozora, size: Size(width: 60, height: 16))
        #expect(SampleLedgerStates.screen(state).lines() == [
            " GovLens · 青空市 · FY2024 (Apr 2024–Mar 2025) · as of 202…",
            " All agencies                        [1 Overview] 2 3 4 5 6",
            "┌ Budget ────────────────────┐┌ KPIs ──────────────────────┐",
            "│ Adopted    ¥52.8B          ││ ✖ off 4 ▲ at risk 1        │",
            "│ Revised    ¥53.2B    +0.7% ││ ✖ 救急車の現場…  10 / 9 分 │",
            "│ Obligat…   ¥10.4B    19.6% ││ ✖ 図書…  45,685 / 50,000 … │",
            "│ Paid       ¥33.5B    62.9% ││ ✖ 特定健康診査… 41.2 / 45% │",
            "│ Year el…             75.3% ││ ✖ 市民1人1日…  868 / 820 g │",
            "│ Project…   ¥53.9B   101.4% ││ ▲ 市政に満足して… 68 / 70% │",
            "└────────────────────────────┘└────────────────────────────┘",
            "┌ Furthest from plan: paid of revised budget ──────────────┐",
            "│ Agency                  │     paid               vs plan │",
            "│▶建設部           █████▌ │    54.5%  behind    -¥1,599.7M │",
            "│ 総務部           █████▉ │    58.6%  behind    -¥1,388.0M │",
            "└──────────────────────────────────────────────────────────┘",
            " Enter drill  Bksp back          as of 2024-12-31 · 6 files",
        ])
    }

    @Test("below the minimum: a message instead of a broken layout")
    func tooSmall() {
        let state = SampleLedgerStates.state(SampleLedgerStates.aozora, size: Size(width: 59, height: 16))
        #expect(SampleLedgerStates.screen(state).lines() == [
            "",
            "",
            "",
            "",
            "",
            "",
            "                    Terminal too small",
            "              need at least 60x16, now 59x16",
            "                          q quits",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
        ])
    }

    @Test("? shows every key over the panel")
    func help() {
        let state = DashboardApp.update(SampleLedgerStates.state(SampleLedgerStates.riverton), .key(.character("?"))).0
        #expect(SampleLedgerStates.screen(state).lines() == [
            " GovLens · City of Riverton · FY2025 (Jul 2024–Jun 2025) · as of 2025-03-31",
            " All agencies                                            [1 Overview] 2 3 4 5 6",
            "┌ Budget ──────────────────────────────┐┌ KPIs ────────────────────────────────┐",
            "│ Ad┌ Keys ────────────────────────────────────────────────────────────────┐3  │",
            "│ Re│                                                                      │ys │",
            "│ Ob│ ↑ ↓  k j        move the selection                                   │nt │",
            "│ Pa│ PgUp PgDn       move a screenful                                     │0% │",
            "│ Ye│ Home End  g G   first / last row                                     │ s │",
            "│ Pr│ Enter → l       drill into the selected row                          │nt │",
            "└───│ Bksp Esc ← h    back up one level                                    │───┘",
            "┌ Pa│ 1 2 3 4 5 6     Overview, Budget, Spending, KPIs, Line items, Audit  │───┐",
            "│ ▃▃│ Tab  Shift-Tab  next / previous panel                                │3M │",
            "│ Ju│ [  ]            previous / next fiscal year                          │24 │",
            "└───│ /  n N          search; next / previous match                        │───┘",
            "┌ Fu│ f  F            filter (amount>=, date<=, vendor=, words); clear it  │───┐",
            "│ Ag│ s  S            sort by the next column; reverse the sort            │an │",
            "│▶Ho│ e               export the screen or the table behind it             │5M │",
            "│ Fi│ ?               this help: / searches it, Esc closes it              │2M │",
            "│ Pa│ q               quit                                                 │7M │",
            "│ In│                                                                      │9M │",
            "│ Pu│ / search  ↑↓ scroll  Esc close                                       │9M │",
            "│ Pu└──────────────────────────────────────────────────────────────────────┘0M │",
            "└──────────────────────────────────────────────────────────────────────────────┘",
            " Enter drill  Bksp back  [ ] year  ? help  q quit    as of 2025-03-31 · 8 files",
        ])
    }
}

@Suite("Overview table")
struct OverviewTableTests {
    @Test("the table behind the Overview lists every row of the plan list with exact amounts")
    func table() throws {
        let state = SampleLedgerStates.state(SampleLedgerStates.riverton)
        let table = DashboardApp.table(state)
        #expect(table.view == "overview")
        #expect(table.columns.map(\.title) == ["Organisation", "Code", "Revised", "Paid", "Paid of revised", "Year elapsed", "Ahead of plan"])
        #expect(table.rows.count == state.overview.rows.count)
        let first = try #require(table.rows.first)
        let row = state.overview.rows[0]
        #expect(first[0] == .text(row.name))
        #expect(first[2] == .money(row.execution.revised))
        #expect(first[3] == .money(row.execution.paid))
        #expect(first[6] == .money(row.aheadOfPlan))
    }
}

@Suite("Overview report")
struct OverviewReportTests {
    @Test("another scope in the same year reuses the year's budget execution and reads the same figures as a new pass")
    func reuse() {
        let store = SampleLedgerStates.riverton
        let top = OverviewReport(store: store, fiscalYear: 2025, scope: nil)
        let finance = top.rows[1].node
        let reused = OverviewReport(store: store, fiscalYear: 2025, scope: finance, reusing: top)
        let fresh = OverviewReport(store: store, fiscalYear: 2025, scope: finance)
        #expect(reused.totals == fresh.totals)
        #expect(reused.rows == fresh.rows)
        let otherYear = OverviewReport(store: store, fiscalYear: 2024, scope: finance, reusing: top)
        #expect(otherYear.totals == OverviewReport(store: store, fiscalYear: 2024, scope: finance).totals)
        #expect(otherYear.totals != reused.totals)
    }
}
