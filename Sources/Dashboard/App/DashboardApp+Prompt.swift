import Foundation
import TerminalCore
import Widgets

extension DashboardApp {
    /// The longest line a prompt takes, in characters.
    static let promptLimit = 200

    /// Edits the open prompt with `key`: printable characters are typed, Backspace deletes,
    /// Enter runs the search or applies the filter, Escape closes the prompt unchanged.
    static func edit(_ state: inout AppState, with key: Key) {
        guard var prompt = state.prompt else { return }
        switch key {
        case .character(let character) where !character.isNewline && prompt.text.count < promptLimit:
            prompt.text.append(character)
            state.prompt = prompt
        case .backspace:
            if prompt.text.isEmpty { state.prompt = nil } else { prompt.text.removeLast(); state.prompt = prompt }
        case .escape:
            state.prompt = nil
        case .enter:
            state.prompt = nil
            commit(prompt, to: &state)
        default:
            break
        }
    }

    /// Runs a finished prompt.
    private static func commit(_ prompt: Prompt, to state: inout AppState) {
        let text = prompt.text.trimmingCharacters(in: .whitespaces)
        switch prompt.purpose {
        case .search:
            guard !text.isEmpty else { return }
            state.search = text
            findNext(in: &state, forward: true)
        case .filter:
            do {
                let filter = try ViewFilter(parsing: text, currency: state.store.ledger.currency)
                state.apply(filter: filter)
                state.notice = filter.isEmpty ? "Filter cleared" : "Filter: \(filter.text(currency: state.store.ledger.currency))"
            } catch {
                state.notice = error.description
            }
        }
    }

    /// Selects the next (or previous) row after the selected one whose search text contains
    /// the last search, case-insensitively, wrapping around the list.
    static func findNext(in state: inout AppState, forward: Bool) {
        guard let query = state.search else {
            state.notice = "No search yet: press / to search"
            return
        }
        let view = state.panel.view
        guard case let count = view.rowCount(state), count > 0 else {
            state.notice = "Not found: '\(query)'"
            return
        }
        let start = state.selection.selected ?? (forward ? -1 : count)
        let searched = state
        let matches = view.searchMatcher(searched, query: query) ?? { row in
            view.searchText(searched, row: row).range(of: query, options: [.caseInsensitive, .diacriticInsensitive]) != nil
        }
        for step in 1...count {
            let row = ((start + (forward ? step : -step)) % count + count) % count
            if matches(row) {
                if forward && row <= start || !forward && row >= start { state.notice = "Search wrapped: '\(query)'" }
                select(row, count: count, in: &state, view: view)
                return
            }
        }
        state.notice = "Not found: '\(query)'"
    }

    /// Selects `row`, scrolling it into view.
    private static func select(_ row: Int, count: Int, in state: inout AppState, view: any PanelView.Type) {
        var selection = state.selection
        selection.selected = row
        state.selection = selection.clamped(count: count, visibleRows: view.visibleRows(state))
    }

    /// Sorts the panel by the column after the current sort column (the first when unsorted),
    /// descending (largest amounts first).
    static func sortByNextColumn(_ state: inout AppState) {
        let columns = state.panel.view.sortColumns(state)
        guard !columns.isEmpty else {
            state.notice = "\(state.panel.title) has a fixed order"
            return
        }
        let next = state.sort(for: state.panel).map { ($0.column + 1) % columns.count } ?? 0
        state.apply(sort: TableSort(column: next, direction: .descending))
        state.notice = "Sorted by \(columns[next]), descending"
    }

    /// Reverses the panel's sort (sorting by its first column when unsorted).
    static func reverseSort(_ state: inout AppState) {
        let columns = state.panel.view.sortColumns(state)
        guard !columns.isEmpty else {
            state.notice = "\(state.panel.title) has a fixed order"
            return
        }
        let current = state.sort(for: state.panel) ?? TableSort(column: 0, direction: .descending)
        let reversed = TableSort(column: current.column, direction: current.direction == .ascending ? .descending : .ascending)
        state.apply(sort: reversed)
        state.notice = "Sorted by \(columns[reversed.column]), \(reversed.direction == .ascending ? "ascending" : "descending")"
    }
}
