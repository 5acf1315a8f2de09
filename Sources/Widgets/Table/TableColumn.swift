import TerminalCore

/// How wide a ``Table`` column is.
///
/// Space is handed out in this order: fixed and minimum widths first (left to right),
/// then ``min(_:)`` columns grow towards their content, then ``flex(_:)`` columns share
/// what is left by weight. When even the fixed and minimum widths do not fit, flexible
/// columns are hidden first, then columns from the right; a table left with one column
/// cuts it to the space there is. A column that ends up with no width is hidden, and so
/// is the separator before it.
public enum ColumnWidth: Hashable, Sendable {
    /// Exactly this many columns.
    case fixed(Int)
    /// At least this many columns, and as wide as the widest cell or title when room allows.
    case min(Int)
    /// A share of the space left over, proportional to this weight (at least 1); hidden
    /// when no space is left.
    case flex(Int)
}

/// One column of a ``Table``: its title, width rule and alignment.
public struct TableColumn: Hashable, Sendable {
    /// Text of the header cell.
    public var title: String
    /// How wide the column is.
    public var width: ColumnWidth
    /// Where text sits in the column; ``Alignment/right`` for amounts and counts.
    public var alignment: Alignment

    /// Creates a column.
    ///
    /// - Parameters:
    ///   - title: Text of the header cell.
    ///   - width: How wide the column is; a share of the free space by default.
    ///   - alignment: Where text sits; numbers should be right-aligned.
    public init(_ title: String, width: ColumnWidth = .flex(1), alignment: Alignment = .left) {
        self.title = title
        self.width = width
        self.alignment = alignment
    }
}

/// One cell of a ``Table`` row: text from the data and the role it is shown in.
public struct TableCell: Hashable, Sendable, ExpressibleByStringLiteral {
    /// The text; sanitised by the canvas when drawn.
    public var text: String
    /// The cell's style when its row is not selected.
    public var style: Style

    /// Creates a cell.
    public init(_ text: String, style: Style = .normal) {
        self.text = text
        self.style = style
    }

    /// Creates a cell in the normal style from a literal.
    public init(stringLiteral text: String) {
        self.init(text)
    }
}

/// The order of a sorted column.
public enum SortDirection: Hashable, Sendable {
    /// Smallest first; shown as `▲` (ASCII `^`).
    case ascending
    /// Largest first; shown as `▼` (ASCII `v`).
    case descending
}

/// Which column a ``Table`` is sorted by, shown as an arrow after that column's title.
public struct TableSort: Hashable, Sendable {
    /// Index of the sorted column in ``Table/columns``.
    public var column: Int
    /// The order.
    public var direction: SortDirection

    /// Creates a sort indicator for `column`.
    public init(column: Int, direction: SortDirection) {
        self.column = column
        self.direction = direction
    }
}

/// What stands between neighbouring columns of a ``Table``.
public enum ColumnSeparator: Hashable, Sendable {
    /// One blank column.
    case space
    /// A vertical line (`│`, ASCII `|`) in the border style.
    case line
}
