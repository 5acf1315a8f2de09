import ArgumentParser
import Foundation
import LedgerImport
import LedgerKit

/// `govlens import csv|fdp …`: makes a ledger from published spending, budget and KPI files.
struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Make a ledger from CSV files (with a column map) or a Fiscal Data Package.",
        discussion: "Column maps: docs/import.md. The ledger written is checked as `govlens validate` checks it.",
        subcommands: [ImportCSV.self, ImportFDP.self]
    )
}

/// Options shared by both import subcommands: where to write, and what to do with bad rows.
struct ImportOutputOptions: ParsableArguments {
    @Option(name: [.customShort("o"), .customLong("output")], help: "The ledger to write: FILE.json (one file) or a folder.")
    var output: String

    @Flag(name: .customLong("skip-bad-rows"), help: "Leave out rows that cannot be converted (they are counted and the first few shown).")
    var skipBadRows = false

    @Flag(help: "Replace an existing output (a folder's ledger files, or the file).")
    var force = false

    @Option(name: .customLong("max-errors"), help: "Print at most this many bad rows.")
    var maximumErrors = 20

    func validate() throws {
        guard maximumErrors >= 0 else { throw ValidationError("--max-errors must be 0 or more") }
    }
}

/// `govlens import csv FILE... --map MAP.json -o LEDGER`.
struct ImportCSV: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "csv",
        abstract: "Make a ledger from CSV files, following a column map (docs/import.md).",
        discussion: """
            Files are read in code-point order of their paths. A row that cannot be converted is an error \
            FILE:LINE:COLUMN: error: FIELD: expected …, found …; with --skip-bad-rows it is left out and counted. \
            Exit status: 0 written, 1 problems in the data (nothing written), 2 usage or I/O problems.
            """
    )

    @Argument(help: "CSV files.")
    var files: [String]

    @Option(help: "The column map (JSON).")
    var map: String

    @OptionGroup var options: ImportOutputOptions

    func run() throws {
        let importMap: ImportMap
        do {
            importMap = try ImportMap.read(try ImportRun.read(map), file: map)
        } catch let error as MapError {
            printError(error.description)
            throw ExitCode(2)
        }
        var inputs: [ImportFile] = []
        for path in files { inputs.append(ImportFile(path: path, bytes: Array(try ImportRun.read(path)))) }
        throw ExitCode(ImportRun(options: options, inputs: files + [map]).run(CSVImporter(map: importMap), inputs))
    }
}

/// `govlens import fdp datapackage.json -o LEDGER`.
struct ImportFDP: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fdp",
        abstract: "Make a ledger from a Fiscal Data Package (budget or spending, FDP 1.0 column types).",
        discussion: """
            What the package does not say must be given: the fiscal year's start and naming, the as-of date, \
            and for spending the kind of every vendor. docs/import.md lists the column types read.
            """
    )

    @Argument(help: "The package's datapackage.json.")
    var package: String

    @Option(name: .customLong("fiscal-year-start"), help: "First day of the fiscal year, MM-DD (e.g. 07-01).")
    var fiscalYearStart: String

    @Option(name: .customLong("fiscal-year-naming"), help: "Name a fiscal year by the year it ends in (end) or starts in (start).")
    var naming = "end"

    @Option(name: .customLong("as-of"), help: "The date the data is complete up to, YYYY-MM-DD.")
    var asOf: String

    @Option(help: "The currency, when the package does not give one (ISO 4217).")
    var currency: String?

    @Option(name: .customLong("vendor-kind"), help: "The kind of every vendor: business, individual, government or non-profit.")
    var vendorKind: String?

    @Option(help: "The phase of budget amounts when the package has no phase column.")
    var phase = "adopted"

    @OptionGroup var options: ImportOutputOptions

    func validate() throws {
        _ = try settings()
    }

    /// The settings the options give; a bad one is a usage error naming its option.
    private func settings() throws -> FiscalDataPackage.Settings {
        do {
            return try FiscalDataPackage.Settings(
                fiscalYearStart: fiscalYearStart, naming: naming, asOf: asOf, currency: currency, vendorKind: vendorKind, phase: phase)
        } catch {
            throw ValidationError(String(describing: error))
        }
    }

    func run() throws {
        let settings = try settings()
        let converted: (map: ImportMap, resources: [String])
        do {
            converted = try FiscalDataPackage.map(try ImportRun.read(package), file: package, settings: settings)
        } catch let error as MapError {
            printError(error.description)
            throw ExitCode(2)
        }
        let folder = (package as NSString).deletingLastPathComponent
        var inputs: [ImportFile] = []
        for resource in converted.resources {
            let path = folder.isEmpty ? resource : folder + "/" + resource
            inputs.append(ImportFile(path: path, bytes: Array(try ImportRun.read(path))))
        }
        throw ExitCode(ImportRun(options: options, inputs: inputs.map(\.path) + [package]).run(CSVImporter(map: converted.map), inputs))
    }
}
