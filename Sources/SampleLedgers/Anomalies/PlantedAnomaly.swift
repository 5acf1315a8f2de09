/// One anomaly planted into a generated ledger, as an audit should find it.
public struct PlantedAnomaly: Sendable, Hashable {
    /// The audit rule that must find it: its id in docs/audit-rules.md, e.g. `split-purchase`.
    public let rule: String
    /// The organisation code it is planted under (its own program, so that rules per
    /// organisation see it alone).
    public let organisation: String
    /// The fiscal year it lies in.
    public let fiscalYear: Int
    /// The ids of the line items behind it, each of which the rule must flag.
    public let lineItemIds: [String]
}

/// A generated ledger with anomalies planted into it, and the list of what was planted.
public struct PlantedLedger: Sendable {
    /// The ledger's files, paths relative to its folder; the planted records are in `planted.json`.
    public let files: [GeneratedFile]
    /// Every anomaly planted, one or more per audit rule.
    public let anomalies: [PlantedAnomaly]

    /// The list of anomalies as tab-separated text (rule, organisation, fiscal year, line-item
    /// ids separated by spaces), written beside a ledger as `planted-anomalies.tsv`.
    public var manifest: GeneratedFile {
        var text = "rule\torganisation\tfiscal year\tline items\n"
        for anomaly in anomalies {
            text += "\(anomaly.rule)\t\(anomaly.organisation)\t\(anomaly.fiscalYear)\t\(anomaly.lineItemIds.joined(separator: " "))\n"
        }
        return GeneratedFile(path: "planted-anomalies.tsv", bytes: Array(text.utf8))
    }
}
