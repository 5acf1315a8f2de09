import Analytics
import LedgerKit
import TestSupport

/// The query core's answers computed the plainest way: every row, every condition in turn
/// (subtrees by walking parents, text by a byte-by-byte search of the lower-cased fields), no
/// index and no lookup table — the reference the indexed engine must equal.
struct ReferenceScan {
    let store: LedgerStore
    /// Per row: vendor name, description, reference and id, ASCII letters lowered, as bytes.
    private let texts: [[[UInt8]]]

    init(_ store: LedgerStore) {
        self.store = store
        let items = store.ledger.lineItems
        let names = store.ledger.vendors.names
        texts = (0..<items.count).map { row in
            [names[Int(items.vendors[row])], items.descriptions[row], items.references[row], items.ids[row]].map(Self.lowered)
        }
    }

    /// The rows that pass `filter`, ascending. The conditions on kinds, vendors and nodes are
    /// looked up in tables made here per filter: a subtree by walking every node's parents.
    func rows(_ filter: LineItemFilter) -> [Int32] {
        let items = store.ledger.lineItems
        let vendors = store.ledger.vendors
        let conditions: [(ClassificationKind, Int32?)] = [
            (.organisation, filter.organisation), (.category, filter.category), (.fund, filter.fund),
            (.function, filter.function), (.region, filter.region),
        ]
        let subtrees = conditions.compactMap { kind, node in
            node.map { node in
                (store.column(kind), (0..<Int32(store.ledger.classification(kind).count)).map { isNode($0, under: node, in: kind) })
            }
        }
        let kindPasses = LineItemKind.allCases.map { filter.kinds.contains($0) }
        let vendorPasses = (0..<vendors.count).map { vendor in
            filter.vendor.map { Int($0) == vendor } != false && filter.vendorKinds.map { $0.contains(vendors.kinds[vendor]) } != false
        }
        let needle = filter.text.flatMap { $0.isEmpty ? nil : Self.lowered($0) }
        let (kinds, rowVendors, dates, amounts) = (items.kinds, items.vendors, items.dates, items.amounts)
        let days = filter.dates.map { $0.lowerBound.dayNumber...$0.upperBound.dayNumber }
        var rows: [Int32] = []
        for row in 0..<items.count where kindPasses[Int(kinds[row].rawValue)] && vendorPasses[Int(rowVendors[row])] {
            if let days, !days.contains(dates[row]) { continue }
            if let range = filter.amounts, !range.contains(amounts[row]) { continue }
            if subtrees.contains(where: { column, passes in column[row] < 0 || !passes[Int(column[row])] }) { continue }
            if let needle, !texts[row].contains(where: { Self.contains($0, needle) }) { continue }
            rows.append(Int32(row))
        }
        return rows
    }

    /// Count, sum, minimum and maximum per group of the rows that pass `filter`.
    func groups(_ filter: LineItemFilter, _ grouping: Grouping) -> [ReportKey: [Int64]] {
        var groups: [ReportKey: [Int64]] = [:]
        for row in rows(filter).map(Int.init) {
            let amount = store.ledger.lineItems.amounts[row]
            let key = key(of: row, grouping)
            if let old = groups[key] {
                groups[key] = [old[0] + 1, old[1] + amount, min(old[2], amount), max(old[3], amount)]
            } else {
                groups[key] = [1, amount, amount, amount]
            }
        }
        return groups
    }

    /// Count, sum, minimum and maximum of the amounts of `rows` (0 for the minimum and maximum of none).
    func totals(_ rows: [Int32]) -> [Int64] {
        let amounts = rows.map { store.ledger.lineItems.amounts[Int($0)] }
        return [Int64(amounts.count), amounts.reduce(0, +), amounts.min() ?? 0, amounts.max() ?? 0]
    }

    /// `measures` in the form of `totals(_:)`.
    static func totals(_ measures: Measures) -> [Int64] {
        [Int64(measures.count), measures.sum, measures.minimum, measures.maximum]
    }

    /// A report's rows in the form of `groups`.
    static func measures(_ report: Report) -> [ReportKey: [Int64]] {
        Dictionary(uniqueKeysWithValues: report.rows.map { row in
            (row.key, [Int64(row.measures.count), row.measures.sum, row.measures.minimum, row.measures.maximum])
        })
    }

