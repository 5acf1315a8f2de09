import Dashboard
import TerminalCore
import Testing

/// The Budget panel of the sample ledgers, compared with reviewed text. Re-record on purpose
/// only, after reading every line: columns aligned, names cut with an ellipsis, yen without
/// decimals, Japanese names two columns a character.
@Suite("Budget screen")
struct BudgetScreenTests {
    let wide = Size(width: 160, height: 48)

    func screen(_ keys: [Key], on state: AppState) -> [String] {
        SampleLedgerStates.screen(keys.reduce(state) { DashboardApp.update($0, .key($1)).0 }).lines()
    }

    @Test("Riverton 80x24: agencies closed, revised, paid, execution bar at the year elapsed, variance, flags, totals")
    func riverton() {
        #expect(screen([.character("2")], on: SampleLedgerStates.state(SampleLedgerStates.riverton)) == [
            " GovLens · City of Riverton · FY2025 (Jul 2024–Jun 2025) · as of 2025-03-31",
            " All agencies                                              1 [2 Budget] 3 4 5 6",
            " By organisation · 75.1% of year elapsed       2 overspent · $675.0K unbudgeted",
            " Organisation                 Revised       Paid  Exec %     │    Variance Flags",
            "▶▸ Finance Department         $128.5M    $119.6M   93.1% ████│▋     +$0.5M",
            " ▸ Fire Department            $188.3M    $129.1M   68.6% ████│      -$1.3M",
            " ▸ Mayor & City Council        $20.1M     $14.6M   72.7% ████│      +$2.6M nobud",
            " ▸ Public Health               $67.4M     $47.3M   70.2% ████│      +$0.5M",
            " ▸ Housing & Community De…     $65.0M     $27.3M   42.0% ██▌ │     -$22.2M",
            " ▸ Information Technology      $46.5M     $29.1M   62.5% ███▊│      +$4.6M",
            " ▸ Public Library              $39.0M     $25.3M   64.7% ███▉│      +$0.1M",
            " ▸ Planning & Development      $24.7M     $16.9M   68.4% ████│      -$0.2M",
            " ▸ Police Department          $247.4M    $175.4M   70.9% ████│      -$6.6M",
            " ▸ Parks & Recreation          $68.9M     $41.1M   59.6% ███▋│      -$1.6M",
            " ▸ Public Works               $215.9M    $135.2M   62.6% ███▊│      +$3.7M over",
            " ▸ Water & Sewer Utility      $111.2M     $77.3M   69.5% ████│      +$6.1M",
            "",
            "",
            "",
            "",
            "",
            "",
            "   Total                    $1,223.1M    $838.3M   68.5% ████▏     -$12.4M",
            " Enter drill  Bksp back  [ ] year  ? help  q quit    as of 2025-03-31 · 8 files",
        ])
    }

    @Test("overspent is bad, no budget line a warning, the selected row highlighted, the totals bold")
    func styles() throws {
        let state = [Key.character("2")].reduce(SampleLedgerStates.state(SampleLedgerStates.riverton)) { DashboardApp.update($0, .key($1)).0 }
        let canvas = SampleLedgerStates.screen(state)
        let lines = canvas.lines()
        let flags = try #require(lines[3].firstRange(of: "Flags")).lowerBound.utf16Offset(in: lines[3])
        let publicWorks = try #require(lines.firstIndex { $0.contains("Public Works") })
        let mayor = try #require(lines.firstIndex { $0.contains("Mayor & City Council") })
        #expect(canvas[flags, publicWorks].style.role == .bad)
        #expect(canvas[flags, mayor].style.role == .warning)
        #expect(canvas[0, 4].style.role == .selection)
        #expect(canvas[3, 22].style.bold)
    }

    @Test("Aozora 80x24: an agency opened, its sections indented; yen in millions")
    func aozora() {
        #expect(screen([.character("2"), .down, .character(" ")], on: SampleLedgerStates.state(SampleLedgerStates.aozora)) == [
            " GovLens · 青空市 · FY2024 (Apr 2024–Mar 2025) · as of 2024-12-31",
            " All agencies                                              1 [2 Budget] 3 4 5 6",
            " By organisation · 75.3% of year elapsed",
            " Organisation                     Revised        Paid  Exec %     │     Variance",
            " ▸ 総務部                       ¥8,284.9M   ¥4,854.0M   58.6% ███▌│     -¥541.5M",
            "▶▾ 市民生活部                   ¥4,460.3M   ¥2,969.7M   66.6% ████│     +¥268.5M",
            "     市民課                       ¥689.2M     ¥483.5M   70.2% ████│      -¥37.8M",
            "     環境保全課                 ¥3,244.3M   ¥2,142.3M   66.0% ████│     +¥468.8M",
            "     防災危機管理課               ¥526.8M     ¥343.9M   65.3% ███▉│      -¥81.2M",
            " ▸ 健康福祉部                  ¥21,943.1M  ¥14,168.1M   64.6% ███▉│     +¥609.4M",
            " ▸ 建設部                       ¥7,661.0M   ¥4,172.3M   54.5% ███▎│     -¥883.2M",
            " ▸ 教育委員会                   ¥6,997.4M   ¥4,585.4M   65.5% ███▉│   +¥1,678.9M",
            " ▸ 消防本部                     ¥3,396.5M   ¥2,412.3M   71.0% ████│     -¥140.8M",
            " ▸ 議会事務局                     ¥441.7M     ¥310.0M   70.2% ████│      +¥33.5M",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "   Total                       ¥53,184.9M  ¥33,471.9M   62.9% ███▊      +¥718.6M",
            " Enter drill  Bksp back  [ ] year  ? help  q quit    as of 2024-12-31 · 6 files",
        ])
    }

    @Test("LANG=C: every node opened and sorted by revised within its parent, in ASCII")
    func ascii() {
        let state = SampleLedgerStates.state(SampleLedgerStates.riverton, glyphs: .ascii)
        #expect(screen([.character("2"), .character("*"), .character("s"), .down], on: state) == [
            " GovLens . City of Riverton . FY2025 (Jul 2024-Jun 2025) . as of 2025-03-31",
            " All agencies                                              1 [2 Budget] 3 4 5 6",
            " By organisation . 75.1% of year elapsed       2 overspent . $675.0K unbudgeted",
            " Organisation               Revised v       Paid  Exec %     |    Variance Flags",
            " - Police Department          $247.4M    $175.4M   70.9% ####|      -$6.6M",
            ">    Patrol Operations        $148.4M    $106.7M   71.9% ####|      -$2.6M",
            "     Criminal Investiga...     $51.2M     $35.7M   69.6% ####|      -$3.0M",
            "     Emergency Communic...     $16.6M     $11.6M   69.7% ####|      -$0.6M",
            "     Traffic Enforcement       $14.9M     $10.3M   69.2% ####|      -$0.6M",
            "     Training & Profess...      $9.5M      $6.7M   70.3% ####|      +$0.2M",
            "     Community Policing...      $6.7M      $4.5M   66.6% ####|      +$0.1M",
            " - Public Works               $215.9M    $135.2M   62.6% ####|      +$3.7M over",
            "     Capital Improvemen...     $66.3M     $31.9M   48.1% ### |      +$3.1M",
            "     Sanitation & Recyc...     $48.2M     $33.8M   70.2% ####|      +$0.8M",
            "     Street Maintenance        $40.8M     $26.6M   65.2% ####|      +$0.3M",
            "     Fleet Services            $20.8M     $14.4M   69.0% ####|      -$0.3M",
            "     Facilities Mainten...     $17.4M     $11.1M   63.7% ####|      -$0.8M",
            "     Traffic Signals & ...     $11.5M      $7.9M   68.4% ####|      +$0.0M",
            "     Snow & Ice Control        $10.8M      $9.5M   88.0% ####|      +$1.9M over",
            " - Fire Department            $188.3M    $129.1M   68.6% ####|      -$1.3M",
            "     Fire Suppression         $116.4M     $82.6M   71.0% ####|      -$1.7M",
            "     Emergency Medical ...     $48.5M     $35.1M   72.3% ####|      -$0.9M",
            "   Total                    $1,223.1M    $838.3M   68.5% ####      -$12.4M",
            " Enter drill  Bksp back  [ ] year  ? help  q quit    as of 2025-03-31 . 8 files",
        ])
    }

    @Test("drilled into an agency, by category: the tree says it is not narrowed to the agency")
    func otherClassification() {
        #expect(screen([.character("2"), .down, .enter, .character("c")], on: SampleLedgerStates.state(SampleLedgerStates.riverton)) == [
            " GovLens · City of Riverton · FY2025 (Jul 2024–Jun 2025) · as of 2025-03-31",
            " All agencies › Fire Department                            1 [2 Budget] 3 4 5 6",
            " By category · 75.1% of year elapsed · not narrowed to Fire Department",
            " Category                     Revised       Paid  Exec %     │    Variance Flags",
            "▶▸ Capital Outlay             $124.4M     $55.6M   44.7% ██▋ │     +$22.7M over",
            " ▸ Contractual Services       $169.4M     $97.1M   57.3% ███▌│      +$7.3M",
            " ▸ Debt Service               $102.8M    $102.8M  100.0% ████│█      $0.0M",
            " ▸ Grants & Assistance         $64.7M     $28.8M   44.5% ██▋ │     -$18.5M",
            " ▸ Other Expenses               $0.0M      $0.7M       –            +$0.9M nobud",
            " ▸ Personnel                  $684.6M    $504.5M   73.7% ████│     -$11.1M over",
            " ▸ Supplies                    $77.2M     $48.9M   63.4% ███▊│      -$1.4M",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "   Total                    $1,223.1M    $838.3M   68.5% ████▏     -$12.4M",
            " Enter drill  Bksp back  [ ] year  ? help  q quit  1-6 panels       By category",
        ])
    }

    @Test("Riverton 160x48: every column, whole dollars, every node opened, scrolled to the end")
    func rivertonWide() {
        #expect(screen([.character("2"), .character("*"), .end], on: SampleLedgerStates.state(SampleLedgerStates.riverton, size: wide)) == [
            " GovLens · City of Riverton · FY2025 (Jul 2024–Jun 2025) · as of 2025-03-31",
            " All agencies                                                                                      1 Overview [2 Budget] 3 Spending 4 KPIs 5 Line items 6 Audit",
            " By organisation · 75.1% of year elapsed                                                                                       2 overspent · $675.0K unbudgeted",
            " Organisation                                    Adopted        Revised           Paid      Remaining  Exec %     │      Projection       Variance   Var % Flags",
            "     Code Enforcement                         $6,234,800     $6,234,800     $3,468,153     $2,766,647   55.6% ███▍│      $5,403,042      -$831,758  -13.3%",
            "     Homeless Services                       $16,568,600    $16,568,600     $7,101,620     $9,466,980   42.9% ██▋ │     $10,899,703    -$5,668,897  -34.2%",
            "     Rental Assistance                        $7,336,900     $7,336,900     $2,628,214     $4,708,686   35.8% ██▏ │      $4,098,773    -$3,238,127  -44.1%",
            " ▾ Information Technology                    $46,541,500    $46,541,500    $29,077,168    $17,464,332   62.5% ███▊│     $51,125,562    +$4,584,062   +9.8%",
            "     Enterprise Applications                 $15,193,400    $15,193,400     $9,745,175     $5,448,225   64.1% ███▉│     $19,348,939    +$4,155,539  +27.4%",
            "     Infrastructure & Networks               $19,221,300    $19,221,300    $11,770,276     $7,451,024   61.2% ███▋│     $18,986,544      -$234,756   -1.2%",
            "     Cybersecurity                            $6,518,000     $6,518,000     $3,997,125     $2,520,875   61.3% ███▋│      $6,613,972       +$95,972   +1.5%",
            "     Service Desk                             $5,608,800     $5,608,800     $3,564,591     $2,044,209   63.6% ███▉│      $6,543,455      +$934,655  +16.7%",
            " ▾ Public Library                            $38,986,300    $39,020,900    $25,264,051    $13,756,849   64.7% ███▉│     $39,134,603      +$113,703   +0.3%",
            "     Branch Services                         $22,471,100    $22,471,100    $14,357,512     $8,113,588   63.9% ███▉│     $21,029,946    -$1,441,154   -6.4%",
            "     Collections & Digital Resources          $7,932,300     $7,932,300     $5,161,734     $2,770,566   65.1% ███▉│      $8,993,255    +$1,060,955  +13.4%",
            "     Library Technology                       $3,714,100     $3,588,000     $2,218,884     $1,369,116   61.8% ███▊│      $3,833,370      +$245,370   +6.8%",
            "     Youth & Literacy Programs                $4,868,800     $5,029,500     $3,525,921     $1,503,579   70.1% ████│      $5,471,444      +$441,944   +8.8%",
            " ▾ Planning & Development                    $24,496,800    $24,740,900    $16,933,185     $7,807,715   68.4% ████│     $24,566,524      -$174,376   -0.7%",
            "     Economic Development                     $7,156,700     $7,156,700     $4,954,858     $2,201,842   69.2% ████│      $6,945,397      -$211,303   -3.0%",
            "     Long-Range Planning                      $4,209,700     $4,453,800     $3,156,529     $1,297,271   70.9% ████│      $5,063,624      +$609,824  +13.7%",
            "     Building Permits & Inspections          $13,130,400    $13,130,400     $8,821,798     $4,308,602   67.2% ████│     $12,654,318      -$476,082   -3.6%",
            " ▾ Police Department                        $251,912,300   $247,381,900   $175,395,884    $71,986,016   70.9% ████│    $240,792,499    -$6,589,401   -2.7%",
            "     Emergency Communications (911)          $16,619,100    $16,619,100    $11,577,428     $5,041,672   69.7% ████│     $15,994,264      -$624,836   -3.8%",
            "     Criminal Investigations                 $52,724,300    $51,248,100    $35,662,508    $15,585,592   69.6% ████│     $48,293,392    -$2,954,708   -5.8%",
            "     Patrol Operations                      $151,097,000   $148,377,300   $106,672,658    $41,704,642   71.9% ████│    $145,756,406    -$2,620,894   -1.8%",
            "     Traffic Enforcement                     $14,940,800    $14,940,800    $10,342,110     $4,598,690   69.2% ████│     $14,321,032      -$619,768   -4.1%",
            "     Training & Professional Standards        $9,835,700     $9,501,200     $6,683,137     $2,818,063   70.3% ████│      $9,690,474      +$189,274   +2.0%",
            "     Community Policing & Youth Outreach      $6,695,400     $6,695,400     $4,458,043     $2,237,357   66.6% ████│      $6,749,342       +$53,942   +0.8%",
            " ▾ Parks & Recreation                        $69,481,500    $68,916,400    $41,063,463    $27,852,937   59.6% ███▋│     $67,334,567    -$1,581,833   -2.3%",
            "     Aquatics                                 $8,450,800     $8,450,800     $5,662,514     $2,788,286   67.0% ████│      $7,840,771      -$610,029   -7.2%",
            "     Parks Capital Projects                  $17,827,700    $17,827,700     $8,056,610     $9,771,090   45.2% ██▊ │     $27,074,911    +$9,247,211  +51.9%",
            "     Urban Forestry                           $5,994,900     $5,994,900     $3,944,938     $2,049,962   65.8% ████│      $5,758,663      -$236,237   -3.9%",
            "     Park Maintenance                        $20,924,300    $20,359,200    $12,312,590     $8,046,610   60.5% ███▋│     $19,143,073    -$1,216,127   -6.0%",
            "     Recreation Programs                     $16,283,800    $16,283,800    $11,086,810     $5,196,990   68.1% ████│     $15,989,772      -$294,028   -1.8%",
            " ▾ Public Works                             $211,118,100   $215,850,200   $135,182,007    $80,668,193   62.6% ███▊│    $219,566,126    +$3,715,926   +1.7% over",
            "     Capital Improvement Program             $66,268,600    $66,268,600    $31,896,955    $34,371,645   48.1% ██▉ │     $69,352,526    +$3,083,926   +4.7%",
            "     Facilities Maintenance                  $17,417,800    $17,417,800    $11,086,983     $6,330,817   63.7% ███▉│     $16,633,678      -$784,122   -4.5%",
            "     Fleet Services                          $19,290,400    $20,833,800    $14,376,712     $6,457,088   69.0% ████│     $20,503,506      -$330,294   -1.6%",
            "     Sanitation & Recycling                  $45,952,200    $48,158,000    $33,790,098    $14,367,902   70.2% ████│     $48,950,823      +$792,823   +1.6%",
            "     Snow & Ice Control                       $9,827,700    $10,810,600     $9,508,995     $1,301,605   88.0% ████│▎    $12,723,973    +$1,913,373  +17.7% over",
            "     Street Maintenance                      $40,814,000    $40,814,000    $26,628,407    $14,185,593   65.2% ███▉│     $41,104,737      +$290,737   +0.7%",
            "     Traffic Signals & Signs                 $11,547,400    $11,547,400     $7,893,857     $3,653,543   68.4% ████│     $11,558,995       +$11,595   +0.1%",
            " ▾ Water & Sewer Utility                    $114,232,900   $111,212,000    $77,345,352    $33,866,648   69.5% ████│    $117,293,637    +$6,081,637   +5.5%",
            "     Utility Customer Service                 $9,692,300     $9,382,300     $6,391,638     $2,990,662   68.1% ████│      $8,802,629      -$579,671   -6.2%",
            "     Distribution & Collection               $49,217,600    $49,217,600    $36,798,243    $12,419,357   74.8% ████│     $52,115,049    +$2,897,449   +5.9%",
            "▶    Water Supply & Treatment                $55,323,000    $52,612,100    $34,155,471    $18,456,629   64.9% ███▉│     $56,338,071    +$3,725,971   +7.1%",
            "   Total                                  $1,212,579,300 $1,223,053,800   $838,294,446   $384,759,354   68.5% ████▏  $1,210,639,857   -$12,413,943   -1.0%",
            " Enter drill  Bksp back  [ ] year  ? help  q quit  1-6 panels                                                                        as of 2025-03-31 · 8 files",
        ])
    }

    @Test("Aozora 160x48: every column in whole yen, every node opened")
    func aozoraWide() {
        #expect(screen([.character("2"), .character("*")], on: SampleLedgerStates.state(SampleLedgerStates.aozora, size: wide)) == [
            " GovLens · 青空市 · FY2024 (Apr 2024–Mar 2025) · as of 2024-12-31",
            " All agencies                                                                                      1 Overview [2 Budget] 3 Spending 4 KPIs 5 Line items 6 Audit",
            " By organisation · 75.3% of year elapsed",
            " Organisation                                     Adopted         Revised            Paid       Remaining  Exec %     │       Projection        Variance   Var %",
            "▶▾ 総務部                                  ¥7,970,717,000  ¥8,284,871,000  ¥4,854,044,214  ¥3,430,826,786   58.6% ███▌│   ¥7,743,411,985   -¥541,459,015   -6.5%",
            "     総務課                                ¥1,791,919,000  ¥1,791,919,000  ¥1,146,024,249    ¥645,894,751   64.0% ███▉│   ¥1,602,951,090   -¥188,967,910  -10.5%",
            "     財政課                                ¥4,188,716,000  ¥4,502,870,000  ¥2,346,432,342  ¥2,156,437,658   52.1% ███▏│   ¥4,604,671,057   +¥101,801,057   +2.3%",
            "     税務課                                  ¥894,986,000    ¥894,986,000    ¥645,758,426    ¥249,227,574   72.2% ████│     ¥891,483,388     -¥3,502,612   -0.4%",
            "     情報政策課                            ¥1,095,096,000  ¥1,095,096,000    ¥715,829,197    ¥379,266,803   65.4% ███▉│     ¥833,466,155   -¥261,629,845  -23.9%",
            " ▾ 市民生活部                              ¥4,460,348,000  ¥4,460,348,000  ¥2,969,676,518  ¥1,490,671,482   66.6% ████│   ¥4,728,852,130   +¥268,504,130   +6.0%",
            "     市民課                                  ¥689,176,000    ¥689,176,000    ¥483,529,271    ¥205,646,729   70.2% ████│     ¥651,390,244    -¥37,785,756   -5.5%",
            "     環境保全課                            ¥3,244,327,000  ¥3,244,327,000  ¥2,142,277,643  ¥1,102,049,357   66.0% ████│   ¥3,713,094,296   +¥468,767,296  +14.4%",
            "     防災危機管理課                          ¥526,845,000    ¥526,845,000    ¥343,869,604    ¥182,975,396   65.3% ███▉│     ¥445,665,097    -¥81,179,903  -15.4%",
            " ▾ 健康福祉部                             ¥21,943,083,000 ¥21,943,083,000 ¥14,168,066,770  ¥7,775,016,230   64.6% ███▉│  ¥22,552,492,473   +¥609,409,473   +2.8%",
            "     社会福祉課                           ¥10,159,982,000 ¥10,159,982,000  ¥6,386,835,680  ¥3,773,146,320   62.9% ███▊│  ¥10,205,330,312    +¥45,348,312   +0.4%",
            "     子育て支援課                          ¥7,402,213,000  ¥7,402,213,000  ¥5,013,861,666  ¥2,388,351,334   67.7% ████│   ¥7,568,028,786   +¥165,815,786   +2.2%",
            "     健康推進課                            ¥1,943,265,000  ¥1,943,265,000  ¥1,078,715,761    ¥864,549,239   55.5% ███▍│   ¥2,063,818,922   +¥120,553,922   +6.2%",
            "     高齢福祉課                            ¥2,437,623,000  ¥2,437,623,000  ¥1,688,653,663    ¥748,969,337   69.3% ████│   ¥2,774,994,101   +¥337,371,101  +13.8%",
            " ▾ 建設部                                  ¥7,622,243,000  ¥7,661,009,000  ¥4,172,282,873  ¥3,488,726,127   54.5% ███▎│   ¥6,777,808,117   -¥883,200,883  -11.5%",
            "     道路課                                ¥2,677,233,000  ¥2,677,233,000  ¥1,021,984,187  ¥1,655,248,813   38.2% ██▎ │   ¥1,313,160,587 -¥1,364,072,413  -51.0%",
            "     都市計画課                              ¥813,656,000    ¥798,196,000    ¥572,969,158    ¥225,226,842   71.8% ████│     ¥718,222,672    -¥79,973,328  -10.0%",
            "     公園緑地課                              ¥934,907,000    ¥989,133,000    ¥763,003,857    ¥226,129,143   77.1% ████│     ¥891,676,658    -¥97,456,342   -9.9%",
            "     下水道課                              ¥3,196,447,000  ¥3,196,447,000  ¥1,814,325,671  ¥1,382,121,329   56.8% ███▍│   ¥5,120,997,413 +¥1,924,550,413  +60.2%",
            " ▾ 教育委員会                              ¥6,920,528,000  ¥6,997,405,000  ¥4,585,434,443  ¥2,411,970,557   65.5% ███▉│   ¥8,676,323,103 +¥1,678,918,103  +24.0%",
            "     教育総務課                            ¥1,239,939,000  ¥1,316,816,000    ¥919,505,007    ¥397,310,993   69.8% ████│   ¥1,239,404,670    -¥77,411,330   -5.9%",
            "     学校教育課                            ¥4,371,928,000  ¥4,371,928,000  ¥2,711,201,297  ¥1,660,726,703   62.0% ███▊│   ¥5,976,955,464 +¥1,605,027,464  +36.7%",
            "     生涯学習課                            ¥1,308,661,000  ¥1,308,661,000    ¥954,728,139    ¥353,932,861   73.0% ████│   ¥1,630,650,351   +¥321,989,351  +24.6%",
            " ▾ 消防本部                                ¥3,438,732,000  ¥3,396,497,000  ¥2,412,340,653    ¥984,156,347   71.0% ████│   ¥3,255,741,827   -¥140,755,173   -4.1%",
            "     消防総務課                              ¥623,094,000    ¥623,094,000    ¥425,423,323    ¥197,670,677   68.3% ████│     ¥538,866,925    -¥84,227,075  -13.5%",
            "     警防課                                ¥2,815,638,000  ¥2,773,403,000  ¥1,986,917,330    ¥786,485,670   71.6% ████│   ¥2,719,514,152    -¥53,888,848   -1.9%",
            " ▾ 議会事務局                                ¥460,615,000    ¥441,730,000    ¥310,042,660    ¥131,687,340   70.2% ████│     ¥475,246,294    +¥33,516,294   +7.6%",
            "     議事課                                  ¥460,615,000    ¥441,730,000    ¥310,042,660    ¥131,687,340   70.2% ████│     ¥475,246,294    +¥33,516,294   +7.6%",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "   Total                                  ¥52,816,266,000 ¥53,184,943,000 ¥33,471,888,131 ¥19,713,054,869   62.9% ███▊   ¥53,903,562,408   +¥718,619,408   +1.4%",
            " Enter drill  Bksp back  [ ] year  ? help  q quit  1-6 panels                                                                        as of 2024-12-31 · 6 files",
        ])
    }
}
