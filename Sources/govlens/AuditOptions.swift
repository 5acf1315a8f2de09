import ArgumentParser
import LedgerKit

/// `--audit NAME=VALUE`, shared by `govlens` and `govlens export`: audit parameters over the
/// ledger's own (docs/audit-rules.md).
enum AuditOptions {
    /// The option's help.
    static let help = """
        An audit rule parameter over the ledger's own, such as approvalThreshold=25000 or \
        holidays=2024-12-25,2025-01-01 (repeat for several; names and defaults: docs/audit-rules.md).
        """

    /// The settings `assignments` give; a usage error (exit 2) names the first that cannot be read.
    static func settings(_ assignments: [String]) throws -> AuditSettings {
        do {
            return try AuditSettings(assignments: assignments)
        } catch {
            throw ValidationError(error.description)
        }
    }

    /// Fails with exit status 2 when an amount of `settings` is finer than `currency`'s minor unit.
    static func check(_ settings: AuditSettings, currency: Currency) throws {
        let problems = settings.amountProblems(currency: currency)
        guard problems.isEmpty else {
            for problem in problems { printError("govlens: " + problem) }
            throw ExitCode(2)
        }
    }
}
