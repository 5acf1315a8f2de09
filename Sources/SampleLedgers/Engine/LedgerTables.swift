import LedgerKit

/// A blueprint resolved into indices and pre-encoded JSON string contents.
///
/// Built once per ledger, so that writing a line item is copying bytes, not building strings.
struct LedgerTables {
    let programCodes: [[UInt8]]
    let categoryCodes: [[UInt8]]
    let fundCodes: [[UInt8]]
    let fundIndex: [String: Int16]
    let regionCodes: [[UInt8]]
    let vendorIds: [[UInt8]]
    /// Ranked vendor indices and their Zipf distribution, per pool.
    let pools: [(members: [Int32], choice: WeightedChoice)]
    /// Pool of each spending category.
    let categoryPool: [Int]
    let payrollPool: Int
    let internalPool: Int
    /// Escaped description texts; records point into this table.
    let phrases: [[UInt8]]
    /// Plain description choices per spending category.
    let categoryPhrases: [[Int32]]
    /// Month-stamped descriptions per spending category: `[category][phrase][year * 12 + fiscal month]`.
    let monthlyPhrases: [[[Int32]]]
    let refundPhrase: Int32
    let deobligationPhrase: Int32
    let reclassificationPhrase: Int32
    let payeeNames: [[UInt8]]
    /// Reference prefixes: the spending categories' own, then "JE" for journal entries.
    let referencePrefixes: [String]
    /// Whether a prefix is followed by a date (`PR-20240731`) rather than a year and a running number.
    let referenceDated: [Bool]
    let categoryReference: [Int16]
    let journalReference: Int16

    init(_ blueprint: LedgerBlueprint) {
        programCodes = blueprint.programs.map { JSONWriter.escaped($0.code) }
        categoryCodes = blueprint.spending.map { JSONWriter.escaped($0.code) }
        fundCodes = blueprint.funds.map { JSONWriter.escaped($0.code) }
        fundIndex = Dictionary(uniqueKeysWithValues: blueprint.funds.enumerated().map { ($1.code, Int16($0)) })
        regionCodes = blueprint.regions.map { JSONWriter.escaped($0.code) }
        vendorIds = blueprint.vendors.map { JSONWriter.escaped($0.id) }
        let poolNames = blueprint.vendorPools.keys.sorted()
        let poolIndex = Dictionary(uniqueKeysWithValues: poolNames.enumerated().map { ($1, $0) })
        pools = poolNames.map { name in
            let members = blueprint.vendorPools[name, default: []].map { Int32($0) }
            return (members, WeightedChoice.zipf(count: members.count))
        }
        func pool(_ name: String) -> Int {
            guard let index = poolIndex[name], !blueprint.vendorPools[name, default: []].isEmpty else {
                preconditionFailure("vendor pool \(name) is missing or empty")
            }
            return index
        }
        categoryPool = blueprint.spending.map { pool($0.pool) }
        payrollPool = pool("payroll")
        internalPool = pool("internal")

        var table = PhraseTable()
        categoryPhrases = blueprint.spending.map { spec in spec.phrases.map { table.intern($0) } }
        let calendar = blueprint.publisher.calendar
        monthlyPhrases = blueprint.spending.map { spec in
            guard spec.pattern.isMonthStamped else { return [] }
            return spec.phrases.map { phrase in
                blueprint.fiscalYears.flatMap { year in
                    (0..<12).map { month in
                        table.intern(blueprint.texts.monthly(phrase, calendar.firstDay(of: year).firstOfMonth(adding: month).components))
                    }
                }
            }
        }
        refundPhrase = table.intern(blueprint.texts.refund)
        deobligationPhrase = table.intern(blueprint.texts.deobligation)
        reclassificationPhrase = table.intern(blueprint.texts.reclassification)
        phrases = table.entries
        payeeNames = blueprint.texts.payeeNames.map { JSONWriter.escaped($0) }

        var prefixes: [String] = []
        var dated: [Bool] = []
        categoryReference = blueprint.spending.map { spec in
            if let existing = prefixes.firstIndex(of: spec.reference) {
                precondition(dated[existing] == spec.pattern.isDateReferenced, "reference prefix \(spec.reference) mixes styles")
                return Int16(existing)
            }
            prefixes.append(spec.reference)
            dated.append(spec.pattern.isDateReferenced)
            return Int16(prefixes.count - 1)
        }
        prefixes.append("JE")
        dated.append(false)
        journalReference = Int16(prefixes.count - 1)
        referencePrefixes = prefixes
        referenceDated = dated
    }
}

extension SpendingPattern {
    /// Patterns with descriptions that name the month they pay for.
    var isMonthStamped: Bool {
        switch self {
        case .payroll, .overtime, .benefits, .recurring, .assistance: return true
        default: return false
        }
    }

    /// Patterns referenced by pay date (`PR-20240731`) rather than by a running number.
    var isDateReferenced: Bool {
        switch self {
        case .payroll, .overtime, .benefits, .debt: return true
        default: return false
        }
    }
}

/// Interned, escaped description texts.
struct PhraseTable {
    private(set) var entries: [[UInt8]] = []
    private var index: [String: Int32] = [:]

    /// The index of `text`, adding it on first use.
    mutating func intern(_ text: String) -> Int32 {
        if let existing = index[text] { return existing }
        let id = Int32(entries.count)
        entries.append(JSONWriter.escaped(text))
        index[text] = id
        return id
    }
}
