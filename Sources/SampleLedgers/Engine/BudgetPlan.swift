/// A budget line of one fiscal year with its three phases, and how much of it gets spent.
struct BudgetLine {
    var fiscalYear: Int
    var program: Int
    var category: Int
    var fund: String
    var proposed: Int64
    var adopted: Int64
    var revised: Int64
    /// Spending of the whole year relative to the revised amount, per mille.
    var execution: Int

    /// The line's id in a phase: `FY2025-A-PW-STR-CON-MNT-GF` (phase letter P, A or R).
    func id(phase: Character, _ blueprint: LedgerBlueprint) -> String {
        "FY\(fiscalYear)-\(phase)-\(blueprint.programs[program].code)-\(blueprint.spending[category].code)-\(fund)"
    }
}

/// The budget lines of every fiscal year of a blueprint.
///
/// Each program's budget grows from year to year; its profile splits it over categories;
/// proposed amounts are a little higher than adopted ones (council trims requests); revised
/// amounts move a few per cent between programs, as mid-year revisions do.
struct BudgetPlan {
    /// Lines per fiscal year, in the blueprint's program and profile order.
    let years: [[BudgetLine]]

    init(_ blueprint: LedgerBlueprint) {
        let categoryIndex = Dictionary(uniqueKeysWithValues: blueprint.spending.enumerated().map { ($1.code, $0) })
        var years = Array(repeating: [BudgetLine](), count: blueprint.fiscalYears.count)
        for (programIndex, program) in blueprint.programs.enumerated() {
            var random = SeededRandom(seed: blueprint.seed, stream: 0xB0D6, UInt64(programIndex))
            let growth = blueprint.budgetGrowthPerMille + random.int(in: -15...25)
            var budget = program.budget
            for (yearIndex, year) in blueprint.fiscalYears.enumerated() {
                if yearIndex > 0 {
                    budget = budget * Int64(1000 + growth + random.int(in: -10...10)) / 1000
                }
                let revision = BudgetPlan.revision(program, year: year, blueprint, &random)
                let execution = BudgetPlan.execution(program, year: year, isCurrent: yearIndex == blueprint.fiscalYears.count - 1, blueprint, &random)
                for share in program.profile {
                    guard let category = categoryIndex[share.category] else {
                        preconditionFailure("program \(program.code) uses unknown category \(share.category)")
                    }
                    let spec = blueprint.spending[category]
                    let amount = budget * Int64(share.perMille) / 1000 * Int64(1000 + random.int(in: -40...40)) / 1000
                    var parts = [(fund: program.fund, amount: amount)]
                    if let coFunding = program.coFunding, spec.coFundable {
                        let coFunded = amount * Int64(coFunding.perMille) / 1000
                        parts = [(program.fund, amount - coFunded), (coFunding.fund, coFunded)]
                    }
                    for part in parts {
                        let lineExecution = BudgetPlan.lineExecution(spec, program: execution, &random)
                        let adopted = BudgetPlan.round(part.amount, blueprint.budgetRounding)
                        years[yearIndex].append(BudgetLine(
                            fiscalYear: year, program: programIndex, category: category, fund: part.fund,
                            proposed: BudgetPlan.round(adopted * Int64(1000 + random.int(in: -10...40)) / 1000, blueprint.budgetRounding),
                            adopted: adopted,
                            revised: BudgetPlan.round(adopted * Int64(revision) / 1000, blueprint.budgetRounding),
                            execution: lineExecution
                        ))
                    }
                }
            }
        }
        self.years = years
    }

    private static func round(_ amount: Int64, _ unit: Int64) -> Int64 {
        max(unit, (amount + unit / 2) / unit * unit)
    }

    /// Revised / adopted per mille: most programs keep their budget, some receive, some give.
    private static func revision(_ program: ProgramSpec, year: Int, _ blueprint: LedgerBlueprint, _ random: inout SeededRandom) -> Int {
        let draw = random.below(100)
        let drawn = draw < 15 ? random.int(in: 1020...1080) : draw < 30 ? random.int(in: 950...990) : 1000
        let forced = blueprint.scenario.revisions.first { $0.program == program.code && $0.fiscalYear == year }
        return forced?.perMille ?? drawn
    }

    /// Program-level execution per mille, and the personnel execution when the scenario sets one.
    private static func execution(
        _ program: ProgramSpec, year: Int, isCurrent: Bool, _ blueprint: LedgerBlueprint, _ random: inout SeededRandom
    ) -> (all: Int, personnel: Int) {
        let drawn = isCurrent ? random.int(in: 960...1010) : random.int(in: 930...1010)
        let forced = blueprint.scenario.execution.first {
            ($0.organisation == program.code || $0.organisation == program.agency) && $0.fiscalYear == year
        }
        guard let forced else { return (drawn, min(max(drawn, 965), 1005)) }
        return (forced.perMille, forced.personnelPerMille ?? forced.perMille)
    }

    private static func lineExecution(_ spec: CategorySpec, program: (all: Int, personnel: Int), _ random: inout SeededRandom) -> Int {
        switch spec.pattern {
        case .debt: return 1000
        case _ where spec.pattern.isPersonnel: return program.personnel + random.int(in: -12...12)
        case _ where spec.regional: return program.all + random.int(in: -160...20)
        default: return program.all + random.int(in: -25...25)
        }
    }
}
