import Foundation

/// Why a synthetic ledger cannot be made as asked.
public struct SyntheticLedgerError: Error, CustomStringConvertible, Sendable {
    /// What was asked and what is possible.
    public let description: String
}

/// Benchmark ledgers: Riverton's shape at any size.
///
/// The number of agencies, programs and vendors grows with the square root of the line-item
/// count (one copy of Riverton per ~30,000 items squared: 1M items get 5 copies, 10M get 18),
/// so each budget line carries a growing but bounded number of transactions.
enum SyntheticLedger {
    /// The largest ledger the generator accepts.
    static let maximumLineItems = 100_000_000

    static func blueprint(lineItems: Int, seed: UInt64) throws -> LedgerBlueprint {
        guard lineItems <= maximumLineItems else {
            throw SyntheticLedgerError(description: "--line-items \(lineItems) is more than the supported \(maximumLineItems)")
        }
        var copies = 1
        while (copies + 1) * (copies + 1) * 30_000 <= lineItems { copies += 1 }
        let agencyCount = RivertonPrograms.agencies.count
        for agencies in stride(from: agencyCount, through: 1, by: -1) {
            let blueprint = Riverton.blueprint(
                seed: seed, lineItems: lineItems, copies: copies, agencies: agencies,
                name: "Synthetic City (\(lineItems) line items, seed \(seed))", lineItemPrefix: "SYN"
            )
            let minimum = SpendingPlan(blueprint, budget: BudgetPlan(blueprint)).minimumLineItems
            if lineItems >= minimum { return blueprint }
            if agencies == 1 {
                throw SyntheticLedgerError(description: "--line-items \(lineItems) is too few: a synthetic ledger needs at least \(minimum)")
            }
        }
        preconditionFailure("unreachable: the loop returns or throws at one agency")
    }
}

extension SampleLedgers {
    /// A synthetic ledger of exactly `lineItems` line items, in memory. Meant for tests and
    /// small ledgers; use `writeSynthetic` for large ones.
    ///
    /// - Throws: `SyntheticLedgerError` when `lineItems` is below the few thousand the smallest
    ///   ledger needs or above 100,000,000.
    public static func synthetic(lineItems: Int, seed: UInt64 = 1) throws -> [GeneratedFile] {
        var output = MemoryOutput()
        _ = try LedgerAssembler.write(SyntheticLedger.blueprint(lineItems: lineItems, seed: seed), order: .asGenerated, to: &output)
        return output.files
    }

    /// Streams a synthetic ledger of exactly `lineItems` line items into `directory` (which must
    /// exist; see `LedgerDirectory.prepare`), holding only one budget line's items in memory.
    ///
    /// - Returns: counts and bytes written.
    /// - Throws: `SyntheticLedgerError` for an unsupported size, `LedgerDirectoryError` when writing fails.
    @discardableResult
    public static func writeSynthetic(lineItems: Int, seed: UInt64 = 1, to directory: URL) throws -> LedgerSummary {
        var output = try DirectoryOutput(directory)
        return try LedgerAssembler.write(SyntheticLedger.blueprint(lineItems: lineItems, seed: seed), order: .asGenerated, to: &output)
    }
}
