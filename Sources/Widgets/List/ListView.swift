import TerminalCore

/// One entry of a ``ListView``: text, an optional detail shown muted at the right, and
/// the text's style.
public struct ListItem: Hashable, Sendable {
    /// The main text; sanitised by the canvas when drawn.
    public var text: String
    /// Secondary text, right-aligned; dropped first when the row is narrow.
    public var detail: String?
    /// Style of the main text when the item is not selected.
    public var style: Style

    /// Creates an item.
    public init(_ text: String, detail: String? = nil, style: Style = .normal) {
        self.text = text
        self.detail = detail
        self.style = style
    }
}

/// A selectable, scrolling list, one item per row.
///
/// Each row is the selection marker gutter (`▶`, ASCII `>`, on the selected row), a
/// space, the item's text, and its detail right-aligned with a one-column margin. When a
/// row is too narrow for both, the text keeps at least half the row and the detail is
/// cut with an ellipsis, or dropped when fewer than four of its columns would show.
///
/// ```swift
/// let list = ListView(items: [ListItem("Riverton", detail: "USD · FY2025")],
///                     state: SelectionState(selected: 0))
/// list.render(into: &canvas, area: Rect(x: 0, y: 0, width: 26, height: 1))
/// // ▶ Riverton   USD · FY2025
/// ```
public struct ListView: Sendable {
    /// The items, top to bottom.
    public var items: [ListItem]
    /// The selected item and the scroll offset.
    public var state: SelectionState
    /// Shown, muted, when there are no items.
    public var emptyMessage: String

    /// Creates a list.
    public init(items: [ListItem], state: SelectionState = SelectionState(), emptyMessage: String = "Nothing to show") {
        self.items = items
        self.state = state
        self.emptyMessage = emptyMessage
    }

    /// Items an area shows at once: the page size for scrolling.
    public static func visibleRowCount(in area: Rect) -> Int {
        area.height
    }

    /// Draws as many items as fit in `area`, scrolled so that the selected item is
    /// visible. Nothing is drawn outside `area`.
    public func render(into canvas: inout Canvas, area: Rect) {
        let area = area.intersection(canvas.bounds)
        guard !area.isEmpty else { return }
        canvas.fill(area)
        guard !items.isEmpty else {
            canvas.put(emptyMessage, x: area.x + 2, y: area.y, maxWidth: area.width - 3, style: .muted, overflow: .ellipsis)
            return
        }
        let window = state.clamped(count: items.count, visibleRows: area.height)
        for line in 0..<min(area.height, items.count - window.offset) {
            let index = window.offset + line
            drawItem(items[index], in: area.row(line), selected: index == window.selected, into: &canvas)
        }
    }

    private func drawItem(_ item: ListItem, in row: Rect, selected: Bool, into canvas: inout Canvas) {
        if selected {
            canvas.fill(row, style: .selection)
            canvas.put(canvas.glyphs.selectionMarker, x: row.x, y: row.y, maxWidth: 1, style: .selection)
        }
        let room = row.width - 3
        guard room > 0 else { return }
        let textWidth = canvas.displayWidth(of: item.text)
        let detailWidth = item.detail.map { canvas.displayWidth(of: $0) } ?? 0
        var textRoom = room
        if let detail = item.detail, detailWidth > 0 {
            let kept = textWidth + 2 + detailWidth <= room ? textWidth : min(textWidth, max(room / 2, room - 2 - detailWidth))
            let detailRoom = min(detailWidth, room - kept - 2)
            if detailRoom >= min(detailWidth, 4) {
                textRoom = kept
                canvas.putAligned(
                    detail, .right, x: row.maxX - 1 - detailRoom, y: row.y, width: detailRoom,
                    style: selected ? .selection : .muted)
            }
        }
        canvas.put(item.text, x: row.x + 2, y: row.y, maxWidth: textRoom, style: selected ? .selection : item.style, overflow: .ellipsis)
    }
}
