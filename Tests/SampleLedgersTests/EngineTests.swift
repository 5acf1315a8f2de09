import Foundation
import Testing
@testable import SampleLedgers

@Suite("Generator engine")
struct EngineTests {
    @Test("xoshiro256** seeded by SplitMix64 gives the reference sequence")
    func randomReference() {
        var random = SeededRandom(seed: 42)
        #expect([random.next(), random.next(), random.next()] == [0x1578_0B2E_0C2E_C716, 0x6104_D986_6D11_3A7E, 0xAE17_5332_39E4_99A1])
    }

    @Test("bounded draws stay in range and weighted draws never pick a zero weight")
    func randomDraws() {
        var random = SeededRandom(seed: 1)
        let choice = WeightedChoice(weights: [0, 5, 0, 1])
        for _ in 0..<1000 {
            #expect((3...7).contains(random.int(in: 3...7)))
            #expect([1, 3].contains(choice.sample(&random)))
            #expect((16...16384).contains(random.heavyTailedWeight()))
        }
    }

    @Test("civil dates round-trip through day numbers")
    func civilDates() {
        for day in stride(from: -800_000, through: 800_000, by: 997) {
            #expect(CivilDate(dayNumber: day).dayNumber == day)
        }
        #expect(CivilDate(2025, 3, 31).isoString == "2025-03-31")
        #expect(CivilDate.weekday(CivilDate(2025, 3, 31).dayNumber) == 0, "2025-03-31 is a Monday")
        #expect(CivilDate(2024, 2, 29).firstOfMonth(adding: -3) == CivilDate(2023, 11, 1))
    }

    @Test("fiscal calendars: named by the end (US) or the start (Japan)")
    func fiscalCalendars() {
        let us = FiscalCalendar(startMonth: 7, naming: .end)
        #expect(us.start(of: 2025) == CivilDate(2024, 7, 1))
        #expect(us.fiscalYear(of: CivilDate(2025, 6, 30)) == 2025 && us.fiscalYear(of: CivilDate(2025, 7, 1)) == 2026)
        let japan = FiscalCalendar(startMonth: 4, naming: .start)
        #expect(japan.start(of: 2024) == CivilDate(2024, 4, 1))
        #expect(japan.fiscalYear(of: CivilDate(2025, 3, 31)) == 2024)
        let window = us.window(of: 2025, asOf: CivilDate(2025, 3, 31))
        #expect(window.monthCount == 9 && !window.isComplete && window.days(ofMonth: 9) == nil)
        #expect(KPIFrequency.quarterly.periods(calendar: japan, fiscalYears: [2024]).map(\.label) == ["FY2024-Q1", "FY2024-Q2", "FY2024-Q3", "FY2024-Q4"])
        #expect(KPIFrequency.monthly.baselinePeriod(calendar: us, firstFiscalYear: 2023) == "2022-06")
    }

    @Test("amounts, numbers and strings are written exactly")
    func jsonWriter() {
        var out = JSONWriter()
        out.amount(-5, decimals: 2)
        out.amount(123_456, decimals: 2)
        out.amount(12_345, decimals: 0)
        out.amount(-1_000, decimals: 3)
        out.number(124, decimals: 1)
        out.number(-7, decimals: 2)
        out.string("\"q\" \\ \n\u{1}青空")
        out.padded(42, width: 6)
        #expect(String(decoding: out.bytes, as: UTF8.self) == #""-0.05""1234.56""12345""-1.000"12.4-0.07"\"q\" \\ \n\u0001青空"000042"#)
    }

    @Test("line-item counts are shared out exactly, never below a pattern's minimum")
    func allocation() {
        for (blueprint, total) in [(Riverton.blueprint(), Riverton.lineItems), (Aozora.blueprint(), 4_200)] {
            var plan = SpendingPlan(blueprint, budget: BudgetPlan(blueprint))
            plan.allocate(total: total)
            let lines = plan.years.joined()
            #expect(lines.reduce(0) { $0 + $1.quota } + plan.adjustmentPairs.reduce(0, +) * 2 == total)
            #expect(lines.allSatisfy { $0.quota >= $0.minimum })
        }
    }

    @Test("program profiles add up and name known categories")
    func profiles() {
        for blueprint in [Riverton.blueprint(), Aozora.blueprint()] {
            let categories = Set(blueprint.spending.map(\.code))
            let leaves = Set(blueprint.categories.map(\.code)).subtracting(blueprint.categories.compactMap(\.parent))
            #expect(categories == leaves, "every leaf category has a spending behaviour")
            for program in blueprint.programs {
                #expect(program.profile.reduce(0) { $0 + $1.perMille } == 1000, "\(program.code)")
                #expect(program.profile.allSatisfy { categories.contains($0.category) }, "\(program.code)")
            }
        }
    }
}
