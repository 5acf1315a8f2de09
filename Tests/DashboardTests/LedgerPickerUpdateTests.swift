import Testing
import TerminalCore
import Widgets
import Dashboard

@Suite("Ledger picker keys")
struct LedgerPickerUpdateTests {
    /// The picker over `count` numbered ledgers at 80x24 (20 visible rows) with `selected` selected.
    func picker(count: Int, selected: Int?, offset: Int = 0) -> LedgerPickerState {
        var state = LedgerPickerState(folder: "ledgers", entries: numberedEntries(count))
        state.selection = SelectionState(selected: selected, offset: offset)
        return state
    }

    @Test("movement keys move the selection and stop at the ends", arguments: [
        (3, 0, Key.down, 1),
        (3, 0, .character("j"), 1),
        (3, 2, .down, 2),
        (3, 1, .up, 0),
        (3, 1, .character("k"), 0),
        (3, 0, .up, 0),
        (3, 1, .home, 0),
        (3, 0, .end, 2),
        (30, 0, .pageDown, 20),
        (30, 20, .pageDown, 29),
        (30, 25, .pageUp, 5),
        (30, 5, .pageUp, 0),
    ])
    func movement(count: Int, from: Int, key: Key, to: Int) {
        let (next, action) = LedgerPicker.update(picker(count: count, selected: from), key)
        #expect(next.selection.selected == to)
        #expect(action == .none)
    }

    @Test("Page Down moves a screenful and scrolls with it")
    func pageScrolls() {
        let (next, _) = LedgerPicker.update(picker(count: 30, selected: 0), .pageDown)
        #expect(next.selection == SelectionState(selected: 20, offset: 10))
        #expect(next.visibleRows == 20)
    }

    @Test("Enter opens the selected ledger; q and Escape quit; other keys do nothing")
    func actions() {
        let state = picker(count: 3, selected: 1)
        #expect(LedgerPicker.update(state, .enter) == (state, .open(1)))
        #expect(LedgerPicker.update(state, .character("q")) == (state, .quit))
        #expect(LedgerPicker.update(state, .escape) == (state, .quit))
        #expect(LedgerPicker.update(state, .character("x")) == (state, .none))
        #expect(LedgerPicker.update(state, .character("Q")) == (state, .none))
        #expect(LedgerPicker.update(state, .tab) == (state, .none))
    }

    @Test("with no ledgers, Enter does nothing and movement keeps nothing selected")
    func empty() {
        let state = LedgerPickerState(folder: "empty", entries: [])
        #expect(state.selection.selected == nil)
        #expect(LedgerPicker.update(state, .enter) == (state, .none))
        #expect(LedgerPicker.update(state, .down).0.selection.selected == nil)
        #expect(LedgerPicker.update(state, .character("q")).1 == .quit)
    }

    @Test("a new picker selects the first ledger")
    func initialSelection() {
        let state = LedgerPickerState(folder: "sample-data", entries: sampleEntries)
        #expect(state.selection == SelectionState(selected: 0, offset: 0))
        #expect(LedgerPicker.update(state, .enter).1 == .open(0))
    }

    @Test("a resize changes the page size and keeps the selection in view")
    func resize() {
        let state = picker(count: 30, selected: 25, offset: 10)
        let (smaller, action) = LedgerPicker.update(state, event: .resize(Size(width: 80, height: 10)))
        #expect(action == .none)
        #expect(smaller.screenSize == Size(width: 80, height: 10))
        #expect(smaller.visibleRows == 6)
        #expect(smaller.selection == SelectionState(selected: 25, offset: 20))
        #expect(LedgerPicker.update(smaller, .pageUp).0.selection == SelectionState(selected: 19, offset: 14))
    }

    @Test("events: keys as keys, terminate quits")
    func events() {
        let state = picker(count: 3, selected: 0)
        #expect(LedgerPicker.update(state, event: .key(.down)).0.selection.selected == 1)
        #expect(LedgerPicker.update(state, event: .terminate) == (state, .quit))
    }
}
