/// The difference of an amount from a base: `amount` in minor units and `rate` = amount ÷ |base|
/// (`nil` when the base is 0), so a positive rate always means above the base.
public struct Variance: Sendable, Hashable {
    /// Amount − base, in minor units.
    public let amount: Int64
    /// (Amount − base) ÷ |base|; `nil` when the base is 0.
    public let rate: Double?

    /// The variance of `amount` from `base`.
    public init(_ amount: Int64, from base: Int64) {
        self.amount = amount &- base
        rate = base == 0 ? nil : Double(self.amount) / Double(base.magnitude)
    }
}

/// PEFA-style outturn band (PEFA 2016 framework, PI-1 aggregate and PI-2 composition outturn):
/// how far the outturn lies from the originally approved (adopted) budget.
public enum OutturnBand: String, Sendable, Hashable, CaseIterable {
    /// Within 5 % (inclusive).
    case a = "A"
    /// More than 5 %, within 10 %.
    case b = "B"
    /// More than 10 %, within 15 %.
    case c = "C"
    /// More than 15 %.
    case d = "D"

    /// The band of a relative deviation such as −0.07 (7 % under): by its absolute value, edges inclusive.
    public init(deviation: Double) {
        switch deviation.magnitude {
        case ...0.05: self = .a
        case ...0.10: self = .b
        case ...0.15: self = .c
        default: self = .d
        }
    }
}

/// Whether an outturn is the year's actual spending or a projection of it.
public enum OutturnBasis: String, Sendable, Hashable, CaseIterable {
    /// A completed year: the amount paid.
    case actuals
    /// The year in progress: the preferred year-end projection (seasonal, else run-rate).
    case projection
}

/// A node's outturn for the year (actual or projected) against its budget, with its PEFA band.
///
/// The deviation behind the band is (outturn − adopted) ÷ adopted, the PI-1 measure applied to
/// each node (PI-2 applies the same per-line deviation to the composition). It is computed for
/// completed years on actuals and for the year in progress on the projection; a year not yet
/// started has no outturn. The band needs a positive adopted budget. Edges are exact for
/// amounts below 2^53 minor units: the quotient of two such integers that equals 1/20 rounds to
/// the same `Double` as the literal 0.05.
public struct Outturn: Sendable, Hashable {
    /// The outturn in minor units.
    public let amount: Int64
    /// Actual or projected.
    public let basis: OutturnBasis
    /// Outturn − adopted budget.
    public let againstAdopted: Variance
    /// Outturn − revised budget.
    public let againstRevised: Variance
    /// The PEFA band of `againstAdopted.rate`; `nil` when the adopted budget is not positive.
    public let band: OutturnBand?

    /// The outturn `amount` of a node with `adopted` and `revised` budgets.
    init(amount: Int64, basis: OutturnBasis, adopted: Int64, revised: Int64) {
        self.amount = amount
        self.basis = basis
        againstAdopted = Variance(amount, from: adopted)
        againstRevised = Variance(amount, from: revised)
        band = adopted > 0 ? againstAdopted.rate.map(OutturnBand.init(deviation:)) : nil
    }
}
