import LedgerKit

/// A filter's conditions compiled against a store into per-row tests that narrow a chunk of
/// candidate rows in place, one condition at a time, as vectorised engines (MonetDB/X100,
/// DuckDB) refine a selection vector: each test is a tight branch-free loop over the chunk.
///
/// Hierarchy conditions become a pass byte per node, vendor conditions one per vendor, and
/// text search a match per vendor and per distinct description plus the ids' and references'
/// Bloom filters, so no test hashes, compares strings or allocates per row.
struct RowTests {
    /// Which tests a chunk still needs; block summaries can settle the range and kind tests for a whole block.
    struct Needs: OptionSet {
        let rawValue: UInt8
        static let days = Needs(rawValue: 1)
        static let amounts = Needs(rawValue: 2)
        static let kinds = Needs(rawValue: 4)
        static let all: Needs = [.days, .amounts, .kinds]
    }

    let items: LineItemColumns
    /// Bit `kind.rawValue` set for each kind kept.
    let kinds: UInt8
    let days: ClosedRange<Int32>?
    let amounts: ClosedRange<Int64>?
    /// Classification conditions: a column and, per node index + 1, whether it passes.
    private(set) var nodeTests: [(column: [Int32], passes: [Bool])] = []
    /// Per vendor, whether it passes the vendor and vendor-kind conditions.
    let vendorPasses: [Bool]?
    let text: TextMatch?

    /// Compiles `filter`.
    init(_ filter: LineItemFilter, store: LedgerStore) {
        items = store.ledger.lineItems
        kinds = filter.kinds.reduce(0) { $0 | 1 << $1.rawValue }
        days = filter.dates.map { $0.lowerBound.dayNumber...$0.upperBound.dayNumber }
        amounts = filter.amounts
        let conditions: [(ClassificationKind, Int32?)] = [
            (.organisation, filter.organisation), (.category, filter.category), (.fund, filter.fund),
            (.function, filter.function), (.region, filter.region),
        ]
        for case (let kind, let node?) in conditions {
            let index = store.hierarchy(kind)
            var passes = [Bool](repeating: false, count: index.count + 1)
            for member in index.subtree(of: node) { passes[Int(member) + 1] = true }
            nodeTests.append((store.column(kind), passes))
        }
        let vendors = store.ledger.vendors
        if filter.vendor != nil || filter.vendorKinds != nil {
            let kindPasses = VendorKind.allCases.map { kind in filter.vendorKinds?.contains(kind) ?? true }
            var passes = vendors.kinds.map { kindPasses[VendorKind.allCases.firstIndex(of: $0)!] }
            if let vendor = filter.vendor {
                passes = passes.indices.map { $0 == Int(vendor) && passes[$0] }
            }
            vendorPasses = passes
        } else {
            vendorPasses = nil
        }
        text = filter.text.flatMap { TextSearch($0) }.map { TextMatch($0, store: store) }
    }

    /// The same tests without the organisation condition, for rows taken from the organisation
    /// index; `filter` must have an organisation condition.
    func leavingOutOrganisation() -> RowTests {
        var tests = self
        tests.nodeTests.removeFirst()
        return tests
    }

    /// Whether the kind is the only condition tested row by row besides the date and amount
    /// ranges: no classification, vendor or text condition.
    var onlyKindsLeft: Bool { nodeTests.isEmpty && vendorPasses == nil && text == nil }

    /// Whether no row can pass, whatever the rows: no kind kept, or no vendor or node passing.
    var rejectsEverything: Bool {
        kinds == 0 || vendorPasses?.contains(true) == false || nodeTests.contains { !$0.passes.contains(true) }
    }

    /// Candidate rows: a range of rows not yet written out, or the first `count` rows of a buffer.
    struct Candidates {
        var range: Range<Int>?
        var count: Int

        /// The rows of `range`.
        static func range(_ range: Range<Int>) -> Candidates { Candidates(range: range, count: range.count) }

        /// The first `count` rows of the buffer.
        static func listed(_ count: Int) -> Candidates { Candidates(range: nil, count: count) }
    }

