import LedgerKit

/// The City of Riverton: a fictional US city with a July–June fiscal year, as of 2025-03-31.
///
/// The same catalog, replicated, is the shape of the synthetic benchmark ledgers.
enum Riverton {
    static let seed: UInt64 = 20_250_331
    static let lineItems = 28_000

    /// The Riverton blueprint, or a scaled copy of it.
    ///
    /// - Parameters:
    ///   - copies: how many times the agencies (with their programs and vendor pools) are repeated;
    ///     copy 2 of `POL-PAT` is `POL2-PAT`.
    ///   - agencies: how many agencies of each copy to keep (all by default), for small ledgers.
    static func blueprint(
        seed: UInt64 = seed, lineItems: Int = lineItems, copies: Int = 1, agencies: Int? = nil,
        name: String = "City of Riverton", lineItemPrefix: String = "RIV"
    ) -> LedgerBlueprint {
        let keptAgencies = Array(RivertonPrograms.agencies.prefix(agencies ?? RivertonPrograms.agencies.count))
        var organisation: [ClassificationNode] = []
        var programs: [ProgramSpec] = []
        for copy in 1...copies {
            let suffix = copy == 1 ? "" : "\(copy)"
            for agency in keptAgencies {
                var node = agency
                node.code += suffix
                node.name += copy == 1 ? "" : " \(copy)"
                organisation.append(node)
                for var program in RivertonPrograms.programs where program.agency == agency.code {
                    program.code = node.code + program.code.dropFirst(agency.code.count)
                    program.agency = node.code
                    organisation.append(ClassificationNode(program.code, program.name, parent: node.code))
                    programs.append(program)
                }
            }
        }
        let codes = Set(organisation.map(\.code))
        let vendors = RivertonVendors.make(seed: seed, scale: copies)
        return LedgerBlueprint(
            seed: seed,
            publisher: Publisher(
                name: name, currency: "USD", decimals: 2, calendar: FiscalCalendar(startMonth: 7, startDay: 1, naming: .end),
                asOf: CivilDate(year: 2025, month: 3, day: 31)!, licence: "CC0-1.0",
                source: "Synthetic data made by govlens-generate (seed \(seed)); not the records of any real government",
                language: "en"
            ),
            fiscalYears: [2023, 2024, 2025],
            totalLineItems: lineItems,
            lineItemPrefix: lineItemPrefix,
            lineItemDigits: lineItems > 2_000_000 ? 8 : 6,
            referenceDigits: lineItems > 2_000_000 ? 7 : 6,
            organisation: organisation,
            categories: RivertonCategories.categories,
            funds: RivertonCategories.funds,
            functions: RivertonCategories.functions,
            regions: RivertonCategories.regions,
            programs: programs,
            spending: RivertonCategories.spending,
            vendors: vendors.vendors,
            vendorPools: vendors.pools,
            texts: texts,
            scenario: scenario(keeping: codes),
            kpis: RivertonKPIs.all.filter { codes.contains($0.organisation) },
            budgetGrowthPerMille: 30,
            budgetRounding: 10_000,
            splitThreshold: 5_000_000
        )
    }

    private static let monthNames = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
    ]

    private static var texts: LedgerTexts {
        LedgerTexts(
            monthly: { phrase, month in "\(phrase) — \(monthNames[month.month - 1]) \(month.year)" },
            refund: "Refund of overpayment",
            deobligation: "Purchase order closed: unused balance released",
            reclassification: "Journal entry: reclassification between budget lines",
            revision: { year in "Mid-year budget amendment FY\(year)" },
            payeeNames: RivertonVendors.payeeNames
        )
    }

    /// Fire Suppression and Snow & Ice Control overspend, Parks capital underspends, and
    /// Housing lags far behind in the current year; claims and an ice storm are unbudgeted.
    private static func scenario(keeping codes: Set<String>) -> Scenario {
        let full = Scenario(
            execution: [
                ExecutionOverride(organisation: "FIR-SUP", fiscalYear: 2024, perMille: 1115, personnelPerMille: 1110),
                ExecutionOverride(organisation: "PW-SNW", fiscalYear: 2024, perMille: 1180, personnelPerMille: 1120),
                ExecutionOverride(organisation: "PW-SNW", fiscalYear: 2025, perMille: 1150, personnelPerMille: 1080),
                ExecutionOverride(organisation: "PRK-CIP", fiscalYear: 2023, perMille: 640),
                ExecutionOverride(organisation: "PRK-CIP", fiscalYear: 2024, perMille: 710),
                ExecutionOverride(organisation: "HSG", fiscalYear: 2025, perMille: 480, personnelPerMille: 930),
            ],
            revisions: [
                RevisionOverride(program: "FIR-SUP", fiscalYear: 2024, perMille: 1040),
                RevisionOverride(program: "PW-SNW", fiscalYear: 2024, perMille: 1150),
                RevisionOverride(program: "PW-SNW", fiscalYear: 2025, perMille: 1100),
            ],
            unbudgeted: [
                UnbudgetedSpending(program: "GOV-ATY", category: "OTH-SET", fund: "GF", fiscalYear: 2023, amount: 120_000_000),
                UnbudgetedSpending(program: "GOV-ATY", category: "OTH-SET", fund: "GF", fiscalYear: 2024, amount: 260_000_000),
                UnbudgetedSpending(program: "GOV-ATY", category: "OTH-SET", fund: "GF", fiscalYear: 2025, amount: 90_000_000),
                UnbudgetedSpending(program: "PW-SNW", category: "OTH-EMR", fund: "GF", fiscalYear: 2024, amount: 340_000_000),
            ]
        )
        return Scenario(
            execution: full.execution.filter { codes.contains($0.organisation) },
            revisions: full.revisions.filter { codes.contains($0.program) },
            unbudgeted: full.unbudgeted.filter { codes.contains($0.program) }
        )
    }
}
