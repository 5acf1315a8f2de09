import Dashboard
import TerminalCore
import Testing

/// The Spending panel at 80x24: bars per month beside last year, the running total against the plan, the categories and vendors. Reviewed text; re-record on purpose only.
@Suite("Spending screen, 80x24")
struct SpendingScreenTests {
    /// `state` after `keys`.
    func press(_ keys: [Key], on state: AppState) -> AppState {
        keys.reduce(state) { DashboardApp.update($0, .key($1)).0 }
    }

    @Test("Riverton: the city's spending, first category selected")
    func riverton() {
        let state = press([.character("3")], on: SampleLedgerStates.state(SampleLedgerStates.riverton))
        #expect(SampleLedgerStates.screen(state).lines() == [
            " GovLens · City of Riverton · FY2025 (Jul 2024–Jun 2025) · as of 2025-03-31",
            " All agencies                                            1 2 [3 Spending] 4 5 6",
            "┌ Paid by month █ FY2025 ░ FY2024 ─────┐┌ Cumulative paid against plan ────────┐",
            "│     ▂                            ░   ││ $1.2B                           ⠄ ⡢⠔ │",
            "│    ░█                            ░   ││                           ⣄ ⣂⣀⡡⠤⠒⠉   │",
            "│    ░█                 ▄  ▁       ░   ││                   ⡀ ⣂⣠⣥⠶⠟⠛⠉⠉         │",
            "│  ▂ ░█ ░▄  ▅ ░▅ ░▇ ░▇ ░█ ░█ ░  ░  ░   ││             ⡀⣀⣤⣤⠵⠖⠒⠋⠉⠁               │",
            "│ ░█ ░█ ░█ ░█ ░█ ░█ ░█ ░█ ░█ ░  ░  ░   ││      ⢀⣀⡤⠴⠶⠛⠋⠉⠁                       │",
            "│ ░█ ░█ ░█ ░█ ░█ ░█ ░█ ░█ ░█ ░  ░  ░   ││ ⣀⡠⠤⠔⠋⠁                               │",
            "│ Jul   Sep   Nov   Jan   Mar   May    ││ Jul      FY2025 plan FY2024      Jun │",
            "│ so far $838.3M  +5.8% vs FY2024      ││ plan $918.1M  -$79.8M behind         │",
            "└──────────────────────────────────────┘└──────────────────────────────────────┘",
            "┌ Categories · 7 ──────────────────────┐┌ Vendors · 393 ───────────────────────┐",
            "│ Category               Paid ▼  Share ││ Vendor                 Paid ▼  Share │",
            "│▶Personnel             $504.5M  60.2% ││ Riverton Payroll C…   $379.1M  45.2% │",
            "│ Debt Service          $102.8M  12.3% ││ Riverton Employees…   $125.5M  15.0% │",
            "│ Contractual Servic…    $97.1M  11.6% ││ First Harbor Bank,…    $74.7M   8.9% │",
            "│ Capital Outlay         $55.6M   6.6% ││ Keystone Trust Com…    $28.0M   3.3% │",
            "│ Supplies               $48.9M   5.8% ││ Lakeside Civil Con…     $7.5M   0.9% │",
            "│ Grants & Assistance    $28.8M   3.4% ││ Riverton Concrete …     $7.3M   0.9% │",
            "│ Other Expenses          $0.7M   0.1% ││ Liberty Supply LLC      $6.1M   0.7% │",
            "│                                      ││ Riverside Literacy…     $6.0M   0.7% │",
            "└──────────────────────────────────────┘└──────────────────────────────────────┘",
            " Enter drill  Bksp back  [ ] year  ? help  q quit    as of 2025-03-31 · 8 files",
        ])
        #expect(SampleLedgerStates.screen(state)[1, 14].style == .selection)
    }

    @Test("Aozora: Japanese names keep every column edge; yen without decimals")
    func aozora() {
        let state = press([.character("3")], on: SampleLedgerStates.state(SampleLedgerStates.aozora))
        #expect(SampleLedgerStates.screen(state).lines() == [
            " GovLens · 青空市 · FY2024 (Apr 2024–Mar 2025) · as of 2024-12-31",
            " All agencies                                            1 2 [3 Spending] 4 5 6",
            "┌ Paid by month █ FY2024 ░ FY2023 ─────┐┌ Cumulative paid against plan ────────┐",
            "│                                  ░   ││ ¥53.2B                          ⠄⢀⠦⠊ │",
            "│                                  ░   ││                           ⠄ ⠂⣀⡡⠤⠒⠁   │",
            "│                 ▁                ░   ││                   ⡀ ⠄⢀⣂⠤⠥⠒⠒⠊⠉        │",
            "│              ▁ ░█  ▂  ▂  ▃    ░  ░   ││             ⡀ ⠄ ⣁⡠⠤⠒⠉⠁               │",
            "│  ▃ ░▃ ░▆ ░▇ ░█ ░█ ░█ ░█ ░█ ░  ░  ░   ││       ⡀ ⢄⣀⡡⠤⠤⠒⠊⠉                     │",
            "│ ░█ ░█ ░█ ░█ ░█ ░█ ░█ ░█ ░█ ░  ░  ░   ││ ⣀⡠⠤⠤⠕⠒⠒⠉⠁                            │",
            "│ Apr   Jun   Aug   Oct   Dec   Feb    ││ Apr      FY2024 plan FY2023      Mar │",
            "│ so far ¥33.5B  +2.4% vs FY2023       ││ plan ¥40.1B  -¥6.6B behind           │",
            "└──────────────────────────────────────┘└──────────────────────────────────────┘",
            "┌ Categories · 8 ──────────────────────┐┌ Vendors · 131 ───────────────────────┐",
            "│ Category               Paid ▼  Share ││ Vendor                 Paid ▼  Share │",
            "│▶人件費                 ¥12.6B  37.6% ││ 青空市職員給与支払… ¥9,764.3M  29.2% │",
            "│ 扶助費                  ¥8.1B  24.2% ││ 扶助費受給者（口座… ¥7,484.8M  22.4% │",
            "│ 物件費                  ¥5.1B  15.4% ││ 東京都市町村職員共… ¥2,819.4M   8.4% │",
            "│ 補助費等                ¥2.9B   8.8% ││ 財政融資資金（財務… ¥1,555.1M   4.6% │",
            "│ 公債費                  ¥2.1B   6.4% ││ NPO法人あおぞら子…    ¥708.6M   2.1% │",
            "│ 維持補修費              ¥1.0B   3.1% ││ 大和電設株式会社      ¥621.7M   1.9% │",
            "│ 普通建設事業費          ¥1.0B   2.9% ││ 地方公共団体金融機…   ¥583.2M   1.7% │",
            "│ 備品購入費              ¥0.6B   1.7% ││ 若葉環境サービス有…   ¥551.0M   1.6% │",
            "└──────────────────────────────────────┘└──────────────────────────────────────┘",
            " Enter drill  Bksp back  [ ] year  ? help  q quit    as of 2024-12-31 · 6 files",
        ])
    }

    @Test("LANG=C: the same screen in ASCII")
    func ascii() {
        let state = press([.character("3")], on: SampleLedgerStates.state(SampleLedgerStates.riverton, glyphs: .ascii))
        #expect(SampleLedgerStates.screen(state).lines() == [
            " GovLens . City of Riverton . FY2025 (Jul 2024-Jun 2025) . as of 2025-03-31",
            " All agencies                                            1 2 [3 Spending] 4 5 6",
            "+ Paid by month # FY2025 | FY2024 -----++ Cumulative paid against plan --------+",
            "|     .                            |   || $1.2B                           - -. |",
            "|    |#                            |   ||                           - -.-...   |",
            "|    |#                 -  _       |   ||                   -********.         |",
            "|  . |# |-  = |= |* |* |# |# |  |  |   ||            ********...               |",
            "| |# |# |# |# |# |# |# |# |# |  |  |   ||      ******...                       |",
            "| |# |# |# |# |# |# |# |# |# |  |  |   || *****                                |",
            "| Jul   Sep   Nov   Jan   Mar   May    || Jul      FY2025 plan FY2024      Jun |",
            "| so far $838.3M  +5.8% vs FY2024      || plan $918.1M  -$79.8M behind         |",
            "+--------------------------------------++--------------------------------------+",
            "+ Categories . 7 ----------------------++ Vendors . 393 -----------------------+",
            "| Category               Paid v  Share || Vendor                 Paid v  Share |",
            "|>Personnel             $504.5M  60.2% || Riverton Payroll...   $379.1M  45.2% |",
            "| Debt Service          $102.8M  12.3% || Riverton Employe...   $125.5M  15.0% |",
            "| Contractual Serv...    $97.1M  11.6% || First Harbor Ban...    $74.7M   8.9% |",
            "| Capital Outlay         $55.6M   6.6% || Keystone Trust C...    $28.0M   3.3% |",
            "| Supplies               $48.9M   5.8% || Lakeside Civil C...     $7.5M   0.9% |",
            "| Grants & Assistance    $28.8M   3.4% || Riverton Concret...     $7.3M   0.9% |",
            "| Other Expenses          $0.7M   0.1% || Liberty Supply LLC      $6.1M   0.7% |",
            "|                                      || Riverside Litera...     $6.0M   0.7% |",
            "+--------------------------------------++--------------------------------------+",
            " Enter drill  Bksp back  [ ] year  ? help  q quit    as of 2025-03-31 . 8 files",
        ])
        #expect(SampleLedgerStates.screen(state).text.unicodeScalars.allSatisfy { $0.isASCII })
    }

    @Test("drilled into a category: its subcategories and vendors; no plan outside the organisation tree")
    func category() {
        let state = press([.character("3"), .enter], on: SampleLedgerStates.state(SampleLedgerStates.riverton))
        #expect(SampleLedgerStates.screen(state).lines() == [
            " GovLens · City of Riverton · FY2025 (Jul 2024–Jun 2025) · as of 2025-03-31",
            " All agencies › Personnel                                1 2 [3 Spending] 4 5 6",
            "┌ Paid by month █ FY2025 ░ FY2024 ─────┐┌ Cumulative paid ─────────────────────┐",
            "│ ░█ ░█ ░▇ ░▇ ░▇ ░▇ ░▇ ░▇ ░▇ ░  ░  ░   ││ $660.9M                       ⢀⣀⠤⠔⠒⠉ │",
            "│ ░█ ░█ ░█ ░█ ░█ ░█ ░█ ░█ ░█ ░  ░  ░   ││                        ⣀⣠⣤⠶⠔⠒⠉⠁      │",
            "│ ░█ ░█ ░█ ░█ ░█ ░█ ░█ ░█ ░█ ░  ░  ░   ││                  ⢀⣀⡤⠶⠞⠛⠉⠁            │",
            "│ ░█ ░█ ░█ ░█ ░█ ░█ ░█ ░█ ░█ ░  ░  ░   ││            ⢀⣀⠤⠔⠒⠉⠁                   │",
            "│ ░█ ░█ ░█ ░█ ░█ ░█ ░█ ░█ ░█ ░  ░  ░   ││      ⢀⣀⠤⠔⠒⠉⠁                         │",
            "│ ░█ ░█ ░█ ░█ ░█ ░█ ░█ ░█ ░█ ░  ░  ░   ││ ⣀⠤⠔⠒⠉⠁                               │",
            "│ Jul   Sep   Nov   Jan   Mar   May    ││ Jul        FY2025 FY2024         Jun │",
            "│ so far $504.5M  +1.9% vs FY2024      ││ paid $504.5M  no plan for this scope │",
            "└──────────────────────────────────────┘└──────────────────────────────────────┘",
            "┌ Categories · 3 ──────────────────────┐┌ Vendors · 2 ─────────────────────────┐",
            "│ Category               Paid ▼  Share ││ Vendor                 Paid ▼  Share │",
            "│▶Salaries & Wages      $347.5M  68.9% ││ Riverton Payroll C…   $379.1M  75.1% │",
            "│ Employee Benefits     $125.5M  24.9% ││ Riverton Employees…   $125.5M  24.9% │",
            "│ Overtime               $31.6M   6.3% ││                                      │",
            "│                                      ││                                      │",
            "│                                      ││                                      │",
            "│                                      ││                                      │",
            "│                                      ││                                      │",
            "│                                      ││                                      │",
            "└──────────────────────────────────────┘└──────────────────────────────────────┘",
            " Enter drill  Bksp back  [ ] year  ? help  q quit    as of 2025-03-31 · 8 files",
        ])
    }

    @Test("drilled into an agency on the Overview, then 3: its spending against its own plan")
    func agency() {
        let state = press([.down, .enter, .character("3")], on: SampleLedgerStates.state(SampleLedgerStates.riverton))
        #expect(SampleLedgerStates.screen(state).lines() == [
            " GovLens · City of Riverton · FY2025 (Jul 2024–Jun 2025) · as of 2025-03-31",
            " All agencies › Finance Department                       1 2 [3 Spending] 4 5 6",
            "┌ Paid by month █ FY2025 ░ FY2024 ─────┐┌ Cumulative paid against plan ────────┐",
            "│     █                                ││ $128.5M               ⢀⡠⠤⠤⠤ ⣀⣀⣀⣀⣄⣀⠦⠤ │",
            "│    ░█                                ││        ⢀⣀⣀⣀⣀⣀⣀⣀⣀⡠⠤⠤⠤⠤⣒⠕⠊⠉⠉⠍⠉⠂ ⠁      │",
            "│    ░█                                ││      ⢠⠟⠓⠒⠒⠒⠒⠒⠊⠉⠉⠉⠉⡉⠉⠋ ⠁ ⠁            │",
            "│    ░█                                ││     ⢀⠏      ⡀ ⠄ ⠁                    │",
            "│    ░█                 ▅              ││     ⡞ ⡀ ⠄ ⠁                          │",
            "│ ░▁ ░█ ░▁ ░▁ ░▁ ░▁ ░▁ ░█ ░▁ ░  ░  ░   ││ ⣀⣀⣄⡜⠁                                │",
            "│ Jul   Sep   Nov   Jan   Mar   May    ││ Jul      FY2025 plan FY2024      Jun │",
            "│ so far $119.6M  +11.6% vs FY2024     ││ plan $96.5M  +$23.2M ahead           │",
            "└──────────────────────────────────────┘└──────────────────────────────────────┘",
            "┌ Categories · 5 ──────────────────────┐┌ Vendors · 51 ────────────────────────┐",
            "│ Category               Paid ▼  Share ││ Vendor                 Paid ▼  Share │",
            "│▶Debt Service          $102.8M  85.9% ││ First Harbor Bank,…    $74.7M  62.5% │",
            "│ Personnel              $13.1M  11.0% ││ Keystone Trust Com…    $28.0M  23.4% │",
            "│ Contractual Servic…     $2.3M   1.9% ││ Riverton Payroll C…     $9.8M   8.2% │",
            "│ Supplies                $1.0M   0.8% ││ Riverton Employees…     $3.3M   2.8% │",
            "│ Grants & Assistance     $0.6M   0.5% ││ Acme Audit & Advis…     $0.8M   0.7% │",
            "│                                      ││ Cedar Properties, …     $0.3M   0.2% │",
            "│                                      ││ Beacon Audit & Adv…     $0.2M   0.2% │",
            "│                                      ││ Harbor Computing L…     $0.2M   0.2% │",
            "└──────────────────────────────────────┘└──────────────────────────────────────┘",
            " Enter drill  Bksp back  [ ] year  ? help  q quit    as of 2025-03-31 · 8 files",
        ])
    }

    @Test("b: by quarter")
    func quarters() {
        let state = press([.character("3"), .character("b")], on: SampleLedgerStates.state(SampleLedgerStates.riverton))
        #expect(SampleLedgerStates.screen(state).lines() == [
            " GovLens · City of Riverton · FY2025 (Jul 2024–Jun 2025) · as of 2025-03-31",
            " All agencies                                            1 2 [3 Spending] 4 5 6",
            "┌ Paid by quarter █ FY2025 ░ FY2024 ───┐┌ Cumulative paid against plan ────────┐",
            "│                            ░░░░      ││ $1.2B                           ⢄⣀⠦⠒ │",
            "│ ░░░░████              ▆▆▆▆ ░░░░      ││                         ⡀ ⣄⢀⡢⠤⠓⠉⠁    │",
            "│ ░░░░████ ░░░░████ ░░░░████ ░░░░      ││                   ⡀ ⢄⣀⡦⠶⠚⠛⠉⠁         │",
            "│ ░░░░████ ░░░░████ ░░░░████ ░░░░      ││             ⣀⣀⣄⡤⠥⠖⠒⠉⠉                │",
            "│ ░░░░████ ░░░░████ ░░░░████ ░░░░      ││      ⢀⣀⣤⡴⠶⠛⠛⠉⠁                       │",
            "│ ░░░░████ ░░░░████ ░░░░████ ░░░░      ││ ⣀⠤⠴⠒⠋⠉⠁                              │",
            "│ Q1       Q2       Q3       Q4        ││ Jul      FY2025 plan FY2024      Jun │",
            "│ so far $838.3M  +5.8% vs FY2024      ││ plan $918.1M  -$79.8M behind         │",
            "└──────────────────────────────────────┘└──────────────────────────────────────┘",
            "┌ Categories · 7 ──────────────────────┐┌ Vendors · 393 ───────────────────────┐",
            "│ Category               Paid ▼  Share ││ Vendor                 Paid ▼  Share │",
            "│▶Personnel             $504.5M  60.2% ││ Riverton Payroll C…   $379.1M  45.2% │",
            "│ Debt Service          $102.8M  12.3% ││ Riverton Employees…   $125.5M  15.0% │",
            "│ Contractual Servic…    $97.1M  11.6% ││ First Harbor Bank,…    $74.7M   8.9% │",
            "│ Capital Outlay         $55.6M   6.6% ││ Keystone Trust Com…    $28.0M   3.3% │",
            "│ Supplies               $48.9M   5.8% ││ Lakeside Civil Con…     $7.5M   0.9% │",
            "│ Grants & Assistance    $28.8M   3.4% ││ Riverton Concrete …     $7.3M   0.9% │",
            "│ Other Expenses          $0.7M   0.1% ││ Liberty Supply LLC      $6.1M   0.7% │",
            "│                                      ││ Riverside Literacy…     $6.0M   0.7% │",
            "└──────────────────────────────────────┘└──────────────────────────────────────┘",
            " Enter drill  Bksp back  [ ] year  ? help  q quit           Spending by quarter",
        ])
    }
}
