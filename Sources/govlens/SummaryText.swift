import Analytics
import LedgerKit

/// The per-ledger summary printed by `govlens validate`.
enum SummaryText {
    /// The summary block of one loaded ledger, line by line (each line still to be sanitised).
    static func render(_ load: LedgerLoad, _ summary: LedgerSummary) -> [String] {
        let ledger = load.ledger
        let log = load.diagnostics
        let status = log.hasErrors ? "INVALID" : "valid"
        var lines = ["\(load.name): \(status) (\(count(log.errorCount, "error")), \(count(log.warningCount, "warning")))"]
        func row(_ label: String, _ value: String) { lines.append("  " + label.padding(toLength: 14, withPad: " ", startingAt: 0) + value) }
        if let publisher = ledger.publisher {
            let calendar = publisher.calendar
            let start = "\(FiscalCalendarText.monthName(calendar.startMonth)) \(calendar.startDay)"
            row("publisher", "\(publisher.name) · \(publisher.currency.code) · fiscal year from \(start) · as of \(publisher.asOf)")
        }
        row("files", "\(summary.fileCount) (\(bytes(summary.byteCount)))")
        let years = summary.fiscalYears.isEmpty ? "" : " · fiscal years \(yearRange(summary.fiscalYears))"
        row("budget lines", grouped(summary.budgetLineCount) + years)
        let kinds = LineItemKind.allCases.compactMap { kind in summary.lineItemCounts[kind].map { count($0, kind.name) } }
        var items = grouped(summary.lineItemCount)
        if !kinds.isEmpty { items += " (" + kinds.joined(separator: ", ") + ")" }
        if let range = summary.dateRange { items += " · \(range.lowerBound) to \(range.upperBound)" }
        row("line items", items)
        row("KPIs", grouped(summary.kpiCount))
        row("vendors", grouped(summary.vendorCount))
        let levels = summary.organisationLevels.enumerated().map { "\(grouped($0.element)) at level \($0.offset + 1)" }
        row("organisations", levels.isEmpty ? "0" : levels.joined(separator: ", "))
        let currency = ledger.currency
        func money(_ value: Int64) -> String { "\(currency.code) \(MoneyFormat.grouped(value, exponent: currency.exponent))" }
        if summary.lineItemCount > 0 {
            var totals = ["net paid \(money(summary.netPaid))"]
            if let obligated = summary.lineItemTotals[.obligation] { totals.append("obligated \(money(obligated))") }
            row("spending", totals.joined(separator: " · "))
        }
        for year in summary.budgetYears {
            let phases = BudgetPhase.allCases.compactMap { phase in year.totals[phase].map { "\(phase.rawValue) \(money($0))" } }
            row(year == summary.budgetYears.first ? "phase totals" : "", "FY\(year.fiscalYear): " + phases.joined(separator: " · "))
        }
        let megabytes = Double(summary.byteCount) / 1_000_000
        let rate = load.seconds > 0 ? String(format: " (%.1f MB/s)", megabytes / load.seconds) : ""
        row("loaded in", String(format: "%.3f s", load.seconds) + rate)
        return lines
    }

    /// `1 error`, `3 warnings`.
    static func count(_ value: Int, _ noun: String) -> String { "\(grouped(value)) \(noun)\(value == 1 ? "" : "s")" }

    static func grouped(_ value: Int) -> String { MoneyFormat.grouped(Int64(value), exponent: 0) }

    static func bytes(_ count: Int) -> String {
        if count < 10_000 { return "\(count) bytes" }
        if count < 1_000_000 { return String(format: "%.1f kB", Double(count) / 1000) }
        return String(format: "%.1f MB", Double(count) / 1_000_000)
    }

    static func yearRange(_ years: [Int]) -> String {
        guard let first = years.first, let last = years.last else { return "" }
        return first == last ? "FY\(first)" : "FY\(first)–FY\(last)"
    }
}

enum FiscalCalendarText {
    static func monthName(_ month: Int) -> String {
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"][month - 1]
    }
}
