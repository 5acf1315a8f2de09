import Foundation
@testable import LedgerKit
import Testing

/// Parses `text` with `exponent` decimals.
private func parse(_ text: String, _ exponent: Int) -> Result<Int64, AmountParser.Failure> {
    Array(text.utf8).withUnsafeBufferPointer { AmountParser.parse($0, exponent: exponent) }
}

@Suite("AmountParser")
struct AmountParserTests {
    static let accepted: [(String, Int, Int64)] = [
        ("0", 0, 0), ("-0", 2, 0), ("125000", 0, 125_000), ("1", 2, 100), ("1234.5", 2, 123_450), ("1234.50", 2, 123_450),
        ("-310.25", 2, -31_025), ("0.01", 2, 1), ("-0.01", 2, -1), ("1.250", 3, 1_250), ("0.001", 3, 1), ("12.3456", 4, 123_456),
        ("007", 2, 700),
        // Trailing zeros beyond the currency's decimals are not extra digits.
        ("100.00", 0, 100), ("1.500", 2, 150), ("1.2000000000000000000000000", 3, 1_200), ("-5.0", 0, -5),
    ]

    @Test("plain decimals in currencies of 0, 2, 3 and 4 decimals", arguments: accepted)
    func accepts(_ text: String, exponent: Int, minorUnits: Int64) {
        #expect(parse(text, exponent) == .success(minorUnits))
    }

    static let rejected: [(String, Int, AmountParser.Failure)] = [
        ("", 2, .notADecimal), ("-", 2, .notADecimal), (".5", 2, .notADecimal), ("12.", 2, .notADecimal), ("+5", 2, .notADecimal),
        (" 5", 2, .notADecimal), ("5 ", 2, .notADecimal), ("1,000", 2, .notADecimal), ("$12", 2, .notADecimal), ("1.2.3", 2, .notADecimal),
        ("--1", 2, .notADecimal), ("0x10", 2, .notADecimal), ("١٢", 2, .notADecimal), ("1.e5", 2, .notADecimal),
        ("1e5", 2, .exponent), ("1E5", 0, .exponent), ("1.5e3", 2, .exponent), ("2.5E-2", 2, .exponent),
        ("0.1", 0, .tooManyDecimals), ("125000.5", 0, .tooManyDecimals), ("1234.567", 2, .tooManyDecimals),
        ("1.2345", 3, .tooManyDecimals), ("1.00001", 4, .tooManyDecimals), ("1.0000000000000000000001", 2, .tooManyDecimals),
    ]

    @Test("anything else is rejected with the reason", arguments: rejected)
    func rejects(_ text: String, exponent: Int, failure: AmountParser.Failure) {
        #expect(parse(text, exponent) == .failure(failure))
    }

    static let edges: [(String, Int, Result<Int64, AmountParser.Failure>)] = [
        ("9223372036854775807", 0, .success(.max)), ("9223372036854775808", 0, .failure(.overflow)),
        ("-9223372036854775807", 0, .success(-.max)), ("-9223372036854775808", 0, .failure(.overflow)),
        ("92233720368547758.07", 2, .success(.max)), ("92233720368547758.08", 2, .failure(.overflow)),
        ("92233720368547758.070", 2, .success(.max)), ("92233720368547758.1", 2, .failure(.overflow)),
        ("92233720368547758", 2, .success(9_223_372_036_854_775_800)), ("92233720368547759", 2, .failure(.overflow)),
        ("-92233720368547758.07", 2, .success(-.max)), ("-92233720368547758.08", 2, .failure(.overflow)),
        ("9223372036854775.807", 3, .success(.max)), ("9223372036854775.808", 3, .failure(.overflow)),
        ("922337203685477.5807", 4, .success(.max)), ("922337203685477.5808", 4, .failure(.overflow)),
        ("99999999999999999999999999999999999999", 0, .failure(.overflow)),
        ("00000000000000000000000000009223372036854775807", 0, .success(.max)),
    ]

    @Test("the edges of Int64 in minor units", arguments: edges)
    func int64Edges(_ text: String, exponent: Int, result: Result<Int64, AmountParser.Failure>) {
        #expect(parse(text, exponent) == result)
    }

    @Test("the largest amount in major units, per exponent", arguments: [
        (0, "9223372036854775807"), (2, "92233720368547758.07"), (3, "9223372036854775.807"), (4, "922337203685477.5807"),
    ])
    func largestAmount(exponent: Int, text: String) {
        #expect(AmountParser.largestAmount(exponent: exponent) == text)
    }

