import LedgerKit

/// The calendar of an audit: for every day from the ledger's first line item to its last, its
/// weekend and holiday bits and its fiscal month, so that a row is classified by two array reads.
struct AuditCalendar {
    /// Day-class bits.
    static let weekend: UInt8 = 1
    static let holiday: UInt8 = 2

    /// Weekend and holiday bits per day.
    let dayClass: DayTable<UInt8>
    /// Per day, the fiscal month slot: (fiscal year − `firstFiscalYear`) × 12 + month of the year.
    let monthSlot: DayTable<Int32>
    /// The fiscal year of slot 0.
    let firstFiscalYear: Int
    /// The number of fiscal years covered.
    let fiscalYearCount: Int

    /// The calendar over `days` on `calendar`, with `holidays`.
    init(days: ClosedRange<CivilDate>, calendar: FiscalCalendar, holidays: [CivilDate]) {
        var classes = DayTable(days, filler: UInt8(0))
        var slots = DayTable(days, filler: Int32(0))
        firstFiscalYear = calendar.fiscalYear(containing: days.lowerBound)
        fiscalYearCount = calendar.fiscalYear(containing: days.upperBound) - firstFiscalYear + 1
        for day in days.lowerBound.dayNumber...days.upperBound.dayNumber {
            let date = CivilDate(dayNumber: day)
            if date.isoWeekday >= 6 { classes.set(date...date, to: Self.weekend) }
            let slot = (calendar.fiscalYear(containing: date) - firstFiscalYear) * 12 + calendar.fiscalMonthIndex(containing: date)
            slots.set(date...date, to: Int32(slot))
        }
        for holiday in holidays where days.contains(holiday) {
            classes.set(holiday...holiday, to: classes.values[Int(holiday.dayNumber - classes.firstDay)] | Self.holiday)
        }
        dayClass = classes
        monthSlot = slots
    }
}

/// What one pass over the line items counts for the rules that need no grouping of rows:
/// round payments per vendor, leading digits per organisation, spending per organisation and
/// fiscal month, and the rows paid on weekends and holidays.
struct AuditTally {
    /// Positive payments per vendor, and those that are round.
    var payments: [Int32]
    var roundPayments: [Int32]
    /// Per organisation × 90: payments of at least 10 major units by first two digits (10…99).
    var leadingDigits: [Int32]
    /// Per organisation × month slot: net spending (payments, refunds, adjustments).
    var monthSpending: [Int64]
    /// Positive payments on weekends and on holidays.
    var weekendRows: [Int32] = []
    var holidayRows: [Int32] = []

    init(vendors: Int, organisations: Int, monthSlots: Int) {
        payments = Array(repeating: 0, count: vendors)
        roundPayments = Array(repeating: 0, count: vendors)
        leadingDigits = Array(repeating: 0, count: organisations * 90)
        monthSpending = Array(repeating: 0, count: organisations * monthSlots)
    }

    /// Tallies `rows` of `items`.
    ///
    /// - Complexity: O(rows) with a few reads of tables by day, vendor and organisation.
    mutating func add(_ items: LineItemColumns, rows: Range<Int>, calendar: AuditCalendar, roundUnit: Int64, digitFloor: Int64) {
        let monthSlots = calendar.fiscalYearCount * 12
        let firstDay = calendar.dayClass.firstDay
        items.kinds.withUnsafeBufferPointer { kinds in
            items.amounts.withUnsafeBufferPointer { amounts in
                items.dates.withUnsafeBufferPointer { dates in
                    items.vendors.withUnsafeBufferPointer { vendors in
                        items.organisations.withUnsafeBufferPointer { organisations in
                            calendar.dayClass.values.withUnsafeBufferPointer { dayClass in
                                calendar.monthSlot.values.withUnsafeBufferPointer { monthSlot in
                                    for row in rows {
                                        let kind = kinds[row]
                                        guard kind != .obligation else { continue }
                                        let amount = amounts[row]
                                        let day = Int(dates[row] &- firstDay)
                                        let organisation = Int(organisations[row])
                                        monthSpending[organisation &* monthSlots &+ Int(monthSlot[day])] &+= amount
                                        guard kind == .payment, amount > 0 else { continue }
                                        let vendor = Int(vendors[row])
                                        payments[vendor] &+= 1
                                        if amount % roundUnit == 0 { roundPayments[vendor] &+= 1 }
                                        if amount >= digitFloor {
                                            leadingDigits[organisation &* 90 &+ Self.firstTwoDigits(amount) &- 10] &+= 1
                                        }
                                        let dayClass = dayClass[day]
                                        if dayClass != 0 {
                                            if dayClass & AuditCalendar.weekend != 0 { weekendRows.append(Int32(truncatingIfNeeded: row)) }
                                            if dayClass & AuditCalendar.holiday != 0 { holidayRows.append(Int32(truncatingIfNeeded: row)) }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    /// Adds `other`'s counts to these and appends its rows (a later part's) after these.
    mutating func add(_ other: AuditTally) {
        for index in payments.indices {
            payments[index] &+= other.payments[index]
            roundPayments[index] &+= other.roundPayments[index]
        }
        for index in leadingDigits.indices { leadingDigits[index] &+= other.leadingDigits[index] }
        for index in monthSpending.indices { monthSpending[index] &+= other.monthSpending[index] }
        weekendRows += other.weekendRows
        holidayRows += other.holidayRows
    }

    /// The first two digits (10…99) of `amount`, which is at least 10.
    @inline(__always)
    static func firstTwoDigits(_ amount: Int64) -> Int {
        var value = amount
        while value >= 100_000 { value /= 1000 }
        while value >= 100 { value /= 10 }
        return Int(value)
    }
}
