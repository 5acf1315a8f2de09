import LedgerKit

/// The table behind a view: every row the view lists (not only those on screen), with typed
/// values, so an export can write plain numbers to CSV and JSON and formatted ones to text.
///
/// Each panel builds its table from the same figures it draws (``PanelView/table(_:)``),
/// in the order the panel shows, with the panel's sort applied.
public struct ViewTable: Sendable, Hashable {
    /// One column: its title and what its values are.
    public struct Column: Sendable, Hashable {
        /// The header, as on screen: `Paid`, `Execution %`.
        public let title: String
        /// What the values are, for formatting and for machine-readable exports.
        public let kind: Kind

        /// A column titled `title` holding values of `kind`.
        public init(_ title: String, _ kind: Kind) {
            self.title = title
            self.kind = kind
        }
    }

    /// What a column holds.
    public enum Kind: String, Sendable, Hashable {
        /// Text from the ledger or made by the panel (untrusted: sanitise before writing).
        case text
        /// Money in the ledger's currency, in minor units.
        case money
        /// A count of things.
        case count
        /// A ratio, 0.25 for 25 %.
        case ratio
        /// A number measured in the unit the row names (KPI values).
        case number
        /// A calendar date.
        case date
    }

    /// One cell.
    public enum Value: Sendable, Hashable {
        /// Text.
        case text(String)
        /// Money in minor units of ``ViewTable/currency``.
        case money(Int64)
        /// A count.
        case count(Int)
        /// A ratio (0.25 is 25 %).
        case ratio(Double)
        /// A plain number.
        case number(Double)
        /// A date.
        case date(CivilDate)
        /// No value (no budget, no target …).
        case empty
    }

    /// The view's name, as in an export's file name: `overview`, `budget`, `items`.
    public let view: String
    /// The currency of every money value.
    public let currency: Currency
    /// The columns, left to right.
    public let columns: [Column]
    /// The rows, each with one value per column.
    public let rows: [[Value]]

    /// A table of `rows` under `columns`. Every row must have one value per column.
    public init(view: String, currency: Currency, columns: [Column], rows: [[Value]]) {
        precondition(rows.allSatisfy { $0.count == columns.count }, "every row needs one value per column")
        self.view = view
        self.currency = currency
        self.columns = columns
        self.rows = rows
    }
}
