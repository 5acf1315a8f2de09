import Foundation

extension SampleLedgers {
    /// A synthetic ledger of about `lineItems` line items (Riverton's shape) without the
    /// anomalies the generator otherwise mixes in (invoices paid twice, split purchases), with
    /// one case of every audit rule planted into its first fiscal year: `planted.json`, listed
    /// in `anomalies` (see `AnomalyPlanter`). For tests of the audit's recall.
    ///
    /// - Throws: `SyntheticLedgerError` for an unsupported size.
    public static func planted(lineItems: Int = 10_000, seed: UInt64 = 1) throws -> PlantedLedger {
        let blueprint = try plantingBlueprint(lineItems: lineItems, seed: seed)
        var output = MemoryOutput()
        _ = try LedgerAssembler.write(blueprint, order: .byDate, to: &output)
        var planter = AnomalyPlanter(blueprint, seed: seed)
        let document = GeneratedFile(path: "planted.json", bytes: planter.document())
        return PlantedLedger(files: output.files + [document], anomalies: planter.anomalies)
    }

    /// Streams a synthetic ledger of `lineItems` line items into `directory` as `writeSynthetic`
    /// does, but clean and with the anomalies of `planted(lineItems:seed:)` added in
    /// `planted.json`, and their list in `planted-anomalies.tsv` (which a ledger loader ignores).
    ///
    /// - Returns: counts and bytes written, the planted line items included.
    @discardableResult
    public static func writePlantedSynthetic(lineItems: Int, seed: UInt64 = 1, to directory: URL) throws -> LedgerSummary {
        let blueprint = try plantingBlueprint(lineItems: lineItems, seed: seed)
        var output = try DirectoryOutput(directory)
        var summary = try LedgerAssembler.write(blueprint, order: .asGenerated, to: &output)
        var planter = AnomalyPlanter(blueprint, seed: seed)
        let document = GeneratedFile(path: "planted.json", bytes: planter.document())
        let planted = PlantedLedger(files: [document], anomalies: planter.anomalies)
        for file in [document, planted.manifest] {
            var bytes = file.bytes
            try output.begin(file.path)
            try output.write(&bytes)
            try output.end()
            summary.bytes += file.bytes.count
            summary.files.append(file.path)
        }
        summary.lineItems += planter.lineItemCount
        return summary
    }

    /// The synthetic blueprint without mixed-in anomalies, listing the planted holiday.
    private static func plantingBlueprint(lineItems: Int, seed: UInt64) throws -> LedgerBlueprint {
        var blueprint = try SyntheticLedger.blueprint(lineItems: lineItems, seed: seed)
        blueprint.splitThreshold = nil
        blueprint.auditHolidays = [AnomalyPlanter.holiday(of: blueprint)]
        return blueprint
    }
}
