import LedgerKit

extension CivilDate {
    /// The first day of the month `months` after this date's month (before it when negative).
    func firstOfMonth(adding months: Int) -> CivilDate {
        let (year, month, _) = components
        let index = year * 12 + (month - 1) + months
        return CivilDate(year: index / 12, month: index % 12 + 1, day: 1)!
    }

    /// Whether the date is a Saturday or a Sunday.
    var isWeekend: Bool { isoWeekday >= 6 }
}
