import LedgerKit

/// Which organisation × category × fund combinations a fiscal year's budget covers.
///
/// A budget line *covers* a line item when the line's organisation, category and fund are each
/// the line item's node or one of its ancestors, and the line is adopted or revised (an
/// appropriation; proposed and executed lines do not authorise spending). Function and region
/// are not considered: line items rarely carry them.
///
/// Stored as a dense table over organisation × category cells holding a bitset of fund ranks,
/// closed over both hierarchies once, so a line item is checked with one table read.
struct BudgetCoverage {
    private let categoryCount: Int
    private let wordsPerCell: Int
    private let fundRank: [Int32]
    private var bits: [UInt64]

    /// The coverage of `budget`'s appropriated keys in `store`'s hierarchies.
    ///
    /// - Complexity: O(organisations × categories × ⌈funds / 64⌉) time and 8 bytes each of memory.
    init(budget: FiscalYearBudget, store: LedgerStore) {
        let organisations = store.hierarchy(.organisation)
        let categories = store.hierarchy(.category)
        let funds = store.hierarchy(.fund)
        categoryCount = categories.count
        wordsPerCell = (funds.count + 63) / 64
        fundRank = funds.rank
        bits = [UInt64](repeating: 0, count: organisations.count * categoryCount * wordsPerCell)
        var anyAppropriation = false
        for key in budget.keys where key.isAppropriated {
            anyAppropriation = true
            let base = (Int(key.organisation) * categoryCount + Int(key.category)) * wordsPerCell
            let first = Int(funds.rank[Int(key.fund)])
            for rank in first..<Int(funds.subtreeEnd[first]) { bits[base + (rank >> 6)] |= 1 << UInt64(rank & 63) }
        }
        guard anyAppropriation else { return }
        let organisationParents = organisations.classification.parents
        let categoryParents = categories.classification.parents
        for organisation in organisations.preorder {
            let parentOrganisation = Int(organisationParents[Int(organisation)])
            for category in categories.preorder {
                let parentCategory = Int(categoryParents[Int(category)])
                let base = (Int(organisation) * categoryCount + Int(category)) * wordsPerCell
                for word in 0..<wordsPerCell {
                    var value = bits[base + word]
                    if parentOrganisation >= 0 { value |= bits[(parentOrganisation * categoryCount + Int(category)) * wordsPerCell + word] }
                    if parentCategory >= 0 { value |= bits[(Int(organisation) * categoryCount + parentCategory) * wordsPerCell + word] }
                    bits[base + word] = value
                }
            }
        }
    }

    /// Whether an appropriation of the year covers a line item with these codes.
    @inline(__always)
    func covers(organisation: Int32, category: Int32, fund: Int32) -> Bool {
        let rank = Int(fundRank[Int(fund)])
        let word = bits[(Int(organisation) * categoryCount + Int(category)) * wordsPerCell + (rank >> 6)]
        return word & (1 << UInt64(rank & 63)) != 0
    }
}
