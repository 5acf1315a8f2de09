import TerminalCore
import Widgets

/// The Budget panel's columns for a screen width: as many as fit, most important first, in a
/// fixed left-to-right order.
///
/// First the name, revised, paid, execution rate and bar, variance and flags (when a row has
/// one); then the name grows to 26; then projection, remaining, adopted and variance rate. Amount
/// columns start 10 wide (`$1,223.1M`, `-¥1,599.7M`); room left over widens them up to the
/// width of whole units (`$1,212,579,300`), then the name up to 40, then the bar up to 24, then
/// the name again.
struct BudgetColumns {
    /// A column of the panel.
    enum Column: CaseIterable {
        case name, adopted, revised, paid, remaining, executed, bar, projection, variance, varianceRate, flags

        /// Whether the column holds an amount.
        var isMoney: Bool {
            switch self {
            case .adopted, .revised, .paid, .remaining, .projection, .variance: true
            default: false
            }
        }

        /// Names, bars and flags flush left; figures flush right.
        var alignment: Alignment {
            switch self {
            case .name, .bar, .flags: .left
            default: .right
            }
        }

        /// The header over the column.
        func title(classification: String) -> String {
            switch self {
            case .name: classification.prefix(1).uppercased() + classification.dropFirst()
            case .adopted: "Adopted"
            case .revised: "Revised"
            case .paid: "Paid"
            case .remaining: "Remaining"
            case .executed: "Exec %"
            case .bar: ""
            case .projection: "Projection"
            case .variance: "Variance"
            case .varianceRate: "Var %"
            case .flags: "Flags"
            }
        }

        /// The sort measure the column shows, if any.
        var measure: BudgetSort.Measure? {
            switch self {
            case .name: .name
            case .adopted: .adopted
            case .revised: .revised
            case .paid: .paid
            case .remaining: .remaining
            case .executed: .execution
            case .projection: .projection
            case .variance: .variance
            case .bar, .varianceRate, .flags: nil
            }
        }
    }

    /// The columns shown, left to right, with their widths.
    let shown: [(column: Column, width: Int)]

    /// Lays out columns in `width` screen columns (one of them the selection gutter), the
    /// flags column `flagWidth` wide (left out when 0), amounts at most `moneyWidth` wide.
    init(width: Int, flagWidth: Int, moneyWidth: Int) {
        let base: [Column: Int] = [.name: 16, .executed: 7, .bar: 6, .varianceRate: 7, .flags: flagWidth]
        var widths: [Column: Int] = [:]
        var room = width - 1
        func grow(_ column: Column, upTo limit: Int) {
            guard let current = widths[column] else { return }
            let extra = max(0, min(room, limit - current))
            widths[column] = current + extra
            room -= extra
        }
        func add(_ columns: [Column]) {
            for column in columns {
                let wanted = base[column] ?? 10
                let separator = widths.isEmpty ? 0 : 1
                guard wanted > 0, wanted + separator <= room else { continue }
                room -= wanted + separator
                widths[column] = wanted
            }
        }
        add([.name, .revised, .paid, .executed, .bar, .variance, .flags])
        grow(.name, upTo: 26)
        add([.projection, .remaining, .adopted, .varianceRate])
        let money = widths.keys.filter(\.isMoney)
        while !money.isEmpty, room >= money.count, let current = money.first.flatMap({ widths[$0] }), current < moneyWidth {
            for column in money { widths[column] = current + 1 }
            room -= money.count
        }
        grow(.name, upTo: 40)
        grow(.bar, upTo: 24)
        grow(.name, upTo: .max)
        shown = Column.allCases.compactMap { column in widths[column].map { (column, $0) } }
    }

    /// The first screen column of each shown column, for a row starting at `x` (the gutter).
    func positions(from x: Int) -> [Int] {
        var cursor = x + 1
        return shown.map { entry in
            defer { cursor += entry.width + 1 }
            return cursor
        }
    }
}
