import ArgumentParser
import Foundation
import SampleLedgers

/// `govlens-generate`: writes the sample ledgers and synthetic benchmark ledgers to disk.
@main
struct GovLensGenerate: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "govlens-generate",
        abstract: "Generate reproducible sample and benchmark ledgers in the GovLens ledger format.",
        discussion: "The same command always writes the same bytes. Output directories must be empty unless --force is given.",
        subcommands: [Riverton.self, Aozora.self, Samples.self, Synthetic.self]
    )
}

/// Options shared by every subcommand.
struct OutputOptions: ParsableArguments {
    @Option(name: [.short, .customLong("output")], help: "Directory to write into (created when missing).")
    var output: String

    @Flag(help: "Write into a non-empty directory, overwriting files with the same names.")
    var force = false

    var directory: URL { URL(fileURLWithPath: output, isDirectory: true) }

    /// Prepares the directory, writes `files` and reports what was written.
    func write(_ files: [GeneratedFile], label: String) throws {
        try LedgerDirectory.prepare(directory, force: force)
        try LedgerDirectory.write(files, to: directory)
        let bytes = files.reduce(0) { $0 + $1.bytes.count }
        print("\(label): wrote \(files.count) files, \(bytes) bytes to \(output)")
    }
}

extension GovLensGenerate {
    struct Riverton: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write the City of Riverton sample ledger (USD, FY2023–FY2025, as of 2025-03-31)."
        )

        @OptionGroup var options: OutputOptions

        func run() throws {
            try options.write(SampleLedgers.riverton(), label: "riverton")
        }
    }

    struct Aozora: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write the 青空市 (Aozora City) sample ledger (JPY, FY2023–FY2024, in Japanese)."
        )

        @OptionGroup var options: OutputOptions

        func run() throws {
            try options.write(SampleLedgers.aozora(), label: "aozora")
        }
    }

    struct Samples: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write both sample ledgers and their README (the repository's sample-data/)."
        )

        @OptionGroup var options: OutputOptions

        func run() throws {
            try options.write(SampleLedgers.samples(), label: "samples")
        }
    }

    struct Synthetic: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Stream a synthetic benchmark ledger with exactly N line items, shaped like Riverton."
        )

        @Option(name: .customLong("line-items"), help: "Number of line items (a few thousand up to 100,000,000).")
        var lineItems: Int

        @Option(help: "Seed of the random generator; the same seed gives the same bytes.")
        var seed: UInt64 = 1

        @Flag(help: ArgumentHelp(
            "Leave out the anomalies mixed in at random and plant one case of every audit rule instead.",
            discussion: "Adds planted.json (about 1,300 line items more) and lists the cases in planted-anomalies.tsv."))
        var plantAnomalies = false

        @OptionGroup var options: OutputOptions

        func validate() throws {
            guard lineItems > 0 else { throw ValidationError("--line-items must be positive") }
        }

        func run() throws {
            try LedgerDirectory.prepare(options.directory, force: options.force)
            let clock = ContinuousClock()
            let start = clock.now
            let summary = plantAnomalies
                ? try SampleLedgers.writePlantedSynthetic(lineItems: lineItems, seed: seed, to: options.directory)
                : try SampleLedgers.writeSynthetic(lineItems: lineItems, seed: seed, to: options.directory)
            let elapsed = clock.now - start
            let milliseconds = elapsed.components.seconds * 1000 + elapsed.components.attoseconds / 1_000_000_000_000_000
            print(
                "synthetic: wrote \(summary.lineItems) line items, \(summary.budgetLines) budget lines, "
                    + "\(summary.files.count) files, \(summary.bytes) bytes to \(options.output) in \(milliseconds) ms"
            )
        }
    }
}
