/// Writes one fiscal year's `budget/FY<year>.json`: every line in its proposed, adopted and revised phases.
enum BudgetDocument {
    static func bytes(_ lines: [BudgetLine], _ blueprint: LedgerBlueprint) -> [UInt8] {
        let decimals = blueprint.publisher.decimals
        var out = JSONWriter(capacity: lines.count * 3 * 220)
        out.raw("{\n  \"format\": \"govlens-ledger/1\",\n  \"budgetLines\": [")
        var first = true
        for phase in [("P", "proposed"), ("A", "adopted"), ("R", "revised")] {
            for line in lines {
                let program = blueprint.programs[line.program]
                out.member(first ? "\n    {\"id\": " : ",\n    {\"id\": ", line.id(phase: Character(phase.0), blueprint))
                first = false
                out.raw(", \"fiscalYear\": ")
                out.int(line.fiscalYear)
                out.member(", \"organisation\": ", program.code)
                out.member(", \"category\": ", blueprint.spending[line.category].code)
                out.member(", \"fund\": ", line.fund)
                out.member(", \"function\": ", program.function)
                out.member(", \"phase\": ", phase.1)
                out.raw(", \"amount\": ")
                let amount = phase.0 == "P" ? line.proposed : phase.0 == "A" ? line.adopted : line.revised
                out.amount(amount, decimals: decimals)
                if phase.0 == "R" && line.revised != line.adopted {
                    out.member(", \"description\": ", blueprint.texts.revision(line.fiscalYear))
                }
                out.raw("}")
            }
        }
        out.raw("\n  ]\n}\n")
        return out.bytes
    }
}
