@testable import LedgerKit
import Testing

@Suite("CivilDate")
struct CivilDateTests {
    /// A deliberately naive calendar: walks day by day, so it shares no arithmetic with `CivilDate`.
    struct ReferenceCalendar {
        var year: Int
        var month: Int
        var day: Int

        static func isLeap(_ year: Int) -> Bool {
            if year % 400 == 0 { return true }
            if year % 100 == 0 { return false }
            return year % 4 == 0
        }

        static func length(_ year: Int, _ month: Int) -> Int {
            [31, isLeap(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
        }

        mutating func next() {
            day += 1
            if day > Self.length(year, month) {
                day = 1
                month += 1
                if month > 12 {
                    month = 1
                    year += 1
                }
            }
        }
    }

    @Test("day numbers, components, text and weekdays agree with a day-by-day walk from 1600 to 2400")
    func againstReference() throws {
        // 1600-01-01 is 135,140 days before 1970-01-01 and was a Saturday.
        var reference = ReferenceCalendar(year: 1600, month: 1, day: 1)
        var dayNumber: Int32 = -135_140
        var weekday = 6
        while reference.year <= 2400 {
            let date = try #require(CivilDate(year: reference.year, month: reference.month, day: reference.day))
            guard date.dayNumber == dayNumber else {
                Issue.record("day number of \(reference) is \(date.dayNumber), expected \(dayNumber)")
                return
            }
            let components = CivilDate(dayNumber: dayNumber).components
            guard components == (reference.year, reference.month, reference.day), date.isoWeekday == weekday else {
                Issue.record("components \(components) or weekday \(date.isoWeekday) wrong for \(reference)")
                return
            }
            if reference.day == 1 {
                let text = String(reference.year) + "-" + (reference.month < 10 ? "0" : "") + String(reference.month) + "-01"
                #expect(date.description == text)
                #expect(CivilDate(iso: text) == date)
            }
            reference.next()
            dayNumber += 1
            weekday = weekday % 7 + 1
        }
        #expect(dayNumber == 157_420)  // 2401-01-01
    }

    @Test("leap years", arguments: [(1600, true), (1900, false), (2000, true), (2023, false), (2024, true), (2100, false), (2400, true)])
    func leapYears(_ year: Int, leap: Bool) {
        #expect(CivilDate.isLeapYear(year) == leap)
        #expect(CivilDate.daysInMonth(year: year, month: 2) == (leap ? 29 : 28))
        #expect((CivilDate(year: year, month: 2, day: 29) != nil) == leap)
    }

    @Test("days that do not exist", arguments: [(2024, 2, 30), (2025, 2, 29), (2025, 4, 31), (2025, 13, 1), (2025, 0, 1), (2025, 1, 0), (2025, 1, 32)])
    func nonexistent(_ year: Int, _ month: Int, _ day: Int) {
        #expect(CivilDate(year: year, month: month, day: day) == nil)
    }

    @Test("known weekdays (ISO: Monday 1 … Sunday 7)", arguments: [
        ("1900-01-01", 1), ("1969-12-31", 3), ("1970-01-01", 4), ("2000-01-01", 6), ("2024-02-29", 4), ("2025-03-31", 1), ("2200-12-31", 3),
    ])
    func weekdays(_ text: String, weekday: Int) throws {
        #expect(try #require(CivilDate(iso: text)).isoWeekday == weekday)
    }

    @Test("ISO text: parsed exactly, printed with four-digit years")
    func isoText() throws {
        let date = try #require(CivilDate(iso: "2024-02-29"))
        #expect(date.components == (2024, 2, 29))
        #expect(date.description == "2024-02-29")
        #expect(CivilDate(iso: "0001-01-01")?.description == "0001-01-01")
        #expect(CivilDate(iso: "9999-12-31")?.description == "9999-12-31")
        for text in ["0000-01-01", "2024-2-29", "2024/02/29", "20240229", "2024-02-29T00:00", " 2024-02-2", "+024-02-29", "２０２４-０２-２９", ""] {
            #expect(CivilDate(iso: text) == nil, "\(text)")
        }
    }

    @Test("the years a ledger accepts are 1900 to 2200")
    func ledgerYears() {
        func parse(_ text: String) -> CivilDate? {
            Array(text.utf8).withUnsafeBufferPointer { CivilDate.parse($0, allowedYears: 1900...2200) }
        }
        #expect(parse("1900-01-01") != nil)
        #expect(parse("2200-12-31") != nil)
        #expect(parse("1899-12-31") == nil)
        #expect(parse("2201-01-01") == nil)
        #expect(CivilDate.hasDateShape("2025-02-30"))
        #expect(!CivilDate.hasDateShape("2025-2-30"))
    }

    @Test("far years: within Int32 day numbers, and nil beyond instead of a trap")
    func farYears() throws {
        let far = try #require(CivilDate(year: 5_000_000, month: 12, day: 31))
        #expect(far.components == (5_000_000, 12, 31))
        let early = try #require(CivilDate(year: -5_000_000, month: 1, day: 1))
        #expect(early.components == (-5_000_000, 1, 1))
        #expect(CivilDate(year: 6_000_000, month: 1, day: 1) == nil)
        #expect(CivilDate(year: -6_000_000, month: 1, day: 1) == nil)
    }

    @Test("arithmetic and order")
    func arithmetic() throws {
        let date = try #require(CivilDate(iso: "2024-12-31"))
        #expect(date.adding(days: 1).description == "2025-01-01")
        #expect(date.adding(days: -366).description == "2023-12-31")
        #expect(date < date.adding(days: 1))
        #expect(CivilDate(dayNumber: 0).description == "1970-01-01")
    }
}
