import Testing
import Widgets

@Suite("Selection state")
struct SelectionStateTests {
    @Test("previous and next move one row and stop at the ends")
    func stepping() {
        var state = SelectionState(selected: 0)
        state.move(.previous, count: 3, visibleRows: 2)
        #expect(state == SelectionState(selected: 0, offset: 0))
        state.move(.next, count: 3, visibleRows: 2)
        state.move(.next, count: 3, visibleRows: 2)
        #expect(state == SelectionState(selected: 2, offset: 1))
        state.move(.next, count: 3, visibleRows: 2)
        #expect(state == SelectionState(selected: 2, offset: 1))
        state.move(.previous, count: 3, visibleRows: 2)
        #expect(state == SelectionState(selected: 1, offset: 1))
        state.move(.previous, count: 3, visibleRows: 2)
        #expect(state == SelectionState(selected: 0, offset: 0))
    }

    @Test("page moves scroll the window with the selection and stop at the ends")
    func paging() {
        var state = SelectionState(selected: 1)
        state.move(.pageDown, count: 25, visibleRows: 10)
        #expect(state == SelectionState(selected: 11, offset: 10))
        state.move(.pageDown, count: 25, visibleRows: 10)
        #expect(state == SelectionState(selected: 21, offset: 15))
        state.move(.pageDown, count: 25, visibleRows: 10)
        #expect(state == SelectionState(selected: 24, offset: 15))
        state.move(.pageUp, count: 25, visibleRows: 10)
        #expect(state == SelectionState(selected: 14, offset: 5))
        state.move(.pageUp, count: 25, visibleRows: 10)
        state.move(.pageUp, count: 25, visibleRows: 10)
        #expect(state == SelectionState(selected: 0, offset: 0))
    }

    @Test("first and last jump to the ends")
    func ends() {
        var state = SelectionState(selected: 3, offset: 2)
        state.move(.last, count: 40, visibleRows: 10)
        #expect(state == SelectionState(selected: 39, offset: 30))
        state.move(.first, count: 40, visibleRows: 10)
        #expect(state == SelectionState(selected: 0, offset: 0))
    }

    @Test("with nothing selected, last selects the last row and anything else the first")
    func fromNothing() {
        var down = SelectionState()
        down.move(.next, count: 5, visibleRows: 2)
        #expect(down == SelectionState(selected: 0, offset: 0))
        var up = SelectionState()
        up.move(.previous, count: 5, visibleRows: 2)
        #expect(up == SelectionState(selected: 0, offset: 0))
        var last = SelectionState()
        last.move(.last, count: 5, visibleRows: 2)
        #expect(last == SelectionState(selected: 4, offset: 3))
    }

    @Test("with no rows the selection is cleared")
    func noRows() {
        var state = SelectionState(selected: 4, offset: 2)
        state.move(.next, count: 0, visibleRows: 5)
        #expect(state == SelectionState())
        #expect(SelectionState(selected: 4, offset: 2).clamped(count: 0, visibleRows: 5) == SelectionState())
    }

    @Test("clamping keeps the selection in range and visible, with no blank rows below the last", arguments: [
        (SelectionState(selected: 9, offset: 0), 20, 5, SelectionState(selected: 9, offset: 5)),
        (SelectionState(selected: 2, offset: 8), 20, 5, SelectionState(selected: 2, offset: 2)),
        (SelectionState(selected: 30, offset: 0), 20, 5, SelectionState(selected: 19, offset: 15)),
        (SelectionState(selected: -3, offset: -1), 20, 5, SelectionState(selected: 0, offset: 0)),
        (SelectionState(selected: 6, offset: 5), 8, 5, SelectionState(selected: 6, offset: 3)),
        (SelectionState(selected: nil, offset: 12), 8, 5, SelectionState(selected: nil, offset: 3)),
        (SelectionState(selected: 4, offset: 0), 8, 0, SelectionState(selected: 4, offset: 4)),
    ])
    func clamping(state: SelectionState, count: Int, visibleRows: Int, expected: SelectionState) {
        #expect(state.clamped(count: count, visibleRows: visibleRows) == expected)
    }
}
