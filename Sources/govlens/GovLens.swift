import ArgumentParser

/// The `govlens` command: a terminal dashboard for public spending and performance.
@main
struct GovLens: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "govlens",
        abstract: "Public budgets, spending and results in your terminal.",
        discussion: """
            With no subcommand and no path, GovLens shows the embedded demo ledger (the fictional \
            City of Riverton). Ledger format: docs/ledger-format.md.
            """,
        version: GovLensVersion.current,
        subcommands: [Open.self, Validate.self],
        defaultSubcommand: Open.self
    )
}

/// `govlens [PATH...]`: opens ledgers. Until the dashboard exists, it prints their validation summary.
struct Open: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Open ledgers (default: the embedded demo ledger).",
        discussion: "The interactive dashboard is not built yet: for now this prints the validation summary."
    )

    @Argument(help: "Ledger files or folders (default: the embedded demo ledger).")
    var paths: [String] = []

    func run() throws {
        let sources = try Validate.sources(paths)
        throw ExitCode(ValidationRun(sources: sources, maximumDiagnostics: 100).run())
    }
}

/// The version printed by `--version` and recorded in exports.
enum GovLensVersion {
    static let current = "0.1.0"
}
