import Dashboard
import TerminalCore
import Testing

/// The KPIs panel and one KPI at 80x24. Reviewed text; re-record on purpose only.
@Suite("KPIs screen, 80x24")
struct KPIsScreenTests {
    /// `state` after `keys`.
    func press(_ keys: [Key], on state: AppState) -> AppState {
        keys.reduce(state) { DashboardApp.update($0, .key($1)).0 }
    }

    @Test("Riverton: worst first, latest against target, cost per unit of counts, trend")
    func riverton() {
        let state = press([.character("4")], on: SampleLedgerStates.state(SampleLedgerStates.riverton))
        #expect(SampleLedgerStates.screen(state).lines() == [
            " GovLens · City of Riverton · FY2025 (Jul 2024–Jun 2025) · as of 2025-03-31",
            " All agencies                                                1 2 3 [4 KPIs] 5 6",
            "┌ KPIs · ✖ off 13  ▲ at risk 11  ● on track 13 ────────────────────────────────┐",
            "│   KPI                                       Latest   Target Cost/unit  Trend │",
            "│▶✖ 911 calls: average answer time            12.5 s       10         – ▂▁▂▅▆█ │",
            "│ ✖ Potholes filled within 48 hours            58.4%       90         – █▆▆▆▆▁ │",
            "│ ✖ Snow events with priority routes …           84%       95         –     █▁ │",
            "│ ✖ Cost per pothole filled                  421 USD      380         – ▁▂▃▇▆█ │",
            "│ ✖ Pool attendance                     10,366 count   11,200    $60.81 █▃▂▁▁▄ │",
            "│ ✖ Trees planted                          399 count      500 $2,882.78 ▅▃▃█▁▇ │",
            "│ ✖ Library visits                      89,182 count  100,000    $21.11 ▂▁▇▄█▃ │",
            "│ ✖ Physical items borrowed            123,154 count  130,000     $4.97 ▄██▄▇▁ │",
            "│ ✖ Affordable housing units completed      20 count       75  $205,810 █▇▆▆▁▁ │",
            "│ ✖ People moved from homelessness in…     159 count      170   $19,635 ▁▃▇▃█▃ │",
            "│ ✖ Days to decide a rental assistanc…     35.1 days       20         – ▅▅▄▁▃█ │",
            "│ ✖ Help-desk tickets resolved within…         75.6%       80         – ▅█▅▁▄▃ │",
            "│ ✖ Residential permits issued within…         80.4%       85         – █▁▅▇▂▃ │",
            "│ ▲ Priority 1 response time                 7.3 min        7         – ▁▂█▆▅▇ │",
            "│ ▲ Violent crime clearance rate               46.9%       48         – ▆▅▁█▁▃ │",
            "│ ▲ Part I crimes per 1,000 residents  8.9 per 1,000      8.8         – █▅▆▇▁▅ │",
            "│ ▲ Fire responses within 6 minutes            86.6%       90         – ▁▇▆█▄▆ │",
            "│ ▲ Streets in good condition (PCI 70…         67.1%       70         –     █▁ │",
            "└──────────────────────────────────────────────────────────────────────────────┘",
            " Enter drill  Bksp back  [ ] year  ? help  q quit    as of 2025-03-31 · 8 files",
        ])
    }

    @Test("Aozora: Japanese names and units")
    func aozora() {
        let state = press([.character("4")], on: SampleLedgerStates.state(SampleLedgerStates.aozora))
        #expect(SampleLedgerStates.screen(state).lines() == [
            " GovLens · 青空市 · FY2024 (Apr 2024–Mar 2025) · as of 2024-12-31",
            " All agencies                                                1 2 3 [4 KPIs] 5 6",
            "┌ KPIs · ✖ off 4  ▲ at risk 1  ● on track 4 ───────────────────────────────────┐",
            "│   KPI                                       Latest   Target Cost/unit  Trend │",
            "│▶✖ 特定健康診査受診率                         41.2%       45         –      ▄ │",
            "│ ✖ 市民1人1日あたりのごみ排出量               868 g      820         – ▅▁▅▃▆█ │",
            "│ ✖ 図書館貸出冊数                         45,685 冊   50,000    ¥2,725 ▆▅▇▆█▁ │",
            "│ ✖ 救急車の現場到着平均時間                   10 分        9         – ▄▂▆▁▁█ │",
            "│ ▲ 市政に満足している市民の割合                 68%       70         –      ▄ │",
            "│ ● 市税収納率                                 98.5%     98.5         – ▁▆▆▄▆█ │",
            "│ ● 保育所待機児童数                            6 人       10   ¥113.5M ▇▅▄▇█▁ │",
            "│ ● 道路補修要望の平均処理日数               13.8 日       15         – ▆█▄▅▄▁ │",
            "│ ● 住民票等のコンビニ交付率                   31.3%       30         – ▁▂▃▅▇█ │",
            "│                                                                              │",
            "│                                                                              │",
            "│                                                                              │",
            "│                                                                              │",
            "│                                                                              │",
            "│                                                                              │",
            "│                                                                              │",
            "│                                                                              │",
            "│                                                                              │",
            "└──────────────────────────────────────────────────────────────────────────────┘",
            " Enter drill  Bksp back  [ ] year  ? help  q quit    as of 2024-12-31 · 6 files",
        ])
    }

    @Test("LANG=C: badges and sparklines in ASCII")
    func ascii() {
        let state = press([.character("4")], on: SampleLedgerStates.state(SampleLedgerStates.riverton, glyphs: .ascii))
        #expect(SampleLedgerStates.screen(state).lines() == [
            " GovLens . City of Riverton . FY2025 (Jul 2024-Jun 2025) . as of 2025-03-31",
            " All agencies                                                1 2 3 [4 KPIs] 5 6",
            "+ KPIs . x off 13  ^ at risk 11  * on track 13 --------------------------------+",
            "|   KPI                                       Latest   Target Cost/unit  Trend |",
            "|>x 911 calls: average answer time            12.5 s       10         - ._.=+# |",
            "| x Potholes filled within 48 hours            58.4%       90         - #++++_ |",
            "| x Snow events with priority route...           84%       95         -     #_ |",
            "| x Cost per pothole filled                  421 USD      380         - _.:*+# |",
            "| x Pool attendance                     10,366 count   11,200    $60.81 #:.__- |",
            "| x Trees planted                          399 count      500 $2,882.78 =::#_* |",
            "| x Library visits                      89,182 count  100,000    $21.11 ._*-#: |",
            "| x Physical items borrowed            123,154 count  130,000     $4.97 -##-*_ |",
            "| x Affordable housing units completed      20 count       75  $205,810 #*++__ |",
            "| x People moved from homelessness ...     159 count      170   $19,635 _:*:#: |",
            "| x Days to decide a rental assista...     35.1 days       20         - ==-_:# |",
            "| x Help-desk tickets resolved with...         75.6%       80         - =#=_-: |",
            "| x Residential permits issued with...         80.4%       85         - #_=*.: |",
            "| ^ Priority 1 response time                 7.3 min        7         - _.#+=* |",
            "| ^ Violent crime clearance rate               46.9%       48         - +=_#_: |",
            "| ^ Part I crimes per 1,000 residents  8.9 per 1,000      8.8         - #=+*_= |",
            "| ^ Fire responses within 6 minutes            86.6%       90         - _*+#-+ |",
            "| ^ Streets in good condition (PCI ...         67.1%       70         -     #_ |",
            "+------------------------------------------------------------------------------+",
            " Enter drill  Bksp back  [ ] year  ? help  q quit    as of 2025-03-31 . 8 files",
        ])
        #expect(SampleLedgerStates.screen(state).text.unicodeScalars.allSatisfy { $0.isASCII })
    }

    @Test("Riverton: one KPI, its observations against target and baseline, its periods newest first")
    func rivertonDetail() {
        let state = press([.character("4"), .enter], on: SampleLedgerStates.state(SampleLedgerStates.riverton))
        #expect(SampleLedgerStates.screen(state).lines() == [
            " GovLens · City of Riverton · FY2025 (Jul 2024–Jun 2025) · as of 2025-03-31",
            " All agencies › 911 calls: average answer time               1 2 3 [4 KPIs] 5 6",
            "┌ 911 calls: average answer time ──────────────────────────────────────────────┐",
            "│ ✖ off track · latest 12.5 s (2025-03) · target 10 s · baseline 9.6 s (2022-… │",
            "│ Emergency Communications (911) · lower is better · monthly · trend worsening │",
            "└──────────────────────────────────────────────────────────────────────────────┘",
            "┌ Observations against target ─────────────────────────────────────────────────┐",
            "│ 12.8                                                      ⣀               ⣀⠤ │",
            "│                                            ⢀⣀⣀⠤⠤⠤⠤⠤⠤⡀  ⡠⠒⠉ ⠉⠉⠉⠉⠢⡀   ⣀⡠⠔⠒⠊⠉   │",
            "│                          ⡀       ⢀      ⣀⠔⠊⠁        ⠑⡄⡔⠁        ⠈⠉⠉⠉         │",
            "│            ⡠⠤⠒⠢⡀   ⢠⠊⢆  ⡜⠈⢆⢀⠔⠑⢄ ⡠⠃⠑⠢⡠⠔⠒⠉             ⠈                       │",
            "│      ⢄⡀⠄ ⠄⡰⠅ ⠄ ⠌⠒⠤⠔⠅ ⠌⢆⠎ ⠄ ⠅ ⠄ ⠕⠁⠄ ⠄ ⠄ ⠄ ⠄ ⠄ ⠄ ⠄ ⠄ ⠄ ⠄ ⠄ ⠄ ⠄ ⠄ ⠄ ⠄ ⠄ ⠄ ⠄ ⠄ ⠄ │",
            "│  9.2 ⠁⠈⠉⠑⠓⠁⠁ ⠁ ⠁ ⠁ ⠁ ⠁ ⠁ ⠁ ⠁ ⠁ ⠁ ⠁ ⠁ ⠁ ⠁ ⠁ ⠁ ⠁ ⠁ ⠁ ⠁ ⠁ ⠁ ⠁ ⠁ ⠁ ⠁ ⠁ ⠁ ⠁ ⠁ ⠁ ⠁ │",
            "│ 2022-07                  value · target · baseline                   2025-03 │",
            "└──────────────────────────────────────────────────────────────────────────────┘",
            "┌ Periods · 33 ────────────────────────────────────────────────────────────────┐",
            "│ Period             Value         Target Status        Spending  Cost/unit    │",
            "│▶2025-03           12.5 s           10 s ✖ off track $1,358,683          –    │",
            "│ 2025-02           12.2 s           10 s ✖ off track $1,253,676          –    │",
            "│ 2025-01             12 s           10 s ✖ off track $1,362,442          –    │",
            "│ 2024-12           11.7 s           10 s ✖ off track $1,236,572          –    │",
            "│ 2024-11           11.5 s           10 s ✖ off track $1,185,973          –    │",
            "└──────────────────────────────────────────────────────────────────────────────┘",
            " Enter drill  Bksp back  [ ] year  ? help  q quit    as of 2025-03-31 · 8 files",
        ])
    }

    @Test("Aozora: an annual KPI with one observation is drawn as levels")
    func aozoraDetail() {
        let state = press([.character("4"), .enter], on: SampleLedgerStates.state(SampleLedgerStates.aozora))
        #expect(SampleLedgerStates.screen(state).lines() == [
            " GovLens · 青空市 · FY2024 (Apr 2024–Mar 2025) · as of 2024-12-31",
            " All agencies › 特定健康診査受診率                           1 2 3 [4 KPIs] 5 6",
            "┌ 特定健康診査受診率 ──────────────────────────────────────────────────────────┐",
            "│ ✖ off track · latest 41.2% (FY2023) · target 45% · baseline 40.5% (FY2022)   │",
            "│ 健康推進課 · higher is better · annual                                       │",
            "└──────────────────────────────────────────────────────────────────────────────┘",
            "┌ Observations against target ─────────────────────────────────────────────────┐",
            "│ 45.5 ⠄ ⠄ ⠄ ⠄ ⠄ ⠄ ⠄ ⠄ ⠄ ⠄ ⠄ ⠄ ⠄ ⠄ ⠄ ⠄ ⠄ ⠄ ⠄ ⠄ ⠄ ⠄ ⠄ ⠄ ⠄ ⠄ ⠄ ⠄ ⠄ ⠄ ⠄ ⠄ ⠄ ⠄ ⠄ ⠄ │",
            "│                                                                              │",
            "│                                                                              │",
            "│                                                                              │",
            "│      ⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤ │",
            "│ 40.1 ⠂ ⠂ ⠂ ⠂ ⠂ ⠂ ⠂ ⠂ ⠂ ⠂ ⠂ ⠂ ⠂ ⠂ ⠂ ⠂ ⠂ ⠂ ⠂ ⠂ ⠂ ⠂ ⠂ ⠂ ⠂ ⠂ ⠂ ⠂ ⠂ ⠂ ⠂ ⠂ ⠂ ⠂ ⠂ ⠂ │",
            "│ FY2023                   value · target · baseline                    FY2023 │",
            "└──────────────────────────────────────────────────────────────────────────────┘",
            "┌ Periods · 1 ─────────────────────────────────────────────────────────────────┐",
            "│ Period             Value         Target Status        Spending  Cost/unit    │",
            "│▶FY2023             41.2%            45% ✖ off track  ¥1,712.2M          –    │",
            "│                                                                              │",
            "│                                                                              │",
            "│                                                                              │",
            "│                                                                              │",
            "└──────────────────────────────────────────────────────────────────────────────┘",
            " Enter drill  Bksp back  [ ] year  ? help  q quit    as of 2024-12-31 · 6 files",
        ])
    }

    @Test("LANG=C: one KPI in ASCII")
    func asciiDetail() {
        let state = press([.character("4"), .enter], on: SampleLedgerStates.state(SampleLedgerStates.riverton, glyphs: .ascii))
        #expect(SampleLedgerStates.screen(state).lines() == [
            " GovLens . City of Riverton . FY2025 (Jul 2024-Jun 2025) . as of 2025-03-31",
            " All agencies > 911 calls: average answer time               1 2 3 [4 KPIs] 5 6",
            "+ 911 calls: average answer time ----------------------------------------------+",
            "| x off track . latest 12.5 s (2025-03) . target 10 s . baseline 9.6 s (202... |",
            "| Emergency Communications (911) . lower is better . monthly . trend worsening |",
            "+------------------------------------------------------------------------------+",
            "+ Observations against target -------------------------------------------------+",
            "| 12.8                                                                      ** |",
            "|                                               ******   ********       ****   |",
            "|                          *       **    *******      * *        *******       |",
            "|             ***    ***  * ****  *  ****              *                       |",
            "|      *** -** - ****- -** - - -** - - - - - - - - - - - - - - - - - - - - - - |",
            "|  9.2    **                                                                   |",
            "| 2022-07                  value . target . baseline                   2025-03 |",
            "+------------------------------------------------------------------------------+",
            "+ Periods . 33 ----------------------------------------------------------------+",
            "| Period             Value         Target Status        Spending  Cost/unit    |",
            "|>2025-03           12.5 s           10 s x off track $1,358,683          -    |",
            "| 2025-02           12.2 s           10 s x off track $1,253,676          -    |",
            "| 2025-01             12 s           10 s x off track $1,362,442          -    |",
            "| 2024-12           11.7 s           10 s x off track $1,236,572          -    |",
            "| 2024-11           11.5 s           10 s x off track $1,185,973          -    |",
            "+------------------------------------------------------------------------------+",
            " Enter drill  Bksp back  [ ] year  ? help  q quit    as of 2025-03-31 . 8 files",
        ])
    }
}
