import Foundation
import LedgerKit
import Testing

/// Checks every generated ledger must pass, whatever its size or language.
enum LedgerChecks {
    /// Codes unique and parents existing in every classification; ids unique across the ledger.
    static func uniqueIdsAndCodes(_ ledger: ParsedLedger) {
        for (name, nodes) in ledger.classifications {
            let codes = nodes.map(\.code)
            #expect(Set(codes).count == codes.count, "duplicate code in \(name)")
            for node in nodes where node.parent != nil {
                #expect(codes.contains(node.parent!), "\(name) \(node.code): unknown parent \(node.parent!)")
            }
        }
        let vendorIds = ledger.vendors.map(\.id)
        #expect(Set(vendorIds).count == vendorIds.count, "duplicate vendor id")
        let inlineIds = ledger.lineItems.compactMap(\.inlineVendor?.id)
        #expect(Set(inlineIds).count == inlineIds.count, "an inline vendor is defined twice")
        #expect(Set(inlineIds).isDisjoint(with: vendorIds), "an inline vendor reuses a vendors-section id")
        let itemIds = ledger.lineItems.map(\.id)
        #expect(Set(itemIds).count == itemIds.count, "duplicate line item id")
        let budgetIds = ledger.budgetLines.map(\.id)
        #expect(Set(budgetIds).count == budgetIds.count, "duplicate budget line id")
        let kpiIds = ledger.kpis.map(\.id)
        #expect(Set(kpiIds).count == kpiIds.count, "duplicate KPI id")
    }

    /// Every code, vendor and budget line a record names exists; vendor kinds are valid.
    static func references(_ ledger: ParsedLedger) {
        let organisation = ledger.codes("organisation")
        let programs = Set(ledger.classifications["organisation", default: []].filter { $0.parent != nil }.map(\.code))
        let categories = ledger.codes("category")
        let funds = ledger.codes("fund")
        let functions = ledger.codes("function")
        let regions = ledger.codes("region")
        let vendors = Set(ledger.vendors.map(\.id))
        let budgetIds = Set(ledger.budgetLines.map(\.id))
        let kinds: Set = ["business", "individual", "government", "non-profit"]
        for vendor in ledger.vendors {
            #expect(kinds.contains(vendor.kind), "vendor \(vendor.id): kind \(vendor.kind)")
            #expect(!vendor.name.isEmpty)
        }
        var unknown: [String] = []
        for line in ledger.budgetLines {
            if !programs.contains(line.organisation) { unknown.append("budget \(line.id): organisation") }
            if !categories.contains(line.category) { unknown.append("budget \(line.id): category") }
            if !funds.contains(line.fund) { unknown.append("budget \(line.id): fund") }
            if let function = line.function, !functions.contains(function) { unknown.append("budget \(line.id): function") }
            if !["proposed", "adopted", "revised"].contains(line.phase) { unknown.append("budget \(line.id): phase") }
            if line.amount <= 0 { unknown.append("budget \(line.id): amount \(line.amount)") }
        }
        for item in ledger.lineItems {
            if !programs.contains(item.organisation) { unknown.append("\(item.id): organisation \(item.organisation)") }
            if !categories.contains(item.category) { unknown.append("\(item.id): category \(item.category)") }
            if !funds.contains(item.fund) { unknown.append("\(item.id): fund \(item.fund)") }
            if let region = item.region, !regions.contains(region) { unknown.append("\(item.id): region \(region)") }
            if let inline = item.inlineVendor {
                if !kinds.contains(inline.kind) || inline.name.isEmpty { unknown.append("\(item.id): inline vendor") }
            } else if !vendors.contains(item.vendor) {
                unknown.append("\(item.id): vendor \(item.vendor)")
            }
            if let budgetLine = item.budgetLine, !budgetIds.contains(budgetLine) { unknown.append("\(item.id): budget line \(budgetLine)") }
            if !["obligation", "payment", "refund", "adjustment"].contains(item.kind) { unknown.append("\(item.id): kind \(item.kind)") }
        }
        #expect(unknown.isEmpty, "\(unknown.count) unknown references, first: \(unknown.prefix(5))")
        #expect(organisation.isSuperset(of: ledger.kpis.map(\.organisation)), "a KPI names an unknown organisation")
    }

