/// Parses decimal amounts exactly into integer minor units, never through floating point.
public enum AmountParser {
    /// Why an amount was rejected.
    public enum Failure: Error, Equatable, Sendable {
        /// Not a plain decimal (sign, digits, optional fraction).
        case notADecimal
        /// An exponent such as `1e5`.
        case exponent
        /// More decimals than the currency has (non-zero digits beyond its minor unit).
        case tooManyDecimals
        /// Beyond the 64-bit range of minor units.
        case overflow
    }

    /// Parses `-?digits(.digits)?` into minor units with `exponent` decimals.
    ///
    /// Trailing zeros beyond the currency's decimals are accepted ("100.00" yen is 100);
    /// any other extra digit is `tooManyDecimals`.
    public static func parse(_ bytes: UnsafeBufferPointer<UInt8>, exponent: Int) -> Result<Int64, Failure> {
        var index = 0
        let negative = bytes.count > 0 && bytes[0] == UInt8(ascii: "-")
        if negative { index = 1 }
        var value: Int64 = 0
        var integerDigits = 0
        var overflow = false
        while index < bytes.count, JSONScanner.isDigit(bytes[index]) {
            overflow = overflow || accumulate(&value, bytes[index])
            integerDigits += 1
            index += 1
        }
        guard integerDigits > 0 else { return .failure(.notADecimal) }
        var decimals = 0
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            let fractionStart = index
            while index < bytes.count, JSONScanner.isDigit(bytes[index]) {
                if decimals < exponent {
                    overflow = overflow || accumulate(&value, bytes[index])
                    decimals += 1
                } else if bytes[index] != UInt8(ascii: "0") {
                    return .failure(.tooManyDecimals)
                }
                index += 1
            }
            guard index > fractionStart else { return .failure(.notADecimal) }
        }
        if index < bytes.count, (bytes[index] | 0x20) == UInt8(ascii: "e") { return .failure(.exponent) }
        guard index == bytes.count else { return .failure(.notADecimal) }
        while decimals < exponent {
            let (product, multiplyOverflow) = value.multipliedReportingOverflow(by: 10)
            overflow = overflow || multiplyOverflow
            value = product
            decimals += 1
        }
        if overflow { return .failure(.overflow) }
        return .success(negative ? -value : value)
    }

    @inline(__always)
    private static func accumulate(_ value: inout Int64, _ digit: UInt8) -> Bool {
        let (product, multiplyOverflow) = value.multipliedReportingOverflow(by: 10)
        let (sum, addOverflow) = product.addingReportingOverflow(Int64(digit - 48))
        value = sum
        return multiplyOverflow || addOverflow
    }

    /// The largest amount, in major units, that fits: `92233720368547758.07` for two decimals.
    public static func largestAmount(exponent: Int) -> String {
        MoneyFormat.plain(Int64.max, exponent: exponent)
    }
}

/// Plain decimal rendering of minor units, for messages and machine-readable output.
public enum MoneyFormat {
    /// `-1234.50` for -123450 minor units with two decimals; no separators.
    public static func plain(_ minorUnits: Int64, exponent: Int) -> String {
        let negative = minorUnits < 0
        let magnitude = minorUnits.magnitude
        var digits = String(magnitude)
        if exponent > 0 {
            if digits.count <= exponent { digits = String(repeating: "0", count: exponent - digits.count + 1) + digits }
            digits.insert(".", at: digits.index(digits.endIndex, offsetBy: -exponent))
        }
        return negative ? "-" + digits : digits
    }

    /// `1,234,567.89` with thousands separators, for human-readable summaries.
    public static func grouped(_ minorUnits: Int64, exponent: Int) -> String {
        let plain = plain(minorUnits, exponent: exponent)
        let negative = plain.hasPrefix("-")
        let unsigned = negative ? String(plain.dropFirst()) : plain
        let parts = unsigned.split(separator: ".", maxSplits: 1)
        var integer = ""
        for (offset, character) in parts[0].reversed().enumerated() {
            if offset > 0 && offset % 3 == 0 { integer.append(",") }
            integer.append(character)
        }
        var result = String(integer.reversed())
        if parts.count > 1 { result += "." + parts[1] }
        return negative ? "-" + result : result
    }
}
