import LedgerKit

/// Turns the text of a cell into a ledger value, or a row error that says what was expected.
enum ValueParsing {
    /// An amount in minor units of `currency`, read exactly from the decimal text.
    static func amount(_ text: String, spec: AmountSpec, currency: Currency, field: BoundField) throws(RowError) -> Int64 {
        var plain: [UInt8] = []
        plain.reserveCapacity(text.utf8.count)
        for character in text where character != spec.thousandsSeparator {
            if character == spec.decimalSeparator {
                plain.append(UInt8(ascii: "."))
            } else {
                plain.append(contentsOf: character.utf8)
            }
        }
        let extra = spec.rounds ? max(fractionDigits(plain) - currency.exponent, 0) : 0
        let result = plain.withUnsafeBufferPointer { AmountParser.parse($0, exponent: currency.exponent + extra) }
        switch result {
        case .success(let fine):
            let minorUnits = extra == 0 ? fine : rounded(fine, droppingDigits: extra)
            return spec.reversedSigns ? -minorUnits : minorUnits
        case .failure(.tooManyDecimals):
            throw RowError(
                column: field.column,
                message: "\(field.name): expected an amount with at most \(currency.exponent) decimal places (\(currency.code)), found '\(text)'")
        case .failure(.overflow):
            throw RowError(
                column: field.column,
                message: "\(field.name): expected an amount within ±\(AmountParser.largestAmount(exponent: currency.exponent)), found '\(text)'")
        case .failure(.notADecimal), .failure(.exponent):
            throw RowError(column: field.column, message: "\(field.name): expected a decimal amount such as 1234.50, found '\(text)'")
        }
    }

    /// The number of digits after the `.` of a decimal.
    private static func fractionDigits(_ text: [UInt8]) -> Int {
        guard let dot = text.firstIndex(of: UInt8(ascii: ".")) else { return 0 }
        return text.count - dot - 1
    }

    /// `value` with its last `digits` decimal digits rounded off, halves away from zero.
    private static func rounded(_ value: Int64, droppingDigits digits: Int) -> Int64 {
        var divisor: Int64 = 1
        for _ in 0..<min(digits, 18) { divisor *= 10 }
        let (quotient, remainder) = value.quotientAndRemainder(dividingBy: divisor)
        guard remainder.magnitude * 2 >= divisor.magnitude else { return quotient }
        return quotient + (value < 0 ? -1 : 1)
    }

    /// A date in one of `patterns`, from 1900 to 2200 as the ledger format requires.
    static func date(_ text: String, patterns: [DatePattern], field: BoundField) throws(RowError) -> CivilDate {
        guard let date = patterns.lazy.compactMap({ $0.date(from: text) }).first else {
            let formats = patterns.map(\.description).joined(separator: " or ")
            throw RowError(column: field.column, message: "\(field.name): expected a date written \(formats), found '\(text)'")
        }
        guard (1900...2200).contains(date.components.year) else {
            throw RowError(column: field.column, message: "\(field.name): expected a date from 1900 to 2200, found '\(text)'")
        }
        return date
    }

    /// A plain decimal number (`-12.5`), as JSON number text without leading zeros.
    static func number(_ text: String, field: BoundField) throws(RowError) -> String {
        let bytes = Array(text.utf8)
        var index = bytes.first == UInt8(ascii: "-") ? 1 : 0
        let integerStart = index
        while index < bytes.count, bytes[index] >= 0x30, bytes[index] <= 0x39 { index += 1 }
        var valid = index > integerStart
        let integerEnd = index
        if valid, index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            let fractionStart = index
            while index < bytes.count, bytes[index] >= 0x30, bytes[index] <= 0x39 { index += 1 }
            valid = index > fractionStart
        }
        guard valid, index == bytes.count else {
            throw RowError(column: field.column, message: "\(field.name): expected a decimal number such as 0.95, found '\(text)'")
        }
        var significant = integerStart
        while significant < integerEnd - 1, bytes[significant] == 0x30 { significant += 1 }
        return String(decoding: bytes[..<integerStart] + bytes[significant...], as: UTF8.self)
    }

    /// `text` when it is one of `choices`.
    static func choice(_ text: String, _ choices: [String], field: BoundField) throws(RowError) -> String {
        guard choices.contains(text) else {
            throw RowError(
                column: field.column, message: "\(field.name): expected one of \(choices.map { "'\($0)'" }.joined(separator: ", ")), found '\(text)'")
        }
        return text
    }
}
