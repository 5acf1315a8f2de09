import Analytics
import LedgerKit

/// One line item opened on the Line items panel, with the budget line it draws on: computed
/// when the line item is opened, so drawing only reads it.
///
/// The budget line is found as budget execution charges spending (docs/analytics.md, "Flags"):
/// the line the item references when that line is of the item's fiscal year, otherwise the
/// line of that year with exactly the item's organisation, category, fund, function and region
/// (its first revised line, else its first line).
public struct LineItemDetail: Sendable {
    /// The line item's row.
    public let row: Int32
    /// The fiscal year the line item is dated in.
    public let fiscalYear: Int
    /// The budget line it draws on (an index into the ledger's budget lines), if any.
    public let budgetLine: Int?
    /// That line's key's revised budget (its revised lines, else its adopted lines).
    public let budget: Int64
    /// The spending of the year charged to that key, this line item's included.
    public let charged: Int64
    /// The audit's findings whose line items include this one, in rule order (none while the
    /// audit runs).
    public let findings: [AuditFinding]

    /// Finds the budget line of line item `row`, what was charged to it, and the findings of
    /// `audit` behind the line item's flags.
    ///
    /// - Complexity: O(budget lines) plus a `select` of the item's organisation, category and
    ///   fund in its fiscal year, and O(rows of all findings) when the audit flagged it.
    init(row: Int32, store: LedgerStore, audit: AuditReport?) {
        findings = audit.map { $0.flags(of: row).isEmpty ? [] : $0.findings(containing: row) } ?? []
        let ledger = store.ledger
        let items = ledger.lineItems
        let lines = ledger.budgetLines
        let item = Int(row)
        let year = ledger.calendar.fiscalYear(containing: items.date(item))
        let key = BudgetKey(row: item, items: items)
        let linesOfKey = { (key: BudgetKey) in lines.indices.filter { lines[$0].fiscalYear == year && BudgetKey(lines[$0]) == key } }
        let referenced = Int(items.budgetLines[item])
        let chargedKey: BudgetKey?
        if referenced >= 0, lines[referenced].fiscalYear == year {
            chargedKey = BudgetKey(lines[referenced])
            budgetLine = referenced
        } else {
            let exact = linesOfKey(key)
            chargedKey = exact.isEmpty ? nil : key
            budgetLine = exact.first { lines[$0].phase == .revised } ?? exact.first
        }
        self.row = row
        fiscalYear = year
        guard let chargedKey else {
            budget = 0
            charged = 0
            return
        }
        let keyLines = linesOfKey(chargedKey)
        let revised = keyLines.filter { lines[$0].phase == .revised }
        let adopted = keyLines.filter { lines[$0].phase == .adopted }
        budget = (revised.isEmpty ? adopted : revised).reduce(Int64(0)) { $0 &+ lines[$1].amount }
        let days = ledger.calendar.firstDay(of: year)...ledger.calendar.lastDay(of: year)
        let candidates = store.select(LineItemFilter(
            organisation: chargedKey.organisation, category: chargedKey.category, fund: chargedKey.fund, dates: days))
        var total: Int64 = 0
        for candidate in candidates.rows.lazy.map(Int.init) {
            let line = Int(items.budgetLines[candidate])
            let candidateKey = line >= 0 && lines[line].fiscalYear == year ? BudgetKey(lines[line]) : BudgetKey(row: candidate, items: items)
            if candidateKey == chargedKey { total &+= items.amounts[candidate] }
        }
        charged = total
    }
}

/// The codes that make a budget key: organisation, category, fund, function and region.
private struct BudgetKey: Hashable {
    let organisation: Int32
    let category: Int32
    let fund: Int32
    let function: Int32
    let region: Int32

    init(_ line: BudgetLine) {
        organisation = line.organisation
        category = line.category
        fund = line.fund
        function = line.function
        region = line.region
    }

    init(row: Int, items: LineItemColumns) {
        organisation = items.organisations[row]
        category = items.categories[row]
        fund = items.funds[row]
        function = items.functions[row]
        region = items.regions[row]
    }
}
