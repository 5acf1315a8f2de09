import LedgerKit

/// The headline figures of a ledger: what it holds and its totals, as shown by `govlens validate`.
public struct LedgerSummary: Sendable {
    /// Budget totals of one fiscal year, per phase, in minor units.
    public struct BudgetYear: Sendable, Equatable {
        /// The fiscal year's name.
        public let fiscalYear: Int
        /// Total per phase; phases without lines are absent.
        public let totals: [BudgetPhase: Int64]
    }

    /// Number of input files.
    public let fileCount: Int
    /// Total bytes of the input files.
    public let byteCount: Int
    /// Number of budget lines.
    public let budgetLineCount: Int
    /// Number of line items.
    public let lineItemCount: Int
    /// Line items per kind.
    public let lineItemCounts: [LineItemKind: Int]
    /// Sum of amounts per line-item kind, in minor units.
    public let lineItemTotals: [LineItemKind: Int64]
    /// Number of KPIs.
    public let kpiCount: Int
    /// Number of vendors.
    public let vendorCount: Int
    /// Nodes per classification.
    public let classificationCounts: [ClassificationKind: Int]
    /// Organisation nodes per depth (index 0: roots such as agencies; 1: programs …).
    public let organisationLevels: [Int]
    /// Fiscal years with budget lines or line items, ascending.
    public let fiscalYears: [Int]
    /// Budget totals per fiscal year, ascending.
    public let budgetYears: [BudgetYear]
    /// The first and last line-item dates, if there are line items.
    public let dateRange: ClosedRange<CivilDate>?

    /// Net spending: payments plus refunds (which are negative) plus adjustments, in minor units.
    public var netPaid: Int64 {
        (lineItemTotals[.payment] ?? 0) + (lineItemTotals[.refund] ?? 0) + (lineItemTotals[.adjustment] ?? 0)
    }

    /// Summarises `ledger`. Sums cannot overflow: the loader rejects ledgers whose absolute amounts exceed Int64.
    ///
    /// - Complexity: O(line items + budget lines + classification nodes).
    public init(_ ledger: Ledger) {
        fileCount = ledger.files.count
        byteCount = ledger.byteCount
        budgetLineCount = ledger.budgetLines.count
        kpiCount = ledger.kpis.count
        vendorCount = ledger.vendors.count
        fiscalYears = ledger.fiscalYears

        let items = ledger.lineItems
        lineItemCount = items.count
        var counts = [Int](repeating: 0, count: LineItemKind.allCases.count)
        var totals = [Int64](repeating: 0, count: LineItemKind.allCases.count)
        var first = Int32.max
        var last = Int32.min
        for row in 0..<items.count {
            let kind = Int(items.kinds[row].rawValue)
            counts[kind] += 1
            totals[kind] &+= items.amounts[row]
            first = min(first, items.dates[row])
            last = max(last, items.dates[row])
        }
        var countByKind: [LineItemKind: Int] = [:]
        var totalByKind: [LineItemKind: Int64] = [:]
        for kind in LineItemKind.allCases where counts[Int(kind.rawValue)] > 0 {
            countByKind[kind] = counts[Int(kind.rawValue)]
            totalByKind[kind] = totals[Int(kind.rawValue)]
        }
        lineItemCounts = countByKind
        lineItemTotals = totalByKind
        dateRange = items.count > 0 ? CivilDate(dayNumber: first)...CivilDate(dayNumber: last) : nil

        var byYear: [Int: [BudgetPhase: Int64]] = [:]
        for line in ledger.budgetLines { byYear[line.fiscalYear, default: [:]][line.phase, default: 0] &+= line.amount }
        budgetYears = byYear.keys.sorted().map { BudgetYear(fiscalYear: $0, totals: byYear[$0]!) }

        classificationCounts = Dictionary(uniqueKeysWithValues: ClassificationKind.allCases.map { ($0, ledger.classification($0).count) })
        let organisations = ledger.classification(.organisation)
        var levels: [Int] = []
        for node in 0..<Int32(organisations.count) {
            let depth = organisations.depth(of: node)
            while levels.count <= depth { levels.append(0) }
            levels[depth] += 1
        }
        organisationLevels = levels
    }
}
