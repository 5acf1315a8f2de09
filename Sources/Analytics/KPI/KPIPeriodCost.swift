import LedgerKit

/// One observation of a KPI beside its organisation's spending over the same period.
public struct KPIPeriodCost: Sendable, Hashable {
    /// The observation's period.
    public let period: KPIPeriod
    /// The period's days on the ledger's fiscal calendar.
    public let dates: ClosedRange<CivilDate>
    /// The observed value.
    public let value: Double
    /// Net spending of the KPI's organisation and everything below it in the period, in minor
    /// units: payments plus refunds (negative) plus adjustments; obligations are not spending.
    public let spending: Int64
    /// `spending ÷ value` in minor units per unit of the KPI, when its unit is a count
    /// (`KPIUnitKind.count`) and the value is not 0; otherwise `nil`.
    public let costPerUnit: Int64?

    /// Pairs an observation with the spending of its period; cost per unit only when `isCount`.
    public init(observation: KPIValue, dates: ClosedRange<CivilDate>, spending: Int64, isCount: Bool) {
        period = observation.period
        self.dates = dates
        value = observation.value
        self.spending = spending
        costPerUnit = isCount ? Self.costPerUnit(spending: spending, value: observation.value) : nil
    }

    /// `spending ÷ value`, exactly, rounded half away from zero: minor units per unit of outcome.
    ///
    /// The value is read as the decimal it was written as (up to 6 decimals, so 12.5 tons is
    /// 125 / 10), and the division is done on integers with a 128-bit intermediate, so no
    /// floating-point rounding enters the money.
    ///
    ///     KPIPeriodCost.costPerUnit(spending: 100_000, value: 3)    // 33_333  ($333.33)
    ///     KPIPeriodCost.costPerUnit(spending: 5, value: 2)          // 3  (2.5 rounds away from zero)
    ///     KPIPeriodCost.costPerUnit(spending: -5, value: 2)         // -3
    ///     KPIPeriodCost.costPerUnit(spending: 1_000, value: 12.5)   // 80
    ///     KPIPeriodCost.costPerUnit(spending: 1_000, value: 0)      // nil
    ///
    /// - Returns: The cost per unit, or `nil` when the value is 0 or not finite, has more than 6
    ///   decimals, or the quotient does not fit 64 bits.
    public static func costPerUnit(spending: Int64, value: Double) -> Int64? {
        guard value != 0, let (units, scale) = exactDecimal(value) else { return nil }
        let divisor = units.magnitude
        let numerator = spending.magnitude.multipliedFullWidth(by: powersOfTen[scale])
        guard numerator.high < divisor else { return nil }
        let (quotient, remainder) = divisor.dividingFullWidth(numerator)
        // 2 × remainder ≥ divisor: a half or more rounds away from zero.
        let rounded = quotient.addingReportingOverflow(remainder >= divisor - remainder ? 1 : 0)
        guard !rounded.overflow, rounded.partialValue <= Int64.max.magnitude else { return nil }
        let magnitude = Int64(rounded.partialValue)
        return (spending < 0) != (units < 0) ? -magnitude : magnitude
    }

    private static let powersOfTen: [UInt64] = [1, 10, 100, 1_000, 10_000, 100_000, 1_000_000]

    /// `value` as `units / 10^scale` with the fewest decimals (at most 6) that give back the same Double.
    private static func exactDecimal(_ value: Double) -> (units: Int64, scale: Int)? {
        guard value.isFinite else { return nil }
        if value.rounded() == value {
            return abs(value) < 0x1p63 ? (Int64(value), 0) : nil
        }
        for scale in 1..<powersOfTen.count {
            let power = Double(powersOfTen[scale])
            let units = (value * power).rounded()
            // Below 2^53 both integers are exact, so units / power is the correctly rounded decimal.
            if abs(units) < 0x1p53, units / power == value { return (Int64(units), scale) }
        }
        return nil
    }
}
