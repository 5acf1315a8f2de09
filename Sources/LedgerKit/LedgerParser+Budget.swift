extension LedgerParser {
    static let budgetLineFields = FieldNames([
        "id", "fiscalYear", "organisation", "category", "fund", "phase", "amount", "function", "region", "description",
    ])

    /// Reads the `budgetLines` section.
    mutating func parseBudgetLines() throws(JSONSyntaxError) {
        try parseArray("$.budgetLines") { parser, path throws(JSONSyntaxError) in try parser.parseBudgetLine(prefix: path) }
    }

    private mutating func parseBudgetLine(prefix: () -> String) throws(JSONSyntaxError) {
        let start = scanner.mark
        guard hasRoomForText("budget line", at: start, prefix) else { return try scanner.skipValue() }
        guard try beginRecord("a budget line (an object)", prefix) else { return }
        var present = Set<Int>()
        var valid = true
        var handle: Int32?
        var id: String?
        var fiscalYear: Int?
        var codes: [Int32] = [-1, -1, -1, -1, -1]
        var phase: BudgetPhase?
        var amount: Int64?
        var amountMark = start
        var description: String?
        var keys = KeysSeen()
        var first = true
        while let member = try nextMember(Self.budgetLineFields, &keys, first: &first, prefix: prefix, onRepeat: { valid = false }) {
            let field = member.field
            func path() -> String { "\(prefix()).\(member.name)" }
            present.insert(field)
            switch field {
            case 0:
                let mark = scanner.mark
                guard let token = try readText(path) else {
                    valid = false
                    continue
                }
                let (index, previous) = budgetLineTable.define(scanner.bytes(of: token), at: location(mark))
                id = scanner.string(of: token)
                if let previous {
                    duplicate("budget line id", id!, mark, path(), previous)
                    valid = false
                } else {
                    handle = index
                }
            case 1: fiscalYear = try readInteger(1900...2200, path)
            case 2: codes[0] = try readCode(.organisation, path) ?? -1
            case 3: codes[1] = try readCode(.category, path) ?? -1
            case 4: codes[2] = try readCode(.fund, path) ?? -1
            case 5: phase = try readEnum(BudgetPhase.self, path)
            case 6:
                amountMark = scanner.mark
                amount = try readAmount(path)
            case 7: codes[3] = try readCode(.function, path) ?? -1
            case 8: codes[4] = try readCode(.region, path) ?? -1
            default: description = try readString(path, allowEmpty: true)
            }
        }
        let required = ["id", "fiscalYear", "organisation", "category", "fund", "phase", "amount"]
        requireKeys(required.enumerated().map { ($0.element, present.contains($0.offset)) }, start, prefix())
        guard valid, let handle, let id, let fiscalYear, let phase, let amount, codes[0] >= 0, codes[1] >= 0, codes[2] >= 0
        else { return }
        guard
            addToTotal(amount, .budgetLines, mark: amountMark, path: { "\(prefix()).amount" })
        else { return }
        while budgetLineByHandle.count <= Int(handle) { budgetLineByHandle.append(-1) }
        budgetLineByHandle[Int(handle)] = Int32(ledger.budgetLines.count)
        ledger.budgetLines.append(
            BudgetLine(
                id: id, fiscalYear: fiscalYear, organisation: codes[0], category: codes[1], fund: codes[2],
                function: codes[3], region: codes[4], phase: phase, amount: amount, description: description,
                source: recordSource(start)))
    }
}
