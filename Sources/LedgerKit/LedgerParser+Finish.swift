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
        for table in classificationTables { table.reportUndefined(into: &log) }
        vendorTable.reportUndefined(into: &log)
        budgetLineTable.reportUndefined(into: &log)
        for (position, kind) in ClassificationKind.allCases.enumerated() {
            ledger.classifications[kind] = buildClassification(kind, table: classificationTables[position], nodes: classificationNodes[position])
        }
        buildVendors()
        resolveBudgetLineReferences()
        checkLineItemDates()
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
        for index in 0..<table.count {
            guard let node = index < nodes.count ? nodes[index] : nil else { continue }
            var depth = 0
            var ancestor = classification.parents[index]
            while ancestor >= 0 && depth <= Self.maximumHierarchyDepth {
                if Int(ancestor) == index {
                    log.error(at: node.location, path: "classifications.\(kind.rawValue)",
                        "expected a hierarchy without cycles, found '\(classification.codes[index])' among its own ancestors")
                    classification.parents[index] = -1
                    break
                }
                depth += 1
                ancestor = classification.parents[Int(ancestor)]
            }
            if depth > Self.maximumHierarchyDepth && classification.parents[index] >= 0 {
                log.error(at: node.location, path: "classifications.\(kind.rawValue)",
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
        let budgetYears = Set(ledger.budgetLines.map(\.fiscalYear))
        let yearRange = budgetYears.isEmpty ? nil : budgetYears.min()!...budgetYears.max()!
        let firstBudgeted = yearRange.map { publisher.calendar.firstDay(of: $0.lowerBound).dayNumber } ?? .min
        let lastBudgeted = yearRange.map { publisher.calendar.lastDay(of: $0.upperBound).dayNumber } ?? .max
        let asOf = publisher.asOf.dayNumber
        var afterAsOf: [UInt16: (count: Int, row: Int)] = [:]
        var outside: [UInt16: (count: Int, row: Int)] = [:]
        let columns = ledger.lineItems
        for row in 0..<columns.count {
            let day = columns.dates[row]
            let file = columns.sources[row].file
            if day > asOf { afterAsOf[file, default: (0, row)].count += 1 }
            if day < firstBudgeted || day > lastBudgeted { outside[file, default: (0, row)].count += 1 }
        }
        for (file, entry) in afterAsOf.sorted(by: { $0.key < $1.key }) {
            log.warning(at: rowLocation(entry.row), path: "date",
                "expected dates up to the ledger's as-of date \(publisher.asOf), found \(columns.date(entry.row))\(Self.more(entry.count, in: ledger.files[Int(file)].path))")
        }
        guard let yearRange else { return }
        let years = yearRange.count == 1 ? "FY\(yearRange.lowerBound)" : "FY\(yearRange.lowerBound)–FY\(yearRange.upperBound)"
        for (file, entry) in outside.sorted(by: { $0.key < $1.key }) {
            log.warning(at: rowLocation(entry.row), path: "date",
                "expected a date in the fiscal years with budget lines (\(years)), found \(columns.date(entry.row))\(Self.more(entry.count, in: ledger.files[Int(file)].path))")
        }
    }

    private func rowLocation(_ row: Int) -> SourceLocation {
        let source = ledger.lineItems.sources[row]
        return SourceLocation(file: ledger.files[Int(source.file)].path, line: Int(source.line), column: 0)
    }

    private static func more(_ count: Int, in file: String) -> String {
        count > 1 ? " (and \(count - 1) more line items in this file)" : ""
    }
}
