import Analytics
import Testing

/// Which units are counts, and cost per unit as exact integer division.
@Suite("KPI units and cost per unit")
struct KPIUnitTests {
    @Test(
        "counts: count words, singular countable nouns, plural nouns, Japanese counters",
        arguments: ["count", "Count", "number", "#", "items", "cases", "visits", "permits", "tons", "tonne", "trees", " meals served ",
            "lane miles", "people housed", "household", "人", "件", "冊", "世帯"])
    func counts(unit: String) {
        #expect(KPIUnitKind(unit: unit) == .count)
        #expect(KPIUnitKind(unit: unit).isCount)
    }

    @Test(
        "not counts: shares, rates, durations, scores, currency, and unrecognised units",
        arguments: [
            ("%", KPIUnitKind.share), ("％", .share), ("% of calls", .share), ("percent", .share), ("割合", .share),
            ("per 1,000", .rate), ("per 10,000 pickups", .rate), ("km/h", .rate), ("ratio", .rate), ("crime rates", .rate),
            ("1人あたり", .rate),
            ("s", .duration), ("min", .duration), ("days", .duration), ("hours", .duration), ("Minutes", .duration), ("分", .duration),
            ("日", .duration), ("score", .score), ("index", .score), ("points", .score), ("noise levels", .score), ("点", .score),
            ("USD", .currency), ("JPY", .currency), ("$", .currency), ("円", .currency), ("dollars", .currency),
            ("g", .other), ("kg", .other), ("km", .other), ("°C", .other), ("", .other), ("usd", .other), ("class", .other),
        ])
    func notCounts(unit: String, kind: KPIUnitKind) {
        #expect(KPIUnitKind(unit: unit) == kind)
        #expect(!KPIUnitKind(unit: unit).isCount)
    }

    @Test("cost per unit divides exactly and rounds half away from zero")
    func rounding() {
        #expect(KPIPeriodCost.costPerUnit(spending: 100_000, value: 3) == 33_333)
        #expect(KPIPeriodCost.costPerUnit(spending: 200_000, value: 3) == 66_667)
        #expect(KPIPeriodCost.costPerUnit(spending: 5, value: 2) == 3)
        #expect(KPIPeriodCost.costPerUnit(spending: -5, value: 2) == -3)
        #expect(KPIPeriodCost.costPerUnit(spending: 7, value: 2) == 4)
        #expect(KPIPeriodCost.costPerUnit(spending: 3, value: 4) == 1, "0.75")
        #expect(KPIPeriodCost.costPerUnit(spending: 1, value: 4) == 0, "0.25")
        #expect(KPIPeriodCost.costPerUnit(spending: 5, value: -2) == -3)
        #expect(KPIPeriodCost.costPerUnit(spending: 0, value: 7) == 0)
    }

    @Test("a fractional value is read as the decimal it was written as")
    func decimals() {
        #expect(KPIPeriodCost.costPerUnit(spending: 1_000, value: 12.5) == 80)
        #expect(KPIPeriodCost.costPerUnit(spending: 1_000, value: 0.1) == 10_000)
        #expect(KPIPeriodCost.costPerUnit(spending: 100, value: 0.3) == 333)
        #expect(KPIPeriodCost.costPerUnit(spending: 1, value: 0.000_002) == 500_000)
        #expect(KPIPeriodCost.costPerUnit(spending: 1, value: 0.000_000_1) == nil, "more than 6 decimals")
    }

    @Test("no cost per unit for a value of 0, a value that is not finite, or a quotient beyond 64 bits")
    func undefined() {
        #expect(KPIPeriodCost.costPerUnit(spending: 1_000, value: 0) == nil)
        #expect(KPIPeriodCost.costPerUnit(spending: 1_000, value: -0.0) == nil)
        #expect(KPIPeriodCost.costPerUnit(spending: 1_000, value: .infinity) == nil)
        #expect(KPIPeriodCost.costPerUnit(spending: 1_000, value: .nan) == nil)
        #expect(KPIPeriodCost.costPerUnit(spending: .max, value: 0.5) == nil)
        #expect(KPIPeriodCost.costPerUnit(spending: .max, value: 1) == .max)
        #expect(KPIPeriodCost.costPerUnit(spending: .min + 1, value: 1) == .min + 1)
    }
}
