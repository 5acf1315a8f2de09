#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Parsing JSON Lines in chunks on several threads, and merging the chunks back in reading order.
///
/// A chunk parser starts empty but for what the publisher fixed (currency, file names), reads the
/// lines of one byte range of one file counting lines from 1, and holds its own code tables, id
/// table, columns and diagnostics. `merge` then adds them here as if this parser had read those lines
/// itself: codes are renumbered, duplicate ids across chunks are found, and every location is moved
/// down by the lines of the chunks before it. Merging chunks in file order gives the same ledger and
/// the same diagnostics, in line order, as reading the file in one piece (problems found only on
/// merging are placed among a line's others by column).
extension LedgerParser {
    /// A parser for one chunk of the JSON Lines file `name`, which will be file `fileIndex` of the ledger.
    func chunkParser(name: String, fileIndex: UInt16) -> LedgerParser {
        var parser = LedgerParser(diagnosticLimit: log.limit)
        parser.currency = currency
        parser.exponent = exponent
        parser.ledger.publisher = ledger.publisher
        parser.rootFileName = rootFileName
        parser.fileName = name
        parser.fileIndex = fileIndex
        parser.lineItemIds = ByteInterner(capacity: 1 << 12)
        parser.lineItemIdColumns = []
        parser.deferredVendorDefinitions = []
        return parser
    }

    /// Adds what `chunk` read, as if this parser had read it here; its lines move down by `lineOffset`.
    mutating func merge(_ chunk: LedgerParser, lineOffset: Int) {
        let file = chunk.fileName
        let shift: (SourceLocation) -> SourceLocation = { $0.shiftingLines(in: file, by: lineOffset) }
        // Problems found only now (ids and inline vendors defined in earlier chunks) go into a log of
        // their own, then in among the chunk's problems by line, as reading in one piece would list them.
        var found = DiagnosticLog(limit: Int.max)
        swap(&log, &found)
        var codeMaps: [[Int32]] = []
        for position in classificationTables.indices {
            codeMaps.append(classificationTables[position].absorb(chunk.classificationTables[position], shift: shift))
        }
        let budgetLineMap = budgetLineTable.absorb(chunk.budgetLineTable, shift: shift)
        let vendorMap = mergeVendors(chunk, shift: shift)
        let duplicates = mergeLineItemIds(chunk, lineOffset: lineOffset)
        swap(&log, &found)
        log.absorb(chunk.log, transform: { $0.shiftingLines(in: file, by: lineOffset) }, interleaving: found)
        let kept = duplicates.isEmpty ? nil : (0..<chunk.ledger.lineItems.count).filter { !duplicates.contains($0) }
        for row in kept ?? [] {
            let amount = chunk.ledger.lineItems.amounts[row]
            absoluteLineItemTotal &+= amount == .min ? .max : abs(amount)
        }
        if kept == nil { absoluteLineItemTotal &+= chunk.absoluteLineItemTotal }
        appendColumns(of: chunk, rows: kept, codeMaps: codeMaps, vendorMap: vendorMap, budgetLineMap: budgetLineMap, lineOffset: lineOffset)
    }

    /// Makes room for `count` more line-item ids, as long on average as `chunk`'s.
    mutating func reserveLineItemIds(_ count: Int, like chunk: LedgerParser) {
        let average = chunk.lineItemIds.column.byteCount / max(1, chunk.lineItemIds.count) + 1
        lineItemIds.reserve(count, averageBytes: average)
        lineItemIdLines.reserveCapacity(lineItemIdLines.count + count)
        rowOfLineItemId.reserveCapacity(rowOfLineItemId.count + count)
        lineItemIndexes.reserveCapacity(lineItemIndexes.count + count)
    }

    /// Whether `chunk` can be merged as it is: its line items' absolute amounts keep the ledger's total
    /// in range, and its texts leave room in the stores of text. When not, the load is redone on one
    /// thread, which reports the line item that does not fit.
    func canMerge(_ chunk: LedgerParser) -> Bool {
        !chunk.totalsOverflowed.lineItems && !absoluteLineItemTotal.addingReportingOverflow(chunk.absoluteLineItemTotal).overflow
            && !chunk.textLimitReached && largestTextStore + chunk.largestTextStore <= textLimit - JSONScanner.maximumStringBytes
    }

    /// Merges the chunk's vendors: its references, then its inline definitions in reading order.
    private mutating func mergeVendors(_ chunk: LedgerParser, shift: (SourceLocation) -> SourceLocation) -> [Int32] {
        let map = vendorTable.absorb(chunk.vendorTable, shift: shift)
        for definition in chunk.deferredVendorDefinitions ?? [] {
            _ = defineVendor(
                VendorDefinition(id: definition.id, name: definition.name, kind: definition.kind,
                    location: shift(definition.location), path: definition.path),
                inline: true)
        }
        return map
    }

