import LedgerKit

/// A value per day over a range of days: the by-day lookup that lets a query bucket a line
/// item with one array read instead of calendar arithmetic per row.
struct DayTable<Value> {
    /// The day number of the first day of the table.
    let firstDay: Int32
    /// One value per day from `firstDay` on.
    private(set) var values: [Value]

    /// A table over `days`, every day set to `filler`.
    init(_ days: ClosedRange<CivilDate>, filler: Value) {
        firstDay = days.lowerBound.dayNumber
        values = Array(repeating: filler, count: Int(days.upperBound.dayNumber - firstDay) + 1)
    }

    /// The days the table covers.
    var days: ClosedRange<CivilDate> {
        CivilDate(dayNumber: firstDay)...CivilDate(dayNumber: firstDay + Int32(values.count) - 1)
    }

    /// Sets the days of `range` that lie inside the table to `value`.
    mutating func set(_ range: ClosedRange<CivilDate>, to value: Value) {
        let first = max(range.lowerBound.dayNumber, firstDay)
        let last = min(range.upperBound.dayNumber, firstDay + Int32(values.count) - 1)
        guard first <= last else { return }
        for index in Int(first - firstDay)...Int(last - firstDay) { values[index] = value }
    }
}