    func isNode(_ node: Int32, under ancestor: Int32, in kind: ClassificationKind) -> Bool {
        var current = node
        while current >= 0 {
            if current == ancestor { return true }
            current = store.ledger.classification(kind).parents[Int(current)]
        }
        return false
    }

    func key(of row: Int, _ grouping: Grouping) -> ReportKey {
        let items = store.ledger.lineItems
        switch grouping {
        case .classification(let kind, let depth):
            let node = store.column(kind)[row]
            guard node >= 0 else { return .none }
            var path = [node]
            while case let parent = store.ledger.classification(kind).parents[Int(path[0])], parent >= 0 { path.insert(parent, at: 0) }
            return .node(kind, path[min(depth, path.count - 1)])
        case .children(let parent, let kind):
            let node = store.column(kind)[row]
            if node == parent { return .node(kind, parent) }
            var current = node
            while current >= 0 {
                let up = store.ledger.classification(kind).parents[Int(current)]
                if up == parent { return .node(kind, current) }
                current = up
            }
            return .none
        case .vendor: return .vendor(items.vendors[row])
        case .vendorKind: return .vendorKind(store.ledger.vendors.kinds[Int(items.vendors[row])])
        case .lineItemKind: return .lineItemKind(items.kinds[row])
        case .time(let bucket): return .period(Period(bucket, containing: items.date(row), calendar: store.ledger.calendar))
        }
    }

    /// A random filter: each condition present or not; texts cut from the ledger's own fields.
    func randomFilter(_ random: inout SeededRandom) -> LineItemFilter {
        let ledger = store.ledger
        let items = ledger.lineItems
        func node(_ kind: ClassificationKind, _ chance: Int) -> Int32? {
            let count = ledger.classification(kind).count
            guard count > 0, Int.random(in: 0..<chance, using: &random) == 0 else { return nil }
            return Int32.random(in: 0..<Int32(count), using: &random)
        }
        var filter = LineItemFilter(kinds: Set(LineItemKind.allCases.filter { _ in Int.random(in: 0..<4, using: &random) > 0 }))
        filter.organisation = node(.organisation, 2)
        filter.category = node(.category, 4)
        filter.fund = node(.fund, 6)
        filter.region = node(.region, 8)
        if Int.random(in: 0..<8, using: &random) == 0 { filter.vendor = items.vendors[Int.random(in: 0..<items.count, using: &random)] }
        if Int.random(in: 0..<4, using: &random) == 0 {
            filter.vendorKinds = Set(VendorKind.allCases.filter { _ in Bool.random(using: &random) })
        }
        if Bool.random(using: &random) {
            let start = items.date(Int.random(in: 0..<items.count, using: &random)).adding(days: Int.random(in: -30...30, using: &random))
            filter.dates = start...start.adding(days: Int.random(in: 0..<(Bool.random(using: &random) ? 40 : 400), using: &random))
        }
        if Int.random(in: 0..<3, using: &random) == 0 {
            let pivot = items.amounts[Int.random(in: 0..<items.count, using: &random)]
            let (below, above) = (Int64.random(in: 0...1_000_000, using: &random), Int64.random(in: 0...100_000_000, using: &random))
            filter.amounts = (pivot - below)...(pivot + above)
        }
        if Int.random(in: 0..<3, using: &random) == 0 { filter.text = randomText(&random) }
        return filter
    }

    /// A piece of some row's vendor name, description, reference or id, with its ASCII case changed at random.
    func randomText(_ random: inout SeededRandom) -> String {
        let items = store.ledger.lineItems
        let row = Int.random(in: 0..<items.count, using: &random)
        let fields = [store.ledger.vendors.names[Int(items.vendors[row])], items.descriptions[row], items.references[row], items.ids[row]]
        let characters = Array(fields.randomElement(using: &random)!)
        guard !characters.isEmpty else { return "" }
        let start = Int.random(in: 0..<characters.count, using: &random)
        let end = min(characters.count, start + Int.random(in: 1...8, using: &random))
        return String(characters[start..<end].map { $0.isASCII && Bool.random(using: &random) ? Character($0.uppercased()) : $0 })
    }

    static func lowered(_ text: String) -> [UInt8] {
        text.utf8.map { $0 >= 65 && $0 <= 90 ? $0 + 32 : $0 }
    }

    static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard needle.count <= haystack.count else { return false }
        return (0...(haystack.count - needle.count)).contains { start in
            (0..<needle.count).allSatisfy { haystack[start + $0] == needle[$0] }
        }
    }
}
