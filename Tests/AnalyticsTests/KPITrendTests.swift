import Analytics
import LedgerKit
import Testing
import TestSupport

/// Least-squares slope over the latest observations, its sign by direction, and the flatness threshold.
@Suite("KPI trend")
struct KPITrendTests {
    /// The trend of a KPI with monthly `observations` (period, value) from the report of a one-KPI ledger.
    func fitted(
        _ observations: [(String, String)], direction: KPIDirection = .higher, frequency: KPIFrequency = .monthly,
        rules: KPIRules = .standard
    ) -> KPITrend? {
        let kpi = KPITestLedger.kpi("KPI-1", direction: direction, frequency: frequency, observations: observations)
        return KPITestLedger.store(kpis: [kpi]).kpiOverview(rules: rules).reports[0].trend
    }

    @Test("a rising higher-is-better KPI improves; the slope is in units per period")
    func risingHigher() throws {
        let trend = try #require(fitted([("2024-10", "10"), ("2024-11", "12"), ("2024-12", "14")]))
        #expect(trend.slope == 2)
        #expect(trend.direction == .improving)
        #expect(trend.observationCount == 3)
    }

    @Test("for a lower-is-better KPI, falling improves and rising worsens")
    func lowerIsBetter() throws {
        let falling = try #require(fitted([("2024-10", "14"), ("2024-11", "12"), ("2024-12", "10")], direction: .lower))
        #expect(falling.slope == -2)
        #expect(falling.direction == .improving)
        let rising = try #require(fitted([("2024-10", "10"), ("2024-11", "12"), ("2024-12", "14")], direction: .lower))
        #expect(rising.direction == .worsening)
        let fallingHigher = try #require(fitted([("2024-10", "14"), ("2024-11", "12"), ("2024-12", "10")]))
        #expect(fallingHigher.direction == .worsening)
    }

    @Test("flat while the slope is at most 1 % of the mean value per period")
    func flatness() throws {
        let edge = try #require(fitted([("2024-10", "99"), ("2024-11", "100"), ("2024-12", "101")]))
        #expect(edge.slope == 1)
        #expect(edge.direction == .flat, "1 per month on a mean of 100 is exactly 1 %")
        let beyond = try #require(fitted([("2024-10", "98.5"), ("2024-11", "100"), ("2024-12", "101.5")]))
        #expect(beyond.slope == 1.5)
        #expect(beyond.direction == .improving)
        let zeros = try #require(fitted([("2024-10", "0"), ("2024-11", "0")]))
        #expect(zeros.slope == 0)
        #expect(zeros.direction == .flat)
        let strict = try #require(
            fitted([("2024-10", "99"), ("2024-11", "100"), ("2024-12", "101")], rules: KPIRules(flatPercentPerPeriod: 0.5)))
        #expect(strict.direction == .improving)
    }

    @Test("only the last 6 observations count by default; the window is a rule")
    func window() throws {
        let observations = [
            ("2024-01", "500"), ("2024-02", "0"), ("2024-03", "10"), ("2024-04", "11"), ("2024-05", "12"), ("2024-06", "13"),
            ("2024-07", "14"), ("2024-08", "15"),
        ]
        let standard = try #require(fitted(observations))
        #expect(standard.observationCount == 6)
        #expect(standard.slope == 1)
        let short = try #require(fitted(observations, rules: KPIRules(trendWindow: 2)))
        #expect(short.observationCount == 2)
        #expect(short.slope == 1)
        let long = try #require(fitted(observations, rules: KPIRules(trendWindow: 8)))
        #expect(long.slope < 0, "the early 500 pulls the line down")
    }

    @Test("a missing period widens the gap: 10 in January and 13 in April is 1 per month")
    func gaps() throws {
        let trend = try #require(fitted([("2024-01", "10"), ("2024-04", "13")]))
        #expect(trend.slope == 1)
    }

    @Test("quarters and fiscal years count as one period each across fiscal-year ends")
    func quartersAndYears() throws {
        let quarters = try #require(fitted([("FY2024-Q3", "20"), ("FY2024-Q4", "23"), ("FY2025-Q1", "26")], frequency: .quarterly))
        #expect(quarters.slope == 3)
        let years = try #require(fitted([("FY2023", "50"), ("FY2025", "40")], direction: .lower, frequency: .annual))
        #expect(years.slope == -5)
        #expect(years.direction == .improving)
    }

    @Test("a single observation has no trend")
    func single() {
        #expect(fitted([("2024-10", "10")]) == nil)
    }
}
