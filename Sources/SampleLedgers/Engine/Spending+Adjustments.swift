extension SpendingSimulator {
    /// Journal entries moving an amount from one budget line of a program to another:
    /// a negative and a positive adjustment on the same day with the same reference.
    mutating func journalEntries(pairs: Int, lines: [SpendingLine]) {
        guard pairs > 0 else { return }
        random = SeededRandom(seed: blueprint.seed, stream: UInt64(yearIndex + 1), UInt64.max)
        var eligible = lines.indices.filter {
            lines[$0].budgetLine >= 0 && lines[$0].amount > 0 && !blueprint.spending[lines[$0].category].pattern.isPersonnel
        }
        if eligible.isEmpty { eligible = Array(lines.indices) }
        var byProgram: [Int: [Int]] = [:]
        for index in eligible { byProgram[lines[index].program, default: []].append(index) }
        var unit: Int64 = 1
        for _ in 0..<blueprint.publisher.decimals { unit *= 10 }
        let vendor = vendor(pool: tables.internalPool, rank: 0)
        let prefix = tables.journalReference
        for _ in 0..<pairs {
            let from = lines[random.pick(eligible)]
            let siblings = byProgram[from.program, default: []].filter { lines[$0].category != from.category }
            let to = siblings.isEmpty ? from : lines[random.pick(siblings)]
            let moved = max(unit, min(from.amount, to.amount) / Int64(random.int(in: 20...200)) / unit * unit)
            let range = window.days(ofMonth: random.below(window.monthCount))!
            let day = SpendingSimulator.weekday(range.lowerBound + random.below(range.count), within: range)
            let number = nextReference(prefix)
            for (side, amount) in [(from, -moved), (to, moved)] {
                line = side
                emit(day: day, kind: .adjustment, amount: amount, vendor: vendor, description: tables.reclassificationPhrase, reference: prefix, number: number, linked: false)
            }
        }
    }
}
