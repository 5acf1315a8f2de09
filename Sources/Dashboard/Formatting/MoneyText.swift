import LedgerKit
import TerminalCore

/// Amounts as screens show them: the currency's symbol, thousands separators, and compact
/// forms when a column is narrow.
///
/// Amounts are exact integers of minor units; every form here is computed on integers,
/// rounded half away from zero, never through floating point.
///
/// | style | USD 128,460,512,345 ¢ | JPY ¥12,345,678,901 |
/// | --- | --- | --- |
/// | ``Style/exact`` | `$1,284,605,123.45` | `¥12,345,678,901` |
/// | ``Style/whole`` | `$1,284,605,123` | `¥12,345,678,901` |
/// | ``Style/compact(_:)`` `.thousand` | `$1,284,605.1K` | `¥12,345,678.9K` |
/// | ``Style/compact(_:)`` `.million` | `$1,284.6M` | `¥12,345.7M` |
/// | ``Style/compact(_:)`` `.billion` | `$1.3B` | `¥12.3B` |
///
/// Compact forms use the same K/M/B/T suffixes for every currency (Japanese 万/億 would
/// change width and grouping by script; one convention keeps columns comparable), with
/// one decimal. A currency without a symbol is shown as its code and a space: `CHF 1,234.50`.
/// A zero-decimal currency (JPY, KRW) never shows decimals.
///
/// ```swift
/// let style = MoneyText.style(fitting: [revised, paid], columns: 10, currency: usd)  // .compact(.million)
/// MoneyText.format(paid, currency: usd, style: style)                               // "$911.0M"
/// ```
public enum MoneyText {
    /// How much of an amount to show.
    public enum Style: Hashable, Sendable {
        /// Every minor unit: `$1,234.56`.
        case exact
        /// Rounded to whole major units: `$1,235`.
        case whole
        /// Rounded to one decimal of a large unit: `$1.2K`, `$1,284.6M`.
        case compact(CompactUnit)

        /// From most to least precise: the order ``style(fitting:columns:currency:)`` tries.
        public static let byPrecision: [Style] = [.exact, .whole] + CompactUnit.allCases.map { .compact($0) }
    }

    /// The large unit of a compact amount.
    public enum CompactUnit: Int, CaseIterable, Hashable, Sendable {
        /// Thousands: `K`.
        case thousand = 3
        /// Millions: `M`.
        case million = 6
        /// Billions (10⁹): `B`.
        case billion = 9
        /// Trillions (10¹²): `T`.
        case trillion = 12

        /// The suffix after the number.
        public var suffix: String {
            switch self {
            case .thousand: "K"
            case .million: "M"
            case .billion: "B"
            case .trillion: "T"
            }
        }
    }

    /// `minorUnits` in `style`: `-$9.8M`, `¥12,345`.
    ///
    /// - Parameters:
    ///   - minorUnits: The amount in minor units of `currency`.
    ///   - currency: Gives the symbol and the number of decimals.
    ///   - style: How much precision to keep.
    ///   - signed: Whether a positive amount gets a `+` (for differences: `+$14.2M`).
    public static func format(_ minorUnits: Int64, currency: Currency, style: Style = .exact, signed: Bool = false) -> String {
        let sign = minorUnits < 0 ? "-" : signed && minorUnits > 0 ? "+" : ""
        let magnitude = minorUnits.magnitude
        let number: String
        switch style {
        case .exact:
            number = grouped(magnitude, decimals: currency.exponent)
        case .whole:
            number = grouped(rounded(magnitude, dividingByPowerOfTen: currency.exponent), decimals: 0)
        case .compact(let unit):
            let tenths = rounded(magnitude, dividingByPowerOfTen: currency.exponent + unit.rawValue - 1)
            number = grouped(tenths, decimals: 1) + unit.suffix
        }
        return sign + prefix(for: currency) + number
    }

    /// The most precise style in which every amount of `amounts` takes at most `columns`
    /// columns, so a column of figures shares one style; the coarsest style if none fits.
    public static func style(fitting amounts: [Int64], columns: Int, currency: Currency, signed: Bool = false) -> Style {
        for style in Style.byPrecision {
            if amounts.allSatisfy({ DisplayWidth.of(format($0, currency: currency, style: style, signed: signed)) <= columns }) {
                return style
            }
        }
        return Style.byPrecision[Style.byPrecision.count - 1]
    }

    /// `$`, `¥`, or the code and a space for currencies without a common symbol.
    static func prefix(for currency: Currency) -> String {
        let symbol = currency.symbol
        return symbol == currency.code ? symbol + " " : symbol
    }

    /// `value ÷ 10^power`, rounded half away from zero (`value` is a magnitude).
    static func rounded(_ value: UInt64, dividingByPowerOfTen power: Int) -> UInt64 {
        guard power > 0 else { return value }
        var divisor: UInt64 = 1
        for _ in 0..<min(power, 19) { divisor *= 10 }
        let (quotient, remainder) = value.quotientAndRemainder(dividingBy: divisor)
        return remainder >= divisor - remainder ? quotient + 1 : quotient
    }

    /// `value` as a decimal with `decimals` digits after the point and thousands separators.
    static func grouped(_ value: UInt64, decimals: Int) -> String {
        var digits = String(value)
        if digits.count <= decimals {
            digits = String(repeating: "0", count: decimals - digits.count + 1) + digits
        }
        let integerPart = digits.dropLast(decimals)
        var integer = ""
        for (offset, character) in integerPart.reversed().enumerated() {
            if offset > 0 && offset % 3 == 0 { integer.append(",") }
            integer.append(character)
        }
        let fraction = decimals > 0 ? "." + digits.suffix(decimals) : ""
        return String(integer.reversed()) + fraction
    }
}
