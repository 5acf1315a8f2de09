extension LedgerParser {
    /// The deepest classification hierarchy accepted (levels below a root).
    static let maximumHierarchyDepth = 8

    /// Resolves references across files, runs the cross-file checks, and returns the ledger.
    mutating func finish() -> Ledger {
        if ledger.publisher == nil && publisherLocation == nil && !rootFileUnreadable {
            let file = rootFileName ?? ledger.files.first?.path ?? "ledger"
            log.error(at: SourceLocation(file: file, line: 0, column: 0), path: "$",
                "expected the required key 'publisher' in the ledger's root file, found none")
        }
        // After a document stopped at a syntax error, or a file could not be read, some definitions
        // are unknown: reporting references to them would bury that one error under many.
        if !documentStoppedEarly {
            for table in classificationTables { table.reportUndefined(into: &log) }
            vendorTable.reportUndefined(into: &log)
            budgetLineTable.reportUndefined(into: &log)
        }
        for (position, kind) in ClassificationKind.allCases.enumerated() {
            ledger.classifications[kind] = buildClassification(kind, table: classificationTables[position], nodes: classificationNodes[position])
        }
        buildVendors()
        resolveBudgetLineReferences()
        checkLineItemDates()
        ledger.lineItems.descriptions.finishLoading()
        ledger.lineItems.ids = lineItemIdColumn()
        return ledger
    }

    private mutating func buildClassification(_ kind: ClassificationKind, table: CodeTable, nodes: [NodeDefinition?]) -> Classification {
        var classification = Classification(kind: kind)
        classification.codes = table.interner.allStrings()
        for index in 0..<table.count {
            let node = index < nodes.count ? nodes[index] : nil
            classification.names.append(node?.name ?? classification.codes[index])
            classification.parents.append(node?.parent ?? -1)
            classification.descriptions.append(node?.description)
        }
        // Break cycles first, so that a node below a cycle is not taken for a deep one. Each walk up
        // the parents stops at a node an earlier walk visited; meeting its own trail means a cycle.
        var walkOf = [Int](repeating: -1, count: table.count)
        for start in 0..<table.count {
            var node = start
            while node >= 0 && walkOf[node] < 0 {
                walkOf[node] = start
                node = Int(classification.parents[node])
            }
            guard node >= 0, walkOf[node] == start, let definition = node < nodes.count ? nodes[node] : nil else { continue }
            log.error(at: definition.parentLocation, path: definition.path + ".parent",
                "expected a hierarchy without cycles, found '\(classification.codes[node])' among its own ancestors")
            classification.parents[node] = -1
        }
        for index in 0..<table.count {
            guard let node = index < nodes.count ? nodes[index] : nil else { continue }
            var depth = 0
            var ancestor = classification.parents[index]
            while ancestor >= 0 && depth <= Self.maximumHierarchyDepth {
                depth += 1
                ancestor = classification.parents[Int(ancestor)]
            }
            if depth > Self.maximumHierarchyDepth {
                log.error(at: node.parentLocation, path: node.path + ".parent",
                    "expected at most \(Self.maximumHierarchyDepth) levels below a root, found '\(classification.codes[index])' deeper")
                classification.parents[index] = -1
            }
        }
        return classification
    }

    private mutating func buildVendors() {
        ledger.vendors.ids = vendorTable.interner.allStrings()
        for index in 0..<vendorTable.count {
            let definition = index < vendorDefinitions.count ? vendorDefinitions[index] : nil
            ledger.vendors.names.append(definition?.name ?? ledger.vendors.ids[index])
            ledger.vendors.kinds.append(definition?.kind ?? .business)
        }
    }

    /// Turns budget-line handles in the line items into positions in `budgetLines`.
    private mutating func resolveBudgetLineReferences() {
        let identity = budgetLineByHandle.enumerated().allSatisfy { $0.offset == Int($0.element) }
        if identity && budgetLineByHandle.count >= budgetLineTable.count { return }
        let map = budgetLineByHandle
        ledger.lineItems.budgetLines = ledger.lineItems.budgetLines.map { handle in
            handle >= 0 && Int(handle) < map.count ? map[Int(handle)] : -1
        }
    }

    /// Warns, once per file, about line items dated after the as-of date or outside the budgeted years.
    private mutating func checkLineItemDates() {
        guard let publisher = ledger.publisher else { return }
        // The budgeted days, one interval per run of consecutive fiscal years (a gap year is outside).
        var budgeted: [(years: ClosedRange<Int>, days: ClosedRange<Int32>)] = []
        for year in Set(ledger.budgetLines.map(\.fiscalYear)).sorted() {
            let days = publisher.calendar.firstDay(of: year).dayNumber...publisher.calendar.lastDay(of: year).dayNumber
            if let last = budgeted.last, last.years.upperBound + 1 == year {
                budgeted[budgeted.count - 1] = (last.years.lowerBound...year, last.days.lowerBound...days.upperBound)
            } else {
                budgeted.append((year...year, days))
            }
        }
        func isBudgeted(_ day: Int32) -> Bool {
            var low = 0
            var high = budgeted.count
            while low < high {
                let middle = (low + high) / 2
                if budgeted[middle].days.upperBound < day { low = middle + 1 } else { high = middle }
            }
            return low < budgeted.count && budgeted[low].days.lowerBound <= day
        }
        let asOf = publisher.asOf.dayNumber
        var afterAsOf: [UInt16: (count: Int, row: Int)] = [:]
        var outside: [UInt16: (count: Int, row: Int)] = [:]
        let columns = ledger.lineItems
        for (file, rows) in columns.sources.runs {
            for row in rows {
                let day = columns.dates[row]
                if day > asOf { afterAsOf[file, default: (0, row)].count += 1 }
                if !budgeted.isEmpty && !isBudgeted(day) { outside[file, default: (0, row)].count += 1 }
            }
        }
        for (file, entry) in afterAsOf.sorted(by: { $0.key < $1.key }) {
            log.warning(at: rowLocation(entry.row), path: datePath(entry.row),
                "expected dates up to the ledger's as-of date \(publisher.asOf), found \(columns.date(entry.row))\(Self.more(entry.count, in: ledger.files[Int(file)].path))")
        }
        let years = budgeted.map { $0.years.count == 1 ? "FY\($0.years.lowerBound)" : "FY\($0.years.lowerBound)–FY\($0.years.upperBound)" }
            .joined(separator: ", ")
        for (file, entry) in outside.sorted(by: { $0.key < $1.key }) {
            log.warning(at: rowLocation(entry.row), path: datePath(entry.row),
                "expected a date in the fiscal years with budget lines (\(years)), found \(columns.date(entry.row))\(Self.more(entry.count, in: ledger.files[Int(file)].path))")
        }
    }

    /// The ids of the loaded line items, row by row, from `lineItemIds` (which also holds the ids of
    /// line items that were not loaded), front coded; the table is let go.
    private mutating func lineItemIdColumn() -> FrontCodedTextColumn {
        let rows = ledger.lineItems.count
        var column: FrontCodedTextColumn
        if lineItemIds.count == rows && rowOfLineItemId.enumerated().allSatisfy({ Int($0.element) == $0.offset }) {
            column = FrontCodedTextColumn(lineItemIds.column)
        } else {
            column = FrontCodedTextColumn()
            var idOfRow = [Int32](repeating: 0, count: rows)
            for (id, row) in rowOfLineItemId.enumerated() where row >= 0 { idOfRow[Int(row)] = Int32(id) }
            for id in idOfRow { lineItemIds.withEntry(id) { column.append($0) } }
        }
        lineItemIds = ByteInterner()
        return column
    }

    private func rowLocation(_ row: Int) -> SourceLocation {
        let source = ledger.lineItems.sources[row]
        return SourceLocation(file: ledger.files[Int(source.file)].path, line: Int(source.line), column: 0)
    }

    /// The JSON path of the date of line item `row`: `$.date` in JSON Lines, `$.lineItems[i].date` in a document.
    private func datePath(_ row: Int) -> String {
        let index = lineItemIndexes[row]
        return index < 0 ? "$.date" : "$.lineItems[\(index)].date"
    }

    private static func more(_ count: Int, in file: String) -> String {
        count > 2 ? " (and \(count - 1) more line items in this file)" : count == 2 ? " (and 1 more line item in this file)" : ""
    }
}
