import Dashboard
import LedgerKit
import TerminalCore

/// How a ``ViewTable`` value is written: formatted for people (text and Markdown tables) or
/// plain for programs (CSV and JSON). Text from the data is sanitised in both.
enum TableCell {
    /// `value` as a person reads it: `$1,212,579,300.00`, `42.0%`, `1,204`, `2025-03-31`;
    /// empty for no value.
    static func formatted(_ value: ViewTable.Value, currency: Currency) -> String {
        switch value {
        case .text(let text): TextSanitizer.sanitize(text)
        case .money(let minorUnits): MoneyText.format(minorUnits, currency: currency)
        case .count(let count): MoneyFormat.grouped(Int64(count), exponent: 0)
        case .ratio(let ratio): PercentText.format(ratio)
        case .number(let number): PlainNumber.text(number) ?? ""
        case .date(let date): "\(date)"
        case .empty: ""
        }
    }

    /// `value` for a program: money as a plain decimal in the currency's units (`-1234.50`,
    /// exact from minor units), counts as integers, ratios and numbers as plain decimals
    /// (`0.4204`, no exponent), dates as `YYYY-MM-DD`; `nil` for no value (or a number that
    /// is not finite).
    static func plain(_ value: ViewTable.Value, currency: Currency) -> String? {
        switch value {
        case .text(let text): TextSanitizer.sanitize(text)
        case .money(let minorUnits): MoneyFormat.plain(minorUnits, exponent: currency.exponent)
        case .count(let count): String(count)
        case .ratio(let number), .number(let number): PlainNumber.text(number)
        case .date(let date): "\(date)"
        case .empty: nil
        }
    }

    /// Whether a column of `kind` is aligned right (figures) in text tables.
    static func isRightAligned(_ kind: ViewTable.Kind) -> Bool {
        switch kind {
        case .text, .date: false
        case .money, .count, .ratio, .number: true
        }
    }
}

/// A `Double` as a plain decimal: the shortest digits that read back to the same value
/// (Swift's own rendering), with any exponent written out (`1e-05` → `0.00001`).
enum PlainNumber {
    /// `number` as a plain decimal, `nil` when it is infinite or not a number.
    static func text(_ number: Double) -> String? {
        guard number.isFinite else { return nil }
        let shortest = number == 0 ? "0" : "\(number)"
        guard let e = shortest.firstIndex(where: { $0 == "e" || $0 == "E" }), let exponent = Int(shortest[shortest.index(after: e)...]) else {
            return shortest.hasSuffix(".0") ? String(shortest.dropLast(2)) : shortest
        }
        var mantissa = String(shortest[..<e])
        let negative = mantissa.hasPrefix("-")
        if negative { mantissa.removeFirst() }
        let parts = mantissa.split(separator: ".", omittingEmptySubsequences: false)
        let digits = String(parts[0]) + (parts.count > 1 ? String(parts[1]) : "")
        let point = parts[0].count + exponent
        var result: String
        if point <= 0 {
            result = "0." + String(repeating: "0", count: -point) + digits
        } else if point >= digits.count {
            result = digits + String(repeating: "0", count: point - digits.count)
        } else {
            result = String(digits.prefix(point)) + "." + String(digits.dropFirst(point))
        }
        if result.contains(".") {
            while result.hasSuffix("0") { result.removeLast() }
            if result.hasSuffix(".") { result.removeLast() }
        }
        return negative ? "-" + result : result
    }
}
