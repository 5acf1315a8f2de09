/// How a KPI's latest observation compares with its target for the same period.
public enum KPIStatus: String, Sendable, Hashable, CaseIterable {
    /// The target is met: at or above it when higher is better, at or below it when lower is better.
    case onTrack
    /// The target is missed by no more than the tolerance band (`KPIRules.tolerancePercent`).
    case atRisk
    /// The target is missed by more than the tolerance band.
    case offTrack
    /// There is an observation but no target for its period, so it cannot be judged.
    case noTarget
    /// There is no observation (up to the as-of date).
    case noData
}

/// How many KPIs have each status, for the overview (`● on track 14  ▲ at risk 7  ✖ off 5`).
public struct KPIStatusCounts: Sendable, Hashable {
    /// KPIs that meet their target.
    public private(set) var onTrack = 0
    /// KPIs that miss their target within the tolerance band.
    public private(set) var atRisk = 0
    /// KPIs that miss their target beyond the tolerance band.
    public private(set) var offTrack = 0
    /// KPIs with an observation but no target for its period.
    public private(set) var noTarget = 0
    /// KPIs without observations.
    public private(set) var noData = 0

    /// Counts `statuses`.
    public init(_ statuses: some Sequence<KPIStatus>) {
        for status in statuses {
            switch status {
            case .onTrack: onTrack += 1
            case .atRisk: atRisk += 1
            case .offTrack: offTrack += 1
            case .noTarget: noTarget += 1
            case .noData: noData += 1
            }
        }
    }

    /// The number of KPIs with `status`.
    public subscript(status: KPIStatus) -> Int {
        switch status {
        case .onTrack: onTrack
        case .atRisk: atRisk
        case .offTrack: offTrack
        case .noTarget: noTarget
        case .noData: noData
        }
    }

    /// The number of KPIs counted.
    public var total: Int { onTrack + atRisk + offTrack + noTarget + noData }
}