    /// Adds the chunk's line-item ids in order, reporting ids that an earlier file or chunk already had;
    /// returns the chunk's rows that carry such an id (they are left out, as a single read would).
    private mutating func mergeLineItemIds(_ chunk: LedgerParser, lineOffset: Int) -> Set<Int> {
        var duplicateRows = Set<Int>()
        let firstNewId = rowOfLineItemId.count
        // The ledger's table of ids is large and each id lands anywhere in it: the slot of the id
        // `ahead` positions later is fetched while this one is interned, so the misses overlap.
        let hashes = chunk.lineItemIds.hashes()
        let ahead = 16
        for local in 0..<hashes.count {
            if local + ahead < hashes.count { lineItemIds.prefetch(hash: hashes[local + ahead]) }
            let (index, inserted) = chunk.lineItemIds.withEntry(Int32(local)) { lineItemIds.intern($0, hash: hashes[local]) }
            let source = chunk.lineItemIdLines[local]
            let shifted = RecordSource(file: source.file, line: source.line + UInt32(lineOffset))
            let row = chunk.rowOfLineItemId[local]
            if inserted {
                lineItemIdLines.append(shifted)
                rowOfLineItemId.append(row < 0 ? -1 : row + Int32(ledger.lineItems.count))
                continue
            }
            let first = lineItemIdLines[Int(index)]
            let id = Self.excerpt(lineItemIds.string(at: index))
            let previous = SourceLocation(file: ledger.files[Int(first.file)].path, line: Int(first.line), column: 0)
            let column = chunk.lineItemIdColumns.map { Int($0[local]) } ?? 0
            log.error(at: SourceLocation(file: chunk.fileName, line: Int(shifted.line), column: column), path: "$.id",
                "expected a unique line-item id, found '\(id)' again",
                notes: [Diagnostic(.note, at: previous, "'\(id)' first defined here")])
            if row >= 0 { duplicateRows.insert(Int(row)) }
        }
        if !duplicateRows.isEmpty {
            // Rows after a dropped one move up: renumber the rows recorded for this chunk's ids.
            let base = Int32(ledger.lineItems.count)
            let kept = (0..<chunk.ledger.lineItems.count).filter { !duplicateRows.contains($0) }
            var newRow = [Int32](repeating: -1, count: chunk.ledger.lineItems.count)
            for (position, row) in kept.enumerated() { newRow[row] = base + Int32(position) }
            for index in firstNewId..<rowOfLineItemId.count where rowOfLineItemId[index] >= base {
                rowOfLineItemId[index] = newRow[Int(rowOfLineItemId[index] - base)]
            }
        }
        return duplicateRows
    }

    /// Appends the chunk's columns (only `rows` of them, when given), renumbering codes into this parser's tables.
    private mutating func appendColumns(
        of chunk: LedgerParser, rows: [Int]?, codeMaps: [[Int32]], vendorMap: [Int32], budgetLineMap: [Int32], lineOffset: Int
    ) {
        var theirs = chunk.ledger.lineItems
        var indexes = chunk.lineItemIndexes
        if let rows {
            theirs = theirs.selecting(rows)
            indexes = rows.map { indexes[$0] }
        }
        func remapped(_ column: [Int32], _ map: [Int32]) -> [Int32] { column.map { $0 < 0 ? -1 : map[Int($0)] } }
        ledger.lineItems.descriptions.append(contentsOf: theirs.descriptions)
        ledger.lineItems.references.append(contentsOf: theirs.references)
        ledger.lineItems.dates += theirs.dates
        ledger.lineItems.organisations += remapped(theirs.organisations, codeMaps[0])
        ledger.lineItems.categories += remapped(theirs.categories, codeMaps[1])
        ledger.lineItems.funds += remapped(theirs.funds, codeMaps[2])
        ledger.lineItems.functions.append(contentsOf: theirs.functions.lazy.map { $0 < 0 ? -1 : codeMaps[3][Int($0)] })
        ledger.lineItems.regions.append(contentsOf: theirs.regions.lazy.map { $0 < 0 ? -1 : codeMaps[4][Int($0)] })
        ledger.lineItems.vendors += remapped(theirs.vendors, vendorMap)
        ledger.lineItems.budgetLines += remapped(theirs.budgetLines, budgetLineMap)
        ledger.lineItems.kinds += theirs.kinds
        ledger.lineItems.amounts += theirs.amounts
        ledger.lineItems.dateEstimated.append(contentsOf: theirs.dateEstimated)
        ledger.lineItems.sources.append(contentsOf: theirs.sources, lineOffset: UInt32(lineOffset))
        lineItemIndexes += indexes
    }
}