    @Test("every amount of a sweep survives MoneyFormat.plain and back", arguments: [0, 2, 3, 4])
    func roundTrip(exponent: Int) {
        var value: Int64 = 1
        var samples: [Int64] = [0, .max, -.max, .min + 1]
        while value < Int64.max / 7 {
            samples += [value, -value, value + 3, value * 7 - 1]
            value *= 7
        }
        for sample in samples {
            #expect(parse(MoneyFormat.plain(sample, exponent: exponent), exponent) == .success(sample))
        }
    }
}

@Suite("MoneyFormat")
struct MoneyFormatTests {
    static let plain: [(Int64, Int, String)] = [
        (0, 0, "0"), (0, 2, "0.00"), (5, 2, "0.05"), (-5, 2, "-0.05"), (123_450, 2, "1234.50"), (-31_025, 2, "-310.25"),
        (1_250, 3, "1.250"), (7, 4, "0.0007"), (125_000, 0, "125000"), (.max, 2, "92233720368547758.07"),
        (.min, 2, "-92233720368547758.08"), (.min, 0, "-9223372036854775808"),
    ]

    @Test("plain: no separators, all decimals", arguments: plain)
    func plainText(_ minorUnits: Int64, exponent: Int, text: String) {
        #expect(MoneyFormat.plain(minorUnits, exponent: exponent) == text)
    }

    static let grouped: [(Int64, Int, String)] = [
        (0, 2, "0.00"), (99_999, 2, "999.99"), (100_000, 2, "1,000.00"), (-123_456_789, 2, "-1,234,567.89"),
        (1_000_000, 0, "1,000,000"), (100_000, 0, "100,000"), (-1_000, 0, "-1,000"), (1_234_567, 3, "1,234.567"),
        (.max, 0, "9,223,372,036,854,775,807"), (.min, 2, "-92,233,720,368,547,758.08"),
    ]

    @Test("grouped: thousands separators in the integer part only", arguments: grouped)
    func groupedText(_ minorUnits: Int64, exponent: Int, text: String) {
        #expect(MoneyFormat.grouped(minorUnits, exponent: exponent) == text)
    }
}

@Suite("Currency")
struct CurrencyTests {
    @Test("the ISO 4217 table: exponents 0, 2, 3 and 4", arguments: [
        ("JPY", 0), ("KRW", 0), ("ISK", 0), ("CLP", 0), ("USD", 2), ("EUR", 2), ("GBP", 2), ("CHF", 2), ("KWD", 3), ("BHD", 3),
        ("TND", 3), ("CLF", 4), ("UYW", 4),
    ])
    func exponents(_ code: String, exponent: Int) throws {
        let currency = try #require(Currency(code: code))
        #expect(currency.exponent == exponent)
        #expect(currency.code == code)
        #expect(currency.description == code)
        var factor: Int64 = 1
        for _ in 0..<exponent { factor *= 10 }
        #expect(currency.minorUnitsPerMajor == factor)
    }

    @Test("codes outside the table are not currencies", arguments: ["XAU", "XDR", "XTS", "XXX", "usd", "US", "USDD", "", "ZZZ"])
    func unknown(_ code: String) {
        #expect(Currency(code: code) == nil)
    }

    @Test("the table is the one in docs/ledger-format.md §10.3")
    func matchesDocumentation() throws {
        let docs = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath().deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("docs/ledger-format.md")
        let text = try String(contentsOf: docs, encoding: .utf8)
        let section = try #require(text.components(separatedBy: "### 10.3").dropFirst().first?.components(separatedBy: "###").first)
        var documented: [String: Int] = [:]
        for line in section.split(separator: "\n") {
            let cells = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            guard cells.count >= 2, let exponent = Int(cells[0]) else { continue }
            for code in cells[1].replacingOccurrences(of: "*", with: "").split(separator: ",") {
                let code = code.trimmingCharacters(in: .whitespaces).prefix(3)
                documented[String(code)] = exponent
            }
        }
        #expect(documented.count > 150)
        #expect(documented == Currency.exponents)
    }

    @Test("symbols for display") func symbols() {
        #expect(Currency(code: "USD")?.symbol == "$")
        #expect(Currency(code: "JPY")?.symbol == "¥")
        #expect(Currency(code: "KWD")?.symbol == "KWD")
    }
}