    /// Signs as the format requires, dates inside the file's fiscal year and up to the as-of date,
    /// and purchase orders paid no more than obligated, never before they were placed.
    static func signsDatesAndOrders(_ ledger: ParsedLedger) {
        var problems: [String] = []
        var obligations: [String: (total: Int64, first: String, positive: Bool)] = [:]
        var payments: [String: (total: Int64, first: String)] = [:]
        var adjustments: [String: Int64] = [:]
        for item in ledger.lineItems {
            switch item.kind {
            case "payment" where item.amount <= 0: problems.append("\(item.id): payment \(item.amount)")
            case "refund" where item.amount >= 0: problems.append("\(item.id): refund \(item.amount)")
            default: break
            }
            let year = fiscalYear(of: item.date, ledger)
            if !item.file.hasSuffix("FY\(year).jsonl") { problems.append("\(item.id): dated \(item.date) in \(item.file)") }
            if item.date > ledger.asOf { problems.append("\(item.id): dated after the as-of date") }
            guard let reference = item.reference else { continue }
            switch item.kind {
            case "obligation":
                let previous = obligations[reference] ?? (0, item.date, false)
                obligations[reference] = (previous.total + item.amount, min(previous.first, item.date), previous.positive || item.amount > 0)
            case "payment":
                let previous = payments[reference] ?? (0, item.date)
                payments[reference] = (previous.total + item.amount, min(previous.first, item.date))
            case "adjustment":
                adjustments[reference, default: 0] += item.amount
            default: break
            }
        }
        for (reference, obligation) in obligations {
            if !obligation.positive { problems.append("\(reference): only negative obligations") }
            guard let paid = payments[reference] else { continue }
            if paid.total > obligation.total { problems.append("\(reference): paid \(paid.total) of \(obligation.total)") }
            if paid.first < obligation.first { problems.append("\(reference): paid before the order") }
        }
        for (reference, net) in adjustments where net != 0 {
            problems.append("\(reference): journal entry does not balance (\(net))")
        }
        #expect(problems.isEmpty, "\(problems.count) problems, first: \(problems.prefix(5))")
        #expect(obligations.contains { payments[$0.key] != nil }, "no purchase order is followed by payments")
    }

    /// KPI periods fit the frequency, are listed once, and observations stop at the as-of date.
    static func kpiPeriods(_ ledger: ParsedLedger) {
        for kpi in ledger.kpis {
            let pattern: String
            switch kpi.frequency {
            case "monthly": pattern = #"^\d{4}-(0[1-9]|1[0-2])$"#
            case "quarterly": pattern = #"^FY\d{4}-Q[1-4]$"#
            case "annual": pattern = #"^FY\d{4}$"#
            default:
                Issue.record("\(kpi.id): frequency \(kpi.frequency)")
                continue
            }
            #expect(["higher", "lower"].contains(kpi.direction))
            let all = kpi.targets + kpi.observations + (kpi.baseline.map { [$0] } ?? [])
            for entry in all {
                #expect(entry.period.range(of: pattern, options: .regularExpression) != nil, "\(kpi.id): period \(entry.period) is not \(kpi.frequency)")
            }
            #expect(Set(kpi.targets.map(\.period)).count == kpi.targets.count, "\(kpi.id): duplicate target period")
            #expect(Set(kpi.observations.map(\.period)).count == kpi.observations.count, "\(kpi.id): duplicate observation period")
            #expect(!kpi.targets.isEmpty && !kpi.observations.isEmpty, "\(kpi.id): needs targets and observations")
            if kpi.frequency == "monthly" {
                #expect(kpi.observations.allSatisfy { $0.period <= String(ledger.asOf.prefix(7)) }, "\(kpi.id): observed after the as-of date")
            }
        }
    }

    /// The fiscal year (in the ledger's calendar) of a `YYYY-MM-DD` date.
    static func fiscalYear(of date: String, _ ledger: ParsedLedger) -> Int {
        ledger.calendar.fiscalYear(containing: CivilDate(iso: date)!)
    }

    /// Net spending (payments, refunds, adjustments) of the items that pass `filter`.
    static func paid(_ ledger: ParsedLedger, where filter: (ParsedLedger.LineItem) -> Bool = { _ in true }) -> Int64 {
        ledger.lineItems.reduce(0) { $0 + ($1.kind != "obligation" && filter($1) ? $1.amount : 0) }
    }

    /// Budget of a phase for the lines that pass `filter`.
    static func budget(_ ledger: ParsedLedger, phase: String, where filter: (ParsedLedger.BudgetLine) -> Bool = { _ in true }) -> Int64 {
        ledger.budgetLines.reduce(0) { $0 + ($1.phase == phase && filter($1) ? $1.amount : 0) }
    }

    /// All generic checks.
    static func all(_ ledger: ParsedLedger) {
        uniqueIdsAndCodes(ledger)
        references(ledger)
        signsDatesAndOrders(ledger)
        kpiPeriods(ledger)
    }
}
