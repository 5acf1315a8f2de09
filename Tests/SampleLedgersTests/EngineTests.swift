import Foundation
import Testing
import struct LedgerKit.CivilDate
import struct LedgerKit.FiscalCalendar
import enum LedgerKit.KPIFrequency
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

    @Test("first of a later or earlier month, and weekends")
    func civilDates() {
        let leapDay = CivilDate(year: 2024, month: 2, day: 29)!
        #expect(leapDay.firstOfMonth(adding: -3) == CivilDate(year: 2023, month: 11, day: 1))
        #expect(leapDay.firstOfMonth(adding: 11) == CivilDate(year: 2025, month: 1, day: 1))
        #expect(CivilDate(year: 2025, month: 3, day: 30)!.isWeekend, "2025-03-30 is a Sunday")
        #expect(!CivilDate(year: 2025, month: 3, day: 31)!.isWeekend, "2025-03-31 is a Monday")
    }

    @Test("fiscal windows and KPI periods: years named by the end (US) or the start (Japan)")
    func fiscalCalendars() {
        let us = FiscalCalendar(startMonth: 7, startDay: 1, naming: .end)
        let window = FiscalWindow(fiscalYear: 2025, calendar: us, asOf: CivilDate(year: 2025, month: 3, day: 31)!)
        #expect(window.firstDay == Int(CivilDate(year: 2024, month: 7, day: 1)!.dayNumber))
        #expect(window.monthCount == 9 && !window.isComplete && window.days(ofMonth: 9) == nil)
        let japan = FiscalCalendar(startMonth: 4, startDay: 1, naming: .start)
        let quarters = KPIFrequency.quarterly.periods(calendar: japan, fiscalYears: [2024])
        #expect(quarters.map(\.period.description) == ["FY2024-Q1", "FY2024-Q2", "FY2024-Q3", "FY2024-Q4"])
        #expect(quarters.map(\.end.description) == ["2024-06-30", "2024-09-30", "2024-12-31", "2025-03-31"])
        #expect(KPIFrequency.monthly.baselinePeriod(calendar: us, firstFiscalYear: 2023).description == "2022-06")
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
