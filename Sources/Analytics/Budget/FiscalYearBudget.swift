import LedgerKit

/// The budget lines of one fiscal year grouped by key (docs/ledger-format.md §7), with the
/// revised-budget rule applied and a lookup from a line item's codes to its key.
///
/// A key is (fiscal year, organisation, category, fund, function, region). Keys are grouped by
/// *cell*, an organisation × category pair, in a dense table, so that finding the key of a line
/// item's codes reads one table entry and compares the few keys of that cell; no hashing.
struct FiscalYearBudget {
    /// The sums of one key, per phase.
    struct Key: ClassificationCodes {
        let organisation: Int32
        let category: Int32
        let fund: Int32
        let function: Int32
        let region: Int32
        var proposed: Int64 = 0
        var adopted: Int64 = 0
        var revisedLines: Int64 = 0
        var executed: Int64 = 0
        var hasAdopted = false
        var hasRevised = false
        /// The number of budget lines of the key.
        var lineCount = 0
        /// The budget line that names the key: its first revised line, else its first line.
        var line: Int32

        /// The revised budget: the sum of the revised lines, or of the adopted lines when there is no revised line.
        var revised: Int64 { hasRevised ? revisedLines : adopted }

        /// Whether the key has an appropriation (an adopted or revised line), so that it covers
        /// spending and can be overspent.
        var isAppropriated: Bool { hasAdopted || hasRevised }

        /// Adds budget line `index`, of `phase` and `amount`.
        mutating func add(_ phase: BudgetPhase, _ amount: Int64, index: Int32) {
            lineCount += 1
            switch phase {
            case .proposed: proposed &+= amount
            case .adopted:
                adopted &+= amount
                hasAdopted = true
            case .revised:
                if !hasRevised { line = index }
                revisedLines &+= amount
                hasRevised = true
            case .executed: executed &+= amount
            }
        }
    }

    /// The keys of the year, grouped by cell.
    private(set) var keys: [Key] = []
    /// The key of each budget line of the ledger, -1 for lines of other years.
    private(set) var keyOfLine: [Int32]
    /// Keys of cell `c` are `keys[cellStart[c]..<cellStart[c + 1]]`.
    private(set) var cellStart: [Int32]
    /// Whether any line of the year is in the executed phase.
    private(set) var hasExecutedLines = false
    /// The number of category nodes, the width of a row of cells.
    let categoryCount: Int

    /// Groups the budget lines of `fiscalYear` in `ledger`.
    ///
    /// - Complexity: O(budget lines + organisations × categories).
    init(ledger: Ledger, fiscalYear: Int) {
        categoryCount = ledger.classification(.category).count
        let cellCount = ledger.classification(.organisation).count * categoryCount
        keyOfLine = [Int32](repeating: -1, count: ledger.budgetLines.count)
        cellStart = [Int32](repeating: 0, count: cellCount + 1)
        // Lines are read in place: copying a `BudgetLine` retains its strings.
        ledger.budgetLines.withUnsafeBufferPointer { lines in
            var lineStart = [Int32](repeating: 0, count: cellCount + 1)
            for index in lines.indices where lines[index].fiscalYear == fiscalYear {
                lineStart[Self.cell(lines[index], categoryCount) + 1] += 1
            }
            for cell in 0..<cellCount { lineStart[cell + 1] += lineStart[cell] }
            var ordered = [Int32](repeating: 0, count: Int(lineStart[cellCount]))
            var next = lineStart
            for index in lines.indices where lines[index].fiscalYear == fiscalYear {
                let cell = Self.cell(lines[index], categoryCount)
                ordered[Int(next[cell])] = Int32(index)
                next[cell] += 1
            }

            var firstKeyOfCell = 0
            var currentCell = -1
            for index in ordered {
                let cell = Self.cell(lines[Int(index)], categoryCount)
                if cell != currentCell {
                    currentCell = cell
                    firstKeyOfCell = keys.count
                }
                let (fund, function, region) = (lines[Int(index)].fund, lines[Int(index)].function, lines[Int(index)].region)
                var key = keys[firstKeyOfCell...].firstIndex { $0.fund == fund && $0.function == function && $0.region == region }
                if key == nil {
                    key = keys.count
                    keys.append(Key(organisation: lines[Int(index)].organisation, category: lines[Int(index)].category, fund: fund,
                                    function: function, region: region, line: index))
                    cellStart[cell + 1] += 1
                }
                keys[key!].add(lines[Int(index)].phase, lines[Int(index)].amount, index: index)
                keyOfLine[Int(index)] = Int32(key!)
                hasExecutedLines = hasExecutedLines || lines[Int(index)].phase == .executed
            }
        }
        for cell in 0..<cellCount { cellStart[cell + 1] += cellStart[cell] }
    }

    /// The key with exactly these codes, or -1.
    @inline(__always)
    func key(organisation: Int32, category: Int32, fund: Int32, function: Int32, region: Int32) -> Int32 {
        let cell = Int(organisation) * categoryCount + Int(category)
        var key = Int(cellStart[cell])
        let end = Int(cellStart[cell + 1])
        while key < end {
            if keys[key].fund == fund && keys[key].function == function && keys[key].region == region { return Int32(key) }
            key += 1
        }
        return -1
    }

    @inline(__always)
    private static func cell(_ line: borrowing BudgetLine, _ categoryCount: Int) -> Int {
        Int(line.organisation) * categoryCount + Int(line.category)
    }
}