    /// Writes to `rows`, in order, the candidates that pass the tests in `needs` and every
    /// other condition; returns how many pass. The first test reads a range of candidates
    /// directly, so a scanned block is never written out whole.
    func refine(_ rows: UnsafeMutablePointer<Int32>, _ candidates: Candidates, needs: Needs) -> Int {
        var candidates = candidates
        if needs.contains(.days), let days {
            let low = days.lowerBound, span = UInt32(bitPattern: days.upperBound &- days.lowerBound)
            items.dates.withUnsafeBufferPointer { dates in
                Self.keep(rows, &candidates) { UInt32(bitPattern: dates[$0] &- low) <= span }
            }
        }
        if needs.contains(.amounts), let amounts {
            let low = amounts.lowerBound, span = UInt64(bitPattern: amounts.upperBound &- amounts.lowerBound)
            items.amounts.withUnsafeBufferPointer { amounts in
                Self.keep(rows, &candidates) { UInt64(bitPattern: amounts[$0] &- low) <= span }
            }
        }
        for test in nodeTests {
            test.column.withUnsafeBufferPointer { column in
                test.passes.withUnsafeBufferPointer { passes in Self.keep(rows, &candidates) { passes[Int(column[$0]) &+ 1] } }
            }
        }
        if let vendorPasses {
            items.vendors.withUnsafeBufferPointer { vendors in
                vendorPasses.withUnsafeBufferPointer { passes in Self.keep(rows, &candidates) { passes[Int(vendors[$0])] } }
            }
        }
        if needs.contains(.kinds) && kinds != 0b1111 {
            let kept = kinds
            items.kinds.withUnsafeBufferPointer { kinds in
                Self.keep(rows, &candidates) { kept >> kinds[$0].rawValue & 1 != 0 }
            }
        }
        if let text { text.refine(rows, &candidates, items: items) }
        if let range = candidates.range {
            for (index, row) in range.enumerated() { rows[index] = Int32(truncatingIfNeeded: row) }
        }
        return candidates.count
    }

    /// Keeps the candidates for which `passes` holds, written in order to `rows` without branching.
    @inline(__always)
    static func keep(_ rows: UnsafeMutablePointer<Int32>, _ candidates: inout Candidates, _ passes: (Int) -> Bool) {
        var kept = 0
        // A Bool's byte as an integer: a branch here would mispredict on every other row.
        if let range = candidates.range {
            for row in range {
                rows[kept] = Int32(truncatingIfNeeded: row)
                kept &+= Int(unsafeBitCast(passes(row), to: UInt8.self))
            }
        } else {
            for index in 0..<candidates.count {
                let row = rows[index]
                rows[kept] = row
                kept &+= Int(unsafeBitCast(passes(Int(row)), to: UInt8.self))
            }
        }
        candidates = .listed(kept)
    }
}

/// Text search compiled against a store's text index.
struct TextMatch {
    let search: TextSearch
    /// Per vendor, whether its name contains the needle.
    let vendors: [Bool]
    /// Per distinct description, whether it contains the needle.
    let descriptions: [Bool]
    /// Bits a row's id-and-reference filter must have to possibly contain the needle.
    let signature: UInt64
    let index: TextIndex

    init(_ search: TextSearch, store: LedgerStore) {
        self.search = search
        index = store.textIndex
        vendors = store.ledger.vendors.names.map(search.contains)
        descriptions = TextIndex.matchingDescriptions(search, in: store.ledger.lineItems)
        signature = TextIndex.signature(of: search)
    }

    /// Keeps the candidates whose vendor name, description, reference or id contains the needle.
    func refine(_ rows: UnsafeMutablePointer<Int32>, _ candidates: inout RowTests.Candidates, items: LineItemColumns) {
        let signature = signature
        items.vendors.withUnsafeBufferPointer { rowVendors in
            items.descriptions.codes.withUnsafeBufferPointer { codes in
                index.signatures.withUnsafeBufferPointer { signatures in
                    vendors.withUnsafeBufferPointer { vendors in
                        descriptions.withUnsafeBufferPointer { descriptions in
                            // Candidates come in row order, so each decoder steps forward through its blocks.
                            items.ids.withDecoder { ids in
                                items.references.withDecoder { references in
                                    RowTests.keep(rows, &candidates) { row in
                                        if vendors[Int(rowVendors[row])] || descriptions[Int(codes[row])] { return true }
                                        return signatures[row] & signature == signature
                                            && (search.contains(ids.text(at: row)) || search.contains(references.text(at: row)))
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}
