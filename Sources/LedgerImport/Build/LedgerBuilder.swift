import LedgerKit

/// One level of a record's classification, resolved: the node's full code and its name.
struct LevelValue: Equatable {
    let code: String
    let name: String
    /// The name is a stand-in (the code, or the spec's default), to be replaced by a real name seen later.
    let nameDefaulted: Bool
}

/// Collects converted records into an `ImportedLedger`: defines each classification node and vendor
/// once (at first use), and keeps ids unique.
struct LedgerBuilder {
    private(set) var ledger: ImportedLedger
    private var nodes: [String: [String: Int]] = [:]
    private var defaultedNames: [String: Set<String>] = [:]
    private var vendorIndex: [String: Int] = [:]
    private var lineItemIDs: [String: SourceLocation] = [:]
    private var budgetLineIDs: [String: SourceLocation] = [:]
    private var kpiIndex: [String: Int] = [:]

    init(publisher: Publisher) {
        ledger = ImportedLedger(publisher: publisher)
    }

    /// Where an id was first used, if it was: a duplicate line-item id is a row error.
    func firstUse(ofLineItem id: String) -> SourceLocation? { lineItemIDs[id] }

    /// Where a budget-line id was first used, if it was.
    func firstUse(ofBudgetLine id: String) -> SourceLocation? { budgetLineIDs[id] }

    /// Defines the nodes of `levels` (each the parent of the next) in `classification`; returns the last one's code.
    mutating func define(_ levels: [LevelValue], in classification: String) -> String {
        var parent: String?
        for level in levels {
            if let index = nodes[classification]?[level.code] {
                if defaultedNames[classification]?.contains(level.code) == true, !level.nameDefaulted {
                    ledger.classifications[classification]![index].name = level.name
                    defaultedNames[classification]!.remove(level.code)
                }
            } else {
                nodes[classification, default: [:]][level.code] = ledger.classifications[classification, default: []].count
                ledger.classifications[classification, default: []].append(
                    ClassificationNodeRecord(code: level.code, name: level.name, parent: parent))
                if level.nameDefaulted { defaultedNames[classification, default: []].insert(level.code) }
            }
            parent = level.code
        }
        return parent!
    }

    /// The id of the vendor with `key` (its id, or its name when the map gives no id), defining it at first use.
    mutating func vendor(key: String, id: String?, name: String, kind: String) -> String {
        if let index = vendorIndex[key] { return ledger.vendors[index].id }
        let vendorID = id ?? "V" + String(ledger.vendors.count + 1).leftPadded(to: 5)
        vendorIndex[key] = ledger.vendors.count
        ledger.vendors.append(VendorRecord(id: vendorID, name: name, kind: kind))
        return vendorID
    }

    /// Appends a line item to the group of its source file.
    mutating func add(_ item: LineItemRecord, group: String, at location: SourceLocation) {
        lineItemIDs[item.id] = location
        if ledger.lineItemGroups.last?.group != group {
            ledger.lineItemGroups.append(LineItemGroup(group: group, items: []))
        }
        ledger.lineItemGroups[ledger.lineItemGroups.count - 1].items.append(item)
    }

    /// Appends a budget line.
    mutating func add(_ line: BudgetLineRecord, at location: SourceLocation) {
        budgetLineIDs[line.id] = location
        ledger.budgetLines.append(line)
    }

    /// The KPI with `id`, defined by `definition` at first use; a later row adds its period's values.
    mutating func addKPI(_ definition: KPIRecord, period: (Frequency) -> String, observation: String?, target: String?) {
        let index: Int
        if let known = kpiIndex[definition.id] {
            index = known
        } else {
            index = ledger.kpis.count
            kpiIndex[definition.id] = index
            ledger.kpis.append(definition)
        }
        let frequency = Frequency(rawValue: ledger.kpis[index].frequency)!
        let key = period(frequency)
        if let observation { ledger.kpis[index].observations[key] = observation }
        if let target { ledger.kpis[index].targets[key] = target }
    }
}

/// A KPI's frequency, which decides how a date becomes a period.
enum Frequency: String, CaseIterable {
    case monthly, quarterly, annual

    /// The period of `date`: `2024-07`, `FY2025-Q1` or `FY2025` under `calendar`.
    func period(of date: CivilDate, calendar: FiscalCalendar) -> String {
        switch self {
        case .monthly:
            let (year, month, _) = date.components
            return String(year).leftPadded(to: 4) + "-" + String(month).leftPadded(to: 2)
        case .quarterly:
            return "FY" + String(calendar.fiscalYear(containing: date)).leftPadded(to: 4) + "-Q"
                + String(calendar.fiscalQuarter(containing: date))
        case .annual:
            return "FY" + String(calendar.fiscalYear(containing: date)).leftPadded(to: 4)
        }
    }
}

extension String {
    /// The string with zeros in front up to `width` characters.
    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
