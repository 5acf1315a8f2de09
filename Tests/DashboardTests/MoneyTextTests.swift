import Dashboard
import LedgerKit
import Testing

@Suite("Money and percentages on screen")
struct MoneyTextTests {
    let usd = Currency(code: "USD")!
    let jpy = Currency(code: "JPY")!
    let chf = Currency(code: "CHF")!
    let kwd = Currency(code: "KWD")!

    @Test("every style of a dollar amount", arguments: [
        (MoneyText.Style.exact, "$1,284,605,123.45"),
        (.whole, "$1,284,605,123"),
        (.compact(.thousand), "$1,284,605.1K"),
        (.compact(.million), "$1,284.6M"),
        (.compact(.billion), "$1.3B"),
        (.compact(.trillion), "$0.0T"),
    ])
    func dollarStyles(style: MoneyText.Style, expected: String) {
        #expect(MoneyText.format(128_460_512_345, currency: usd, style: style) == expected)
    }

    @Test("yen never show decimals", arguments: [
        (MoneyText.Style.exact, "¥12,345,678,901"),
        (.whole, "¥12,345,678,901"),
        (.compact(.million), "¥12,345.7M"),
        (.compact(.billion), "¥12.3B"),
    ])
    func yenStyles(style: MoneyText.Style, expected: String) {
        #expect(MoneyText.format(12_345_678_901, currency: jpy, style: style) == expected)
    }

    @Test("signs, zero, small amounts and currencies without a symbol")
    func signsAndEdges() {
        #expect(MoneyText.format(-980_000_000, currency: usd, style: .compact(.million)) == "-$9.8M")
        #expect(MoneyText.format(1_420_000_000, currency: usd, style: .compact(.million), signed: true) == "+$14.2M")
        #expect(MoneyText.format(0, currency: usd, signed: true) == "$0.00")
        #expect(MoneyText.format(5, currency: usd) == "$0.05")
        #expect(MoneyText.format(-5, currency: usd) == "-$0.05")
        #expect(MoneyText.format(123_450, currency: chf) == "CHF 1,234.50")
        #expect(MoneyText.format(1_234_567, currency: kwd) == "KWD 1,234.567")
        #expect(MoneyText.format(Int64.min, currency: usd, style: .compact(.trillion)) == "-$92,233.7T")
        #expect(MoneyText.format(Int64.max, currency: jpy) == "¥9,223,372,036,854,775,807")
    }

    @Test("rounding is half away from zero, on integers")
    func rounding() {
        #expect(MoneyText.format(149, currency: usd, style: .whole) == "$1")
        #expect(MoneyText.format(150, currency: usd, style: .whole) == "$2")
        #expect(MoneyText.format(-150, currency: usd, style: .whole) == "-$2")
        #expect(MoneyText.format(124_999_999, currency: usd, style: .compact(.million)) == "$1.2M")
        #expect(MoneyText.format(125_000_000, currency: usd, style: .compact(.million)) == "$1.3M")
        #expect(MoneyText.format(99_950_000, currency: usd, style: .compact(.million)) == "$1.0M")
    }

    @Test("a column takes the most precise style all its amounts fit")
    func columnStyle() {
        let amounts: [Int64] = [128_460_512_345, 91_100_000_000]
        #expect(MoneyText.style(fitting: amounts, columns: 17, currency: usd) == .exact)
        #expect(MoneyText.style(fitting: amounts, columns: 14, currency: usd) == .whole)
        #expect(MoneyText.style(fitting: amounts, columns: 10, currency: usd) == .compact(.million))
        #expect(MoneyText.style(fitting: amounts, columns: 9, currency: usd, signed: true) == .compact(.billion))
        #expect(MoneyText.style(fitting: amounts, columns: 2, currency: usd) == .compact(.trillion))
        #expect(MoneyText.style(fitting: [], columns: 0, currency: usd) == .exact)
    }

    @Test("percentages keep one decimal; none is a dash", arguments: [
        (0.778 as Double?, false, "77.8%"),
        (0.75, false, "75.0%"),
        (1.0, false, "100.0%"),
        (0.014, true, "+1.4%"),
        (-0.0349, true, "-3.5%"),
        (0.0, true, "0.0%"),
        (-0.00001, false, "0.0%"),
        (nil, false, "–"),
        (Double.nan, false, "–"),
    ])
    func percentages(fraction: Double?, signed: Bool, expected: String) {
        #expect(PercentText.format(fraction, signed: signed) == expected)
    }
}
