import LedgerKit

/// 青空市 (Aozora City): a fictional Japanese municipality, fiscal year from April 1 named by the
/// year it starts in (FY2024 = April 2024–March 2025), as of 2024-12-31; names in Japanese.
enum Aozora {
    static let seed: UInt64 = 20_241_231

    static func blueprint() -> LedgerBlueprint {
        let organisation = AozoraPrograms.agencies.flatMap { agency in
            [agency] + AozoraPrograms.programs.filter { $0.agency == agency.code }.map {
                ClassificationNode($0.code, $0.name, parent: agency.code)
            }
        }
        let vendors = AozoraVendors.make(seed: seed)
        return LedgerBlueprint(
            seed: seed,
            publisher: Publisher(
                name: "青空市", currency: "JPY", decimals: 0, calendar: FiscalCalendar(startMonth: 4, startDay: 1, naming: .start),
                asOf: CivilDate(year: 2024, month: 12, day: 31)!, licence: "CC0-1.0",
                source: "govlens-generate による架空のデータ（シード \(seed)）。実在する自治体の記録ではありません",
                language: "ja"
            ),
            fiscalYears: [2023, 2024],
            totalLineItems: 4_200,
            lineItemPrefix: "AOZ",
            lineItemDigits: 6,
            referenceDigits: 5,
            organisation: organisation,
            categories: AozoraCategories.categories,
            funds: AozoraCategories.funds,
            functions: AozoraCategories.functions,
            regions: AozoraCategories.regions,
            programs: AozoraPrograms.programs,
            spending: AozoraCategories.spending,
            vendors: vendors.vendors,
            vendorPools: vendors.pools,
            texts: LedgerTexts(
                monthly: { phrase, month in "\(phrase)（\(month.year)年\(month.month)月分）" },
                refund: "戻入（過払金の返還）",
                deobligation: "契約変更による減額",
                reclassification: "科目更正（予算科目間の振替）",
                revision: { year in "補正予算（令和\(year - 2018)年度）" },
                payeeNames: AozoraVendors.payeeNames
            ),
            scenario: Scenario(
                execution: [
                    ExecutionOverride(organisation: "0301", fiscalYear: 2023, perMille: 1070, personnelPerMille: 1000),
                    ExecutionOverride(organisation: "0401", fiscalYear: 2024, perMille: 560, personnelPerMille: 980),
                ],
                revisions: [RevisionOverride(program: "0301", fiscalYear: 2023, perMille: 1045)],
                unbudgeted: [UnbudgetedSpending(program: "0203", category: "03", fund: "10", fiscalYear: 2023, amount: 48_000_000)]
            ),
            kpis: kpis,
            budgetGrowthPerMille: 15,
            budgetRounding: 1_000,
            splitThreshold: 500_000
        )
    }

    private static let percent: ClosedRange<Int64> = 0...1000

    private static let kpis: [KPISpec] = [
        KPISpec(
            "ZEI-RATE", organisation: "0103", name: "市税収納率", unit: "%", direction: .higher, frequency: .quarterly,
            decimals: 1, first: 978, latest: 984, noise: 3, targets: [980, 985], bounds: percent
        ),
        KPISpec(
            "TAIKI", organisation: "0302", name: "保育所待機児童数", unit: "人", direction: .lower, frequency: .monthly,
            description: "各月1日現在の待機児童数", first: 24, latest: 9, noise: 3, targets: [15, 10], baseline: 27
        ),
        KPISpec(
            "KENSHIN", organisation: "0303", name: "特定健康診査受診率", unit: "%", direction: .higher, frequency: .annual,
            decimals: 1, first: 412, latest: 412, noise: 0, targets: [450, 460], baseline: 405, bounds: percent
        ),
        KPISpec(
            "GOMI", organisation: "0202", name: "市民1人1日あたりのごみ排出量", unit: "g", direction: .lower, frequency: .monthly,
            first: 842, latest: 861, noise: 15, targets: [830, 820]
        ),
        KPISpec(
            "KASHIDASHI", organisation: "0503", name: "図書館貸出冊数", unit: "冊", direction: .higher, frequency: .monthly,
            first: 52000, latest: 47000, noise: 2500, targets: [50000, 50000]
        ),
        KPISpec(
            "KYUKYU", organisation: "0602", name: "救急車の現場到着平均時間", unit: "分", direction: .lower, frequency: .monthly,
            decimals: 1, first: 92, latest: 96, noise: 4, targets: [90, 90]
        ),
        KPISpec(
            "DOURO", organisation: "0401", name: "道路補修要望の平均処理日数", unit: "日", direction: .lower, frequency: .quarterly,
            decimals: 1, first: 186, latest: 142, noise: 10, targets: [180, 150]
        ),
        KPISpec(
            "CONVENI", organisation: "0201", name: "住民票等のコンビニ交付率", unit: "%", direction: .higher, frequency: .quarterly,
            decimals: 1, first: 182, latest: 311, noise: 10, targets: [200, 300], bounds: percent
        ),
        KPISpec(
            "MANZOKU", organisation: "0101", name: "市政に満足している市民の割合", unit: "%", direction: .higher, frequency: .annual,
            first: 68, latest: 68, noise: 0, targets: [70, 72], bounds: 0...100
        ),
    ]
}
