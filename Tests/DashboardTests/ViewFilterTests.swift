import Analytics
import Dashboard
import LedgerKit
import Testing

@Suite("View filter")
struct ViewFilterTests {
    let dollars = Currency(code: "USD")!
    let yen = Currency(code: "JPY")!

    @Test("every kind of term is read, and written back to the same filter")
    func roundTrip() throws {
        let text = "amount>=1,000 amount<=25000.50 date>=2024-07-01 date<=2024-09-30 vendor=individual,non-profit paving text=main"
        let filter = try ViewFilter(parsing: text, currency: dollars)
        #expect(filter.minimumAmount == 100_000)
        #expect(filter.maximumAmount == 2_500_050)
        #expect(filter.firstDate == CivilDate(year: 2024, month: 7, day: 1))
        #expect(filter.lastDate == CivilDate(year: 2024, month: 9, day: 30))
        #expect(filter.vendorKinds == [.individual, .nonProfit])
        #expect(filter.text == "paving main")
        let written = filter.text(currency: dollars)
        #expect(written == "amount>=1000.00 amount<=25000.50 date>=2024-07-01 date<=2024-09-30 vendor=individual,non-profit text=paving text=main")
        #expect(try ViewFilter(parsing: written, currency: dollars) == filter)
    }

    @Test("an empty line is no filter")
    func empty() throws {
        let filter = try ViewFilter(parsing: "   ", currency: dollars)
        #expect(filter.isEmpty)
        #expect(filter.text(currency: dollars) == "")
    }

    @Test("amounts are exact in the currency's units: yen have no decimals")
    func yenAmounts() throws {
        #expect(try ViewFilter(parsing: "amount>=1500", currency: yen).minimumAmount == 1500)
        #expect(throws: ViewFilter.ParseError(term: "amount>=1500.5", reason: "JPY has 0 decimals")) {
            try ViewFilter(parsing: "amount>=1500.5", currency: yen)
        }
    }

    @Test("each bad term is named with the reason", arguments: [
        ("amount>=ten", "filter term 'amount>=ten': expected an amount such as 1000 or 1250.50"),
        ("amount<=1.005", "filter term 'amount<=1.005': USD has 2 decimals"),
        ("amount>=99999999999999999999", "filter term 'amount>=99999999999999999999': amount too large"),
        ("date>=2024-02-30", "filter term 'date>=2024-02-30': expected a date YYYY-MM-DD"),
        ("vendor=robot", "filter term 'vendor=robot': vendor kinds are business, individual, government, non-profit"),
        ("vendor=", "filter term 'vendor=': name at least one vendor kind"),
        ("amount>1000", "filter term 'amount>1000': expected amount>=, amount<=, date>=, date<=, vendor= or text="),
    ])
    func errors(text: String, message: String) {
        do {
            _ = try ViewFilter(parsing: text, currency: dollars)
            Issue.record("'\(text)' was accepted")
        } catch {
            #expect(error.description == message)
        }
    }

    @Test("ranges narrow the drill path's conditions; disjoint ones keep nothing")
    func applied() throws {
        let year = CivilDate(year: 2024, month: 7, day: 1)!...CivilDate(year: 2025, month: 6, day: 30)!
        let base = LineItemFilter(organisation: 3, dates: year)
        let filter = try ViewFilter(parsing: "date>=2025-01-01 amount>=10 vendor=business", currency: dollars)
        let narrowed = filter.applied(to: base)
        #expect(narrowed.organisation == 3)
        #expect(narrowed.dates == CivilDate(year: 2025, month: 1, day: 1)!...CivilDate(year: 2025, month: 6, day: 30)!)
        #expect(narrowed.amounts == 1000...Int64.max)
        #expect(narrowed.vendorKinds == [.business])
        let outside = try ViewFilter(parsing: "date<=2020-01-01", currency: dollars).applied(to: base)
        #expect(outside.dates.map { $0.lowerBound > CivilDate(year: 2030, month: 1, day: 1)! || $0.upperBound < year.lowerBound } == true)
    }
}
