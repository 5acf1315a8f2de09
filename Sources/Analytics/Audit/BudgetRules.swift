import LedgerKit

/// Spending without a budget line and budget lines overspent, per fiscal year: the flags of
/// budget execution (docs/analytics.md, "Flags"), with the line items behind them.
enum BudgetRules {
    /// For every fiscal year with an appropriation: one finding per organisation (as coded) for
    /// its spending that no appropriation covers, and one per overspent budget key for the
    /// spending charged to it. Coverage and charging are budget execution's own (`BudgetCoverage`,
    /// `FiscalYearBudget`), and the overspent keys those of its report.
    /// The years (those of the budget lines) are shared by the cores.
    static func findings(store: LedgerStore, money: AuditMoney) -> (unbudgeted: FindingList, overspent: FindingList) {
        let years = Set(store.ledger.budgetLines.map(\.fiscalYear)).sorted()
        let lists = UnsafeMutableBufferPointer<(FindingList, FindingList)>.allocate(capacity: years.count)
        defer { lists.deallocate() }
        forEachPart(years.count) { index in
            (lists.baseAddress! + index).initialize(to: findings(store: store, fiscalYear: years[index], money: money))
        }
        var unbudgeted = FindingList(.noBudgetLine)
        var overspent = FindingList(.overspentBudgetLine)
        for index in years.indices {
            unbudgeted.append(lists[index].0)
            overspent.append(lists[index].1)
        }
        lists.baseAddress?.deinitialize(count: years.count)
        return (unbudgeted, overspent)
    }

    /// The findings of `year`; none when it has no appropriation.
    private static func findings(store: LedgerStore, fiscalYear year: Int, money: AuditMoney) -> (FindingList, FindingList) {
        var unbudgeted = FindingList(.noBudgetLine)
        var overspent = FindingList(.overspentBudgetLine)
        let ledger = store.ledger
        let items = ledger.lineItems
        let budget = FiscalYearBudget(ledger: ledger, fiscalYear: year)
        guard budget.keys.contains(where: \.isAppropriated) else { return (unbudgeted, overspent) }
        let coverage = BudgetCoverage(budget: budget, store: store)
        let report = store.budgetExecution(by: .organisation, fiscalYear: year)
        var overspentKey = [Bool](repeating: false, count: budget.keys.count)
        for key in report.overspent { overspentKey[Int(budget.keyOfLine[key.budgetLine])] = true }
        var uncovered: [[Int32]] = Array(repeating: [], count: ledger.classification(.organisation).count)
        var charged: [[Int32]] = Array(repeating: [], count: budget.keys.count)
        let rows = store.select(LineItemFilter(dates: ledger.calendar.days(of: year)))
        for row in rows.rows.lazy.map(Int.init) {
            let organisation = items.organisations[row], category = items.categories[row], fund = items.funds[row]
            if !coverage.covers(organisation: organisation, category: category, fund: fund) {
                uncovered[Int(organisation)].append(Int32(row))
            }
            let line = items.budgetLines[row]
            var key = line >= 0 ? budget.keyOfLine[Int(line)] : -1
            if key < 0 {
                key = budget.key(organisation: organisation, category: category, fund: fund, function: items.functions[row], region: items.regions[row])
            }
            if key >= 0 && overspentKey[Int(key)] { charged[Int(key)].append(Int32(row)) }
        }
        for (organisation, rows) in uncovered.enumerated() where !rows.isEmpty {
            let amount = rows.reduce(Int64(0)) { $0 &+ items.amounts[Int($1)] }
            unbudgeted.add(
                .organisation(Int32(organisation)), fiscalYear: year, amount: amount, severity: amount > 0 ? .high : .low,
                detail: "\(rows.count) line items, \(money.text(amount)), that no adopted or revised budget line of FY\(year) covers",
                rows: rows)
        }
        for key in report.overspent {
            let rows = charged[Int(budget.keyOfLine[key.budgetLine])]
            let excess = AmountPatternRules.percent(key.revised > 0 ? Double(key.excess) / Double(key.revised) : 1)
            overspent.add(
                .budgetLine(key.budgetLine), fiscalYear: year, amount: key.excess, severity: .high,
                detail: "\(money.text(key.paid)) charged against a revised budget of \(money.text(key.revised)) (+\(excess))",
                rows: rows)
        }
        return (unbudgeted, overspent)
    }
}
