import TerminalCore
import Widgets

/// The ledger picker screen: its pure update functions and its rendering.
///
/// Keys: Up/Down or `k`/`j` move, Home/End jump to the ends, Page Up/Page Down move a
/// screenful, Enter opens the selected ledger, `q` or Escape quits.
public enum LedgerPicker {
    /// The state after `key`, and what the event loop should do. Does no I/O.
    ///
    /// ```swift
    /// let (next, action) = LedgerPicker.update(state, .down)
    /// ```
    public static func update(_ state: LedgerPickerState, _ key: Key) -> (LedgerPickerState, LedgerPickerAction) {
        var next = state
        let movement: SelectionState.Movement
        switch key {
        case .up, .character("k"): movement = .previous
        case .down, .character("j"): movement = .next
        case .pageUp: movement = .pageUp
        case .pageDown: movement = .pageDown
        case .home: movement = .first
        case .end: movement = .last
        case .enter:
            return (state, state.selection.selected.map { .open($0) } ?? .none)
        case .character("q"), .escape:
            return (state, .quit)
        default:
            return (state, .none)
        }
        next.selection.move(movement, count: state.entries.count, visibleRows: state.visibleRows)
        return (next, .none)
    }

    /// The state after `event`: keys as in ``update(_:_:)``, a resize recorded (and the
    /// selection kept in view), a request to terminate turned into ``LedgerPickerAction/quit``.
    public static func update(_ state: LedgerPickerState, event: Event) -> (LedgerPickerState, LedgerPickerAction) {
        switch event {
        case .key(let key):
            return update(state, key)
        case .resize(let size):
            var next = state
            next.screenSize = size
            next.selection = next.selection.clamped(count: next.entries.count, visibleRows: next.visibleRows)
            return (next, .none)
        case .terminate:
            return (state, .quit)
        }
    }

    /// Draws the picker over the whole canvas: a title bar, the ledgers in a box titled
    /// with the folder, and a status bar with key hints and the position in the list.
    public static func render(_ state: LedgerPickerState, into canvas: inout Canvas) {
        canvas.clear()
        let layout = Layout(screen: canvas.bounds)
        TitleBar(context: "Choose a ledger").render(into: &canvas, area: layout.title)
        if layout.box.height > 0 {
            canvas.drawBox(layout.box, title: "Ledgers in " + state.folder)
        }
        ListView(
            items: state.entries.map { ListItem($0.title, detail: $0.subtitle) },
            state: state.selection,
            emptyMessage: "No ledgers found in this folder"
        ).render(into: &canvas, area: layout.list)
        let position = state.selection.selected.map { "\($0 + 1) of \(state.entries.count)" } ?? "no ledgers"
        StatusBar(
            hints: [KeyHint("↑↓", "move"), KeyHint("Enter", "open"), KeyHint("q", "quit")],
            status: position
        ).render(into: &canvas, area: layout.status)
    }

    /// Where the parts of the picker go on a screen.
    struct Layout {
        /// The top row.
        let title: Rect
        /// The box around the list, between the title and the status bar.
        let box: Rect
        /// The inside of the box.
        let list: Rect
        /// The bottom row.
        let status: Rect

        init(screen: Rect) {
            let (title, rest) = screen.splitTop(1)
            let (box, status) = rest.splitBottom(1)
            self.title = title
            self.box = box
            self.list = box.inset(by: 1)
            self.status = status
        }
    }
}
