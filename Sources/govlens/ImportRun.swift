import ArgumentParser
import Foundation
import LedgerImport
import LedgerKit

/// Runs an import: reports problems, writes the ledger, and checks what was written with the loader.
struct ImportRun {
    let options: ImportOutputOptions
    /// Every file the import reads, which it must never write.
    let inputs: [String]

    /// How many skipped rows are shown with `--skip-bad-rows`.
    static let skippedRowsShown = 5

    /// Imports, writes and checks; returns the exit status (0 written, 1 data problems, 2 I/O problems).
    func run(_ importer: CSVImporter, _ files: [ImportFile]) -> Int32 {
        let clock = ContinuousClock()
        let started = clock.now
        let cpuStarted = Self.processorSeconds()
        let result = importer.run(files)
        let cpuSeconds = Self.processorSeconds() - cpuStarted
        let elapsed = clock.now - started
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        for diagnostic in result.fileErrors { print(TerminalText.clean(diagnostic.headline)) }
        guard result.succeeded(skippingBadRows: options.skipBadRows) else {
            printRows(result.rowErrors, limit: options.maximumErrors)
            print(TerminalText.clean("nothing written: \(describeProblems(result))"))
            return 1
        }
        if !result.rowErrors.isEmpty {
            print(TerminalText.clean("skipped \(SummaryText.count(result.rowErrors.count, "bad row")):"))
            printRows(result.rowErrors, limit: min(options.maximumErrors, Self.skippedRowsShown))
        }
        for report in result.files {
            let skipped = report.badRows > 0 ? " (\(report.badRows) skipped)" : ""
            print(TerminalText.clean("\(report.path): \(SummaryText.count(report.rows, "row")) of \(report.records)\(skipped)"))
        }
        let rows = result.files.reduce(0) { $0 + $1.rows }
        let rate = Int(Double(rows) / max(seconds, 1e-9))
        print("converted \(SummaryText.count(rows, "row")) in \(String(format: "%.3f", seconds)) s (\(SummaryText.count(rate, "row"))/s; \(String(format: "%.3f", cpuSeconds)) s of processor time)")
        do {
            try write(result.ledger)
        } catch {
            printError("govlens: \(error)")
            return 2
        }
        return check()
    }

    private func printRows(_ rows: [Diagnostic], limit: Int) {
        for diagnostic in rows.prefix(limit) { print(TerminalText.clean(diagnostic.headline)) }
        if rows.count > limit { print("… and \(rows.count - limit) more") }
    }

    private func describeProblems(_ result: ImportResult) -> String {
        var parts: [String] = []
        if !result.fileErrors.isEmpty { parts.append(SummaryText.count(result.fileErrors.count, "file problem")) }
        if !result.rowErrors.isEmpty {
            parts.append(SummaryText.count(result.rowErrors.count, "bad row") + " (--skip-bad-rows leaves them out)")
        }
        return parts.joined(separator: ", ")
    }

    /// Writes the ledger's files; refuses to overwrite without `--force`, and never writes an input.
    private func write(_ ledger: ImportedLedger) throws {
        let output = URL(fileURLWithPath: options.output).standardizedFileURL
        let inputPaths = Set(inputs.map { URL(fileURLWithPath: $0).standardizedFileURL.path })
        let isFile = options.output.hasSuffix(".json")
        let files = LedgerWriter.files(ledger, layout: isFile ? .singleFile(name: output.lastPathComponent) : .folder)
        let manager = FileManager.default
        let directory = isFile ? output.deletingLastPathComponent() : output
        var targets = files.map { directory.appendingPathComponent($0.path) }
        if !isFile && options.force {
            targets += Self.ledgerFiles(in: directory)
        }
        if let clash = targets.first(where: { inputPaths.contains($0.path) }) {
            throw ImportWriteError(description: "\(clash.path): is an input of this import; choose another output")
        }
        if !options.force {
            if isFile && manager.fileExists(atPath: output.path) {
                throw ImportWriteError(description: "\(options.output): exists (use --force to replace it)")
            }
            if !isFile, let contents = try? manager.contentsOfDirectory(atPath: output.path), !contents.isEmpty {
                throw ImportWriteError(description: "\(options.output): folder is not empty (use --force to replace its ledger files)")
            }
        } else if !isFile {
            for stale in Self.ledgerFiles(in: directory) { try manager.removeItem(at: stale) }
        }
        for (file, target) in zip(files, targets) {
            try manager.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(file.text.utf8).write(to: target, options: .atomic)
        }
    }

    /// The files an earlier import wrote in a folder ledger, replaced by `--force`.
    private static func ledgerFiles(in directory: URL) -> [URL] {
        let manager = FileManager.default
        var found = ["ledger.json", "budget.json", "kpis.json"].map { directory.appendingPathComponent($0) }
            .filter { manager.fileExists(atPath: $0.path) }
        let lineItems = directory.appendingPathComponent("line-items")
        if let names = try? manager.contentsOfDirectory(atPath: lineItems.path) {
            found += names.filter { $0.hasSuffix(".jsonl") }.sorted().map { lineItems.appendingPathComponent($0) }
        }
        return found
    }

    /// Loads the written ledger as `govlens validate` does and prints its summary; 0 when valid.
    private func check() -> Int32 {
        let sources: [LedgerSource]
        do {
            sources = try LedgerDiscovery.discover([options.output])
        } catch {
            printError(error.description)
            return 2
        }
        var status: Int32 = 0
        for source in sources {
            let load = LedgerLoader.load(source, diagnosticLimit: 100)
            print("")
            print(TerminalText.clean("wrote \(options.output)"))
            ValidationRun.printReport(load, maximumDiagnostics: 100)
            if !load.isValid { status = 1 }
        }
        return status
    }

    /// Processor time used by the process so far, in seconds: on a busy machine it says what the
    /// import itself costs, which the wall-clock time does not.
    static func processorSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    /// The bytes of a file the user named; exits 2 when it cannot be read.
    static func read(_ path: String) throws -> Data {
        guard let data = FileManager.default.contents(atPath: path) else {
            printError("\(path): error: cannot read the file")
            throw ExitCode(2)
        }
        return data
    }
}

/// Why the ledger could not be written.
struct ImportWriteError: Error, CustomStringConvertible {
    let description: String
}
