import LedgerKit

/// Where a running audit has got to, for a progress indicator.
public struct AuditProgress: Sendable, Hashable {
    /// Steps done, out of `total`.
    public let completed: Int
    /// The number of steps.
    public let total: Int
    /// The rules whose findings are ready.
    public let finished: [AuditRule]

    /// Share of the work done, 0…1.
    public var fraction: Double { Double(completed) / Double(total) }
}

extension LedgerStore {
    /// Runs every audit rule over the ledger's line items (docs/audit-rules.md).
    ///
    ///     let parameters = AuditParameters(ledger: store.ledger, overrides: commandLineSettings)
    ///     let report = await Task.detached { store.audit(parameters) }.value
    ///     report.result(.splitPurchase).findings.first?.detail
    ///
    /// Runs on the calling thread and lends parts of the large passes to the other cores; the
    /// store and the report are values, so it may be called off the main thread while a screen
    /// shows `progress`, which is called on the calling thread after each step.
    ///
    /// - Complexity: a few passes over the line items: one tallying pass, counting sorts by
    ///   vendor, organisation and category, a sort of each vendor's payments and of each category's
    ///   amounts, and a `select` for each fiscal year and each group finding's rows.
    public func audit(_ parameters: AuditParameters, progress: (AuditProgress) -> Void = { _ in }) -> AuditReport {
        let items = ledger.lineItems
        let money = AuditMoney(ledger.currency)
        let parts = min(RowScan.maximumParts, max(1, items.count / rowsPerPart))
        var lists: [FindingList] = []
        let steps = 5
        func report(_ step: Int) {
            progress(AuditProgress(completed: step, total: steps, finished: lists.map(\.rule)))
        }

        let calendar = auditCalendar(holidays: parameters.holidays)
        let tally = tallyLineItems(calendar: calendar, parameters: parameters, parts: parts)
        let byVendor = RowBuckets(rowCount: items.count, codeCount: ledger.vendors.count, parts: parts) { row in
            let kind = items.kinds[row]
            return kind == .payment && items.amounts[row] <= 0 || kind == .adjustment ? -1 : Int(items.vendors[row])
        }
        report(1)

        let scan = scanVendorPayments(byVendor, parameters: parameters, money: money, parts: parts)
        lists += [scan.duplicates, scan.invoices, scan.splits]
        lists.append(AmountPatternRules.roundAmounts(tally, buckets: byVendor, items: items, parameters: parameters, money: money))
        report(2)

        lists.append(CalendarRules.paymentsByDay(tally.weekendRows, rule: .weekendPayment, items: items))
        lists.append(CalendarRules.paymentsByDay(tally.holidayRows, rule: .holidayPayment, items: items))
        lists.append(CalendarRules.yearEndSurges(tally, calendar: calendar, store: self, parameters: parameters, money: money))
        let benford = AmountPatternRules.benford(tally, store: self, parameters: parameters)
        lists.append(benford.findings)
        report(3)

        let isPayment: (Int) -> Bool = { items.kinds[$0] == .payment && items.amounts[$0] > 0 }
        let byOrganisation = RowBuckets(rowCount: items.count, codeCount: ledger.classification(.organisation).count, parts: parts) {
            isPayment($0) ? Int(items.organisations[$0]) : -1
        }
        let byCategory = RowBuckets(rowCount: items.count, codeCount: ledger.classification(.category).count, parts: parts) {
            isPayment($0) ? Int(items.categories[$0]) : -1
        }
        let concentration = GroupRules.concentration(
            byOrganisation: byOrganisation, byCategory: byCategory, ledger: ledger, parameters: parameters, money: money)
        lists.append(concentration.findings)
        lists.append(GroupRules.outliers(byCategory: byCategory, items: items, parameters: parameters, money: money, parts: max(parts, 2)))
        report(4)

        let budget = BudgetRules.findings(store: self, money: money)
        lists += [budget.unbudgeted, budget.overspent]
        let order = Dictionary(uniqueKeysWithValues: lists.map { ($0.rule, $0) })
        let results = AuditRule.allCases.map { rule in order[rule]!.result(explanation: rule.explanation(parameters, money)) }
        var flags = [AuditFlags](repeating: [], count: items.count)
        for list in lists where list.rule.flagsLineItems {
            let flag = AuditFlags(list.rule)
            for row in list.rows { flags[Int(row)].insert(flag) }
        }
        report(5)
        return AuditReport(
            parameters: parameters, results: results, flags: flags, benford: benford.tests, concentration: concentration.measures)
    }

    /// The calendar from the first line item's day to the last one's.
    private func auditCalendar(holidays: [CivilDate]) -> AuditCalendar {
        var first = Int32.max, last = Int32.min
        for day in ledger.lineItems.dates {
            first = min(first, day)
            last = max(last, day)
        }
        if first > last { (first, last) = (0, 0) }
        return AuditCalendar(days: CivilDate(dayNumber: first)...CivilDate(dayNumber: last), calendar: ledger.calendar, holidays: holidays)
    }

    /// The tallying pass, its parts shared by the cores.
    private func tallyLineItems(calendar: AuditCalendar, parameters: AuditParameters, parts: Int) -> AuditTally {
        let items = ledger.lineItems
        let organisations = ledger.classification(.organisation).count
        let tallies = UnsafeMutableBufferPointer<AuditTally>.allocate(capacity: parts)
        defer { tallies.deallocate() }
        forEachPart(parts) { part in
            var tally = AuditTally(vendors: ledger.vendors.count, organisations: organisations, monthSlots: calendar.fiscalYearCount * 12)
            tally.add(
                items, rows: (items.count * part / parts)..<(items.count * (part + 1) / parts), calendar: calendar,
                roundUnit: parameters.roundUnit, digitFloor: 10 * parameters.minorUnitsPerMajor)
            (tallies.baseAddress! + part).initialize(to: tally)
        }
        var total = tallies[0]
        for part in 1..<parts { total.add(tallies[part]) }
        tallies.baseAddress!.deinitialize(count: parts)
        return total
    }

    /// The vendor scan, vendors cut into parts of about equal rows that the cores share.
    private func scanVendorPayments(_ buckets: RowBuckets, parameters: AuditParameters, money: AuditMoney, parts: Int) -> VendorPaymentScan {
        let vendors = buckets.codeCount
        let total = buckets.rows.count
        var bounds = [0]
        for vendor in 0..<vendors where bounds.count < parts && Int(buckets.starts[vendor]) * parts >= total * bounds.count {
            bounds.append(vendor)
        }
        bounds.append(vendors)
        let count = bounds.count - 1
        let scans = UnsafeMutableBufferPointer<VendorPaymentScan>.allocate(capacity: count)
        defer { scans.deallocate() }
        let items = ledger.lineItems
        forEachPart(count) { part in
            (scans.baseAddress! + part).initialize(to: VendorPaymentScan(
                items, buckets: buckets, vendors: bounds[part]..<bounds[part + 1], parameters: parameters, money: money))
        }
        var merged = scans[0]
        for part in 1..<count {
            merged.duplicates.append(scans[part].duplicates)
            merged.invoices.append(scans[part].invoices)
            merged.splits.append(scans[part].splits)
        }
        scans.baseAddress!.deinitialize(count: count)
        return merged
    }
}
