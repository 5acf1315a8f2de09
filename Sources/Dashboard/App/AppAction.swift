import TerminalCore
import Widgets

/// What a key asks the dashboard to do.
public enum AppAction: Hashable, Sendable {
    /// Move the selection in the current panel's list.
    case move(SelectionState.Movement)
    /// Show a panel (keys 1–6).
    case showPanel(Panel)
    /// Show the next panel (Tab).
    case nextPanel
    /// Show the previous panel (Shift-Tab).
    case previousPanel
    /// Show the fiscal year before the current one (`[`).
    case previousFiscalYear
    /// Show the fiscal year after the current one (`]`).
    case nextFiscalYear
    /// Drill into the selected row (Enter, Right, `l`).
    case drillIn
    /// Go one drill step back up (Backspace, Escape, Left, `h`).
    case back
    /// Start typing a search (`/`).
    case startSearch
    /// Find the next row matching the last search (`n`).
    case searchNext
    /// Find the previous row matching the last search (`N`).
    case searchPrevious
    /// Start typing a filter, beginning with the current one (`f`).
    case startFilter
    /// Remove the filter (`F`).
    case clearFilter
    /// Sort by the next column (`s`).
    case sortNextColumn
    /// Reverse the sort (`S`).
    case reverseSort
    /// Open the export dialog (`e`).
    case export
    /// Show or hide the list of keys (`?`).
    case toggleHelp
    /// Leave the program (`q`).
    case quit

    /// The action bound to `key`, or `nil` when the key does nothing.
    public init?(key: Key) {
        switch key {
        case .up, .character("k"): self = .move(.previous)
        case .down, .character("j"): self = .move(.next)
        case .pageUp: self = .move(.pageUp)
        case .pageDown: self = .move(.pageDown)
        case .home, .character("g"): self = .move(.first)
        case .end, .character("G"): self = .move(.last)
        case .tab: self = .nextPanel
        case .backTab: self = .previousPanel
        case .character("["): self = .previousFiscalYear
        case .character("]"): self = .nextFiscalYear
        case .enter, .right, .character("l"): self = .drillIn
        case .backspace, .escape, .left, .character("h"): self = .back
        case .character("/"): self = .startSearch
        case .character("n"): self = .searchNext
        case .character("N"): self = .searchPrevious
        case .character("f"): self = .startFilter
        case .character("F"): self = .clearFilter
        case .character("s"): self = .sortNextColumn
        case .character("S"): self = .reverseSort
        case .character("e"): self = .export
        case .character("?"): self = .toggleHelp
        case .character("q"): self = .quit
        case .character(let digit):
            guard let number = digit.wholeNumberValue, let panel = Panel(rawValue: number) else { return nil }
            self = .showPanel(panel)
        default: return nil
        }
    }

    /// Every key and what it does, in the order the help overlay and the README list them.
    public static let keyHelp: [KeyHint] = [
        KeyHint("↑ ↓  k j", "move the selection"),
        KeyHint("PgUp PgDn", "move a screenful"),
        KeyHint("Home End  g G", "first / last row"),
        KeyHint("Enter → l", "drill into the selected row"),
        KeyHint("Bksp Esc ← h", "back up one level"),
        KeyHint("1 2 3 4 5 6", "Overview, Budget, Spending, KPIs, Line items, Audit"),
        KeyHint("Tab  Shift-Tab", "next / previous panel"),
        KeyHint("[  ]", "previous / next fiscal year"),
        KeyHint("/  n N", "search; next / previous match"),
        KeyHint("f  F", "filter (amount>=, date<=, vendor=, words); clear it"),
        KeyHint("s  S", "sort by the next column; reverse the sort"),
        KeyHint("e", "export the screen or the table behind it"),
        KeyHint("?", "this help: / searches it, Esc closes it"),
        KeyHint("q", "quit"),
    ]
}

/// What the event loop should do after an update, besides drawing the new state.
public enum AppEffect: Hashable, Sendable {
    /// Nothing.
    case none
    /// Leave the program.
    case quit
    /// Back was pressed at the top level: close this ledger (the loop returns to the ledger
    /// picker if there was one, and otherwise stays).
    case closeLedger
    /// Write this export of the state returned with it, and put the outcome in the status bar.
    case export(ExportRequest)
}
