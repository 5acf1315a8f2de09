/// Which row of a ``Table`` or item of a ``ListView`` is selected, and which row is at
/// the top of the visible window.
///
/// The state lives with the screen, not with the widget: screens change it in their pure
/// update function with ``move(_:count:visibleRows:)`` and hand it to the widget when
/// rendering. The widget draws ``clamped(count:visibleRows:)``, so the selection is
/// always visible even if the stored offset is stale (after a resize, say).
///
/// ```swift
/// var selection = SelectionState(selected: 0)
/// selection.move(.pageDown, count: rows.count, visibleRows: Table.visibleRowCount(in: area))
/// Table(columns: columns, rows: rows, state: selection).render(into: &canvas, area: area)
/// ```
public struct SelectionState: Hashable, Sendable {
    /// A change of selection asked for by the user.
    public enum Movement: Hashable, Sendable {
        /// One row up.
        case previous
        /// One row down.
        case next
        /// One window up; the view scrolls by the same amount.
        case pageUp
        /// One window down; the view scrolls by the same amount.
        case pageDown
        /// The first row.
        case first
        /// The last row.
        case last
    }

    /// Index of the selected row, or `nil` when nothing is selected (or there are no rows).
    public var selected: Int?
    /// Index of the row shown at the top of the window.
    public var offset: Int

    /// Creates a state; by default nothing is selected and the first row is at the top.
    public init(selected: Int? = nil, offset: Int = 0) {
        self.selected = selected
        self.offset = offset
    }

    /// Moves the selection over `count` rows of which `visibleRows` fit on screen, and
    /// scrolls just enough to keep it visible.
    ///
    /// Moving stops at the first and last row (no wrap-around). With nothing selected,
    /// ``Movement/last`` selects the last row and every other movement the first. With
    /// no rows, the selection becomes `nil`.
    public mutating func move(_ movement: Movement, count: Int, visibleRows: Int) {
        guard count > 0 else {
            self = SelectionState()
            return
        }
        let page = max(1, visibleRows)
        let last = count - 1
        guard let current = selected.map({ min(max(0, $0), last) }) else {
            selected = movement == .last ? last : 0
            self = clamped(count: count, visibleRows: visibleRows)
            return
        }
        let target = switch movement {
        case .previous: max(0, current - 1)
        case .next: min(last, current + 1)
        case .pageUp: max(0, current - page)
        case .pageDown: min(last, current + page)
        case .first: 0
        case .last: last
        }
        if movement == .pageUp || movement == .pageDown {
            offset += target - current
        }
        selected = target
        self = clamped(count: count, visibleRows: visibleRows)
    }

    /// This state made valid for `count` rows of which `visibleRows` fit on screen: the
    /// selection inside the rows, the offset as close to the stored one as keeps the
    /// selection visible, and no blank rows below the last row when it can be avoided.
    ///
    /// - Complexity: O(1).
    public func clamped(count: Int, visibleRows: Int) -> SelectionState {
        guard count > 0 else { return SelectionState() }
        let window = max(1, visibleRows)
        let row = selected.map { min(max(0, $0), count - 1) }
        var top = min(max(0, offset), max(0, count - window))
        if let row {
            if row < top {
                top = row
            } else if row >= top + window {
                top = row - window + 1
            }
        }
        return SelectionState(selected: row, offset: top)
    }
}
