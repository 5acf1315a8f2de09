import Analytics
import Foundation
import LedgerKit

/// Loads ledgers, prints their diagnostics and summaries, and decides the exit status.
struct ValidationRun {
    let sources: [LedgerSource]
    let maximumDiagnostics: Int

    /// Runs the validation; returns 0 (valid), 1 (errors in the data) or 2 (a file could not be read).
    func run() -> Int32 {
        var errors = 0
        var warnings = 0
        var ioErrors = 0
        var netPaidByCurrency: [String: (exponent: Int, total: Int64)] = [:]
        for (position, source) in sources.enumerated() {
            if position > 0 { print("") }
            let load = LedgerLoader.load(source, diagnosticLimit: max(maximumDiagnostics, 1))
            let summary = Self.printReport(load, maximumDiagnostics: maximumDiagnostics)
            errors += load.diagnostics.errorCount
            warnings += load.diagnostics.warningCount
            ioErrors += load.diagnostics.ioErrorCount
            let currency = load.ledger.currency
            let previous = netPaidByCurrency[currency.code]?.total ?? 0
            netPaidByCurrency[currency.code] = (currency.exponent, previous.addingReportingOverflow(summary.netPaid).partialValue)
        }
        if sources.count > 1 {
            let totals = netPaidByCurrency.keys.sorted().map { code in
                let entry = netPaidByCurrency[code]!
                return "\(code) \(MoneyFormat.grouped(entry.total, exponent: entry.exponent))"
            }
            print("")
            print(TerminalText.clean("\(sources.count) ledgers: \(SummaryText.count(errors, "error")), \(SummaryText.count(warnings, "warning")); net paid \(totals.joined(separator: ", "))"))
        }
        if ioErrors > 0 { return 2 }
        return errors > 0 ? 1 : 0
    }

    /// Prints a loaded ledger's diagnostics (at most `maximumDiagnostics`) and its summary;
    /// returns the summary.
    @discardableResult
    static func printReport(_ load: LedgerLoad, maximumDiagnostics: Int) -> LedgerSummary {
        printDiagnostics(load.diagnostics, maximumDiagnostics: maximumDiagnostics)
        let summary = LedgerSummary(load.ledger)
        for line in SummaryText.render(load, summary) { print(TerminalText.clean(line)) }
        return summary
    }

    private static func printDiagnostics(_ log: DiagnosticLog, maximumDiagnostics: Int) {
        for diagnostic in log.diagnostics.prefix(maximumDiagnostics) {
            // Each line assembled from its parts and sanitised whole: a line break in the data cannot forge a line.
            print(TerminalText.clean(diagnostic.headline))
            for note in diagnostic.notes { print(TerminalText.clean(note.headline)) }
        }
        let hidden = log.errorCount + log.warningCount - min(log.diagnostics.count, maximumDiagnostics)
        if hidden > 0 {
            print("… and \(hidden) more (\(SummaryText.count(log.errorCount, "error")), \(SummaryText.count(log.warningCount, "warning")) in all; --max-diagnostics N shows more)")
        }
    }
}

/// Writes a message of the program's own (usage, I/O errors) to standard error, line by line,
/// each line sanitised (it may quote a path the user typed).
func printError(_ message: String) {
    let lines = message.split(separator: "\n", omittingEmptySubsequences: false).map { TerminalText.clean(String($0)) }
    FileHandle.standardError.write(Data((lines.joined(separator: "\n") + "\n").utf8))
}
