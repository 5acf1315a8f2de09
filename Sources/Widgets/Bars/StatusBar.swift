import TerminalCore

/// A key and what it does, as shown in a ``StatusBar``: `Enter open`.
public struct KeyHint: Hashable, Sendable {
    /// The key as the user reads it: `"Enter"`, `"q"`, `"1-5"`.
    public var key: String
    /// What the key does.
    public var label: String

    /// Creates a hint.
    public init(_ key: String, _ label: String) {
        self.key = key
        self.label = label
    }
}

/// The bottom line of a screen: key hints at the left, a status message at the right.
///
/// The status wins when space is short: it is shown whole if it fits (cut with an
/// ellipsis otherwise), and the hints that still fit after it are shown, whole, in order;
/// the rest are left out. The row is painted in ``style`` edge to edge, keys in bold.
///
/// ```swift
/// StatusBar(hints: [KeyHint("Enter", "open"), KeyHint("q", "quit")], status: "2 of 5")
///     .render(into: &canvas, area: Rect(x: 0, y: 23, width: 40, height: 1))
/// // " Enter open  q quit              2 of 5 "
/// ```
public struct StatusBar: Sendable {
    /// Key hints, most important first.
    public var hints: [KeyHint]
    /// The message at the right: a count, a filter, the result of the last action.
    public var status: String
    /// Style of the whole row.
    public var style: Style

    /// Creates a status bar.
    public init(hints: [KeyHint], status: String = "", style: Style = .status) {
        self.hints = hints
        self.status = status
        self.style = style
    }

    /// Draws the bar in the first row of `area`.
    public func render(into canvas: inout Canvas, area: Rect) {
        let row = area.intersection(canvas.bounds).row(0)
        guard !row.isEmpty else { return }
        canvas.fill(row, style: style)
        let room = row.width - 2
        guard room > 0 else { return }
        let shownStatus = canvas.truncated(status, toColumns: room)
        let statusWidth = DisplayWidth.of(shownStatus)
        canvas.put(shownStatus, x: row.maxX - 1 - statusWidth, y: row.y, style: style)
        let hintRoom = statusWidth > 0 ? room - statusWidth - 2 : room
        var used = 0
        for hint in hints {
            let gap = used > 0 ? 2 : 0
            let width = canvas.displayWidth(of: hint.key) + 1 + canvas.displayWidth(of: hint.label)
            guard used + gap + width <= hintRoom else { break }
            var x = row.x + 1 + used + gap
            x += canvas.put(hint.key, x: x, y: row.y, style: style.bolded())
            canvas.put(hint.label, x: x + 1, y: row.y, style: style)
            used += gap + width
        }
    }
}
