import TerminalCore

/// A table with a header row, aligned columns, a highlighted selection and vertical
/// scrolling.
///
/// Widths come from each column's ``ColumnWidth`` rule; text is cut with an ellipsis by
/// display columns, so double-width text (Japanese names) keeps every column edge in
/// place. The selected row is drawn in the ``Style/selection`` role edge to edge and, as
/// that role is invisible in a text snapshot, marked with `▶` (ASCII `>`) in a one-column
/// gutter left of the first column.
///
/// ```swift
/// let table = Table(
///     columns: [TableColumn("Program", width: .flex(1)),
///               TableColumn("Paid", width: .min(10), alignment: .right)],
///     rows: [["Public Works", "$911.0M"], ["Housing", "$44.9M"]],
///     state: SelectionState(selected: 1))
/// table.render(into: &canvas, area: Rect(x: 0, y: 0, width: 26, height: 3))
/// //  Program              Paid
/// //  Public Works      $911.0M
/// // ▶Housing            $44.9M
/// ```
public struct Table: Sendable {
    /// The columns, left to right.
    public var columns: [TableColumn]
    /// The rows; each holds one cell per column (missing cells are blank, extra ones ignored).
    public var rows: [[TableCell]]
    /// The selected row and the scroll offset.
    public var state: SelectionState
    /// The column the rows are sorted by, marked in its header.
    public var sort: TableSort?
    /// What stands between columns.
    public var separator: ColumnSeparator
    /// Shown, muted, in place of the rows when there are none.
    public var emptyMessage: String
    /// Whether to keep a one-column gutter at the left for the selection marker.
    public var showsSelectionMarker: Bool

    /// Creates a table.
    ///
    /// - Parameters:
    ///   - columns: The columns, left to right.
    ///   - rows: The rows of cells.
    ///   - state: Selection and scroll offset; nothing selected by default.
    ///   - sort: The sorted column, if any.
    ///   - separator: What stands between columns.
    ///   - emptyMessage: Shown when there are no rows.
    ///   - showsSelectionMarker: Whether to keep the marker gutter.
    public init(
        columns: [TableColumn], rows: [[TableCell]], state: SelectionState = SelectionState(),
        sort: TableSort? = nil, separator: ColumnSeparator = .space, emptyMessage: String = "No rows",
        showsSelectionMarker: Bool = true
    ) {
        self.columns = columns
        self.rows = rows
        self.state = state
        self.sort = sort
        self.separator = separator
        self.emptyMessage = emptyMessage
        self.showsSelectionMarker = showsSelectionMarker
    }

    /// Rows of data an area shows below the header: the page size for scrolling.
    public static func visibleRowCount(in area: Rect) -> Int {
        max(0, area.height - 1)
    }

    /// Draws the header in the first row of `area` and as many rows as fit below it,
    /// scrolled so that the selected row is visible. Nothing is drawn outside `area`.
    ///
    /// - Complexity: O(rows × columns) when a column is ``ColumnWidth/min(_:)`` (its
    ///   content is measured), otherwise O(visible rows × columns).
    public func render(into canvas: inout Canvas, area: Rect) {
        let area = area.intersection(canvas.bounds)
        guard !area.isEmpty else { return }
        canvas.fill(area)
        let placements = columnPlacements(widths: columnWidths(forWidth: area.width, on: canvas), x: area.x)
        for placement in placements {
            let title = headerText(column: placement.column, width: placement.width, canvas: canvas)
            canvas.putAligned(
                title, columns[placement.column].alignment, x: placement.x, y: area.y, width: placement.width,
                style: .header)
        }
        drawSeparators(placements, y: area.y, style: .border, into: &canvas)
        let body = area.inset(top: 1)
        guard !body.isEmpty else { return }
        guard !rows.isEmpty else {
            canvas.put(
                emptyMessage, x: body.x + markerWidth, y: body.y, maxWidth: body.width - markerWidth, style: .muted,
                overflow: .ellipsis)
            return
        }
        let window = state.clamped(count: rows.count, visibleRows: body.height)
        for line in 0..<min(body.height, rows.count - window.offset) {
            let index = window.offset + line
            let row = Rect(x: body.x, y: body.y + line, width: body.width, height: 1)
            drawRow(rows[index], in: row, selected: index == window.selected, placements: placements, into: &canvas)
        }
    }

    /// Columns taken by the selection-marker gutter.
    var markerWidth: Int { showsSelectionMarker ? 1 : 0 }

    /// A visible column: its index, first canvas column and width.
    private struct Placement {
        let column: Int
        let x: Int
        let width: Int
    }

    /// Where the visible (non-zero-width) columns start, one separator column apart.
    private func columnPlacements(widths: [Int], x: Int) -> [Placement] {
        var placements: [Placement] = []
        var cursor = x + markerWidth
        for (column, width) in widths.enumerated() where width > 0 {
            if !placements.isEmpty {
                cursor += 1
            }
            placements.append(Placement(column: column, x: cursor, width: width))
            cursor += width
        }
        return placements
    }

    /// The header text of `column` in `width` columns, with the sort arrow kept visible.
    private func headerText(column: Int, width: Int, canvas: Canvas) -> String {
        guard let sort, sort.column == column else { return columns[column].title }
        let arrow = sort.direction == .ascending ? canvas.glyphs.sortAscending : canvas.glyphs.sortDescending
        guard width > 2 else { return arrow }
        return canvas.truncated(columns[column].title, toColumns: width - 2) + " " + arrow
    }

    private func drawRow(_ cells: [TableCell], in row: Rect, selected: Bool, placements: [Placement], into canvas: inout Canvas) {
        if selected {
            canvas.fill(row, style: .selection)
            if showsSelectionMarker {
                canvas.put(canvas.glyphs.selectionMarker, x: row.x, y: row.y, maxWidth: 1, style: .selection)
            }
        }
        for placement in placements {
            let cell = placement.column < cells.count ? cells[placement.column] : TableCell("")
            canvas.putAligned(
                cell.text, columns[placement.column].alignment, x: placement.x, y: row.y, width: placement.width,
                style: selected ? .selection : cell.style)
        }
        drawSeparators(placements, y: row.y, style: selected ? .selection : .border, into: &canvas)
    }

    private func drawSeparators(_ placements: [Placement], y: Int, style: Style, into canvas: inout Canvas) {
        guard separator == .line else { return }
        for placement in placements.dropFirst() {
            canvas.drawVerticalLine(x: placement.x - 1, y: y, length: 1, style: style)
        }
    }
}
