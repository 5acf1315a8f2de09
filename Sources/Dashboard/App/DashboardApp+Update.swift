import TerminalCore
import Widgets

/// The dashboard: its pure update function and its rendering (`DashboardApp+Render.swift`).
///
/// The event loop reads an event, calls ``update(_:_:)``, acts on the returned
/// ``AppEffect``, and draws the new state with ``render(_:into:)``.
public enum DashboardApp {
    /// The state after `event`, and what the event loop should do. Does no I/O.
    ///
    /// A key first clears the previous notice. While a prompt is open, keys edit it; while
    /// the help overlay is shown, keys scroll or search it and any other key closes it. Then the panel's own keys, then the
    /// dashboard's. A resize records the size; a request to terminate quits.
    ///
    /// ```swift
    /// let (next, effect) = DashboardApp.update(state, .key(.enter))
    /// ```
    public static func update(_ state: AppState, _ event: Event) -> (AppState, AppEffect) {
        var next = state
        switch event {
        case .resize(let size):
            next.screenSize = size
            return (next, .none)
        case .terminate:
            return (state, .quit)
        case .key(let key):
            next.notice = nil
            if next.prompt != nil {
                edit(&next, with: key)
                return (next, .none)
            }
            if case .export(let dialog) = next.overlay {
                let effect = editExportDialog(&next, dialog, with: key)
                return (next, effect)
            }
            if case .help(let help) = next.overlay {
                let area = FrameLayout(screen: Rect(size: next.screenSize)).panel
                next.overlay = HelpOverlay.update(help, key: key, panel: next.panel, area: area).map(Overlay.help)
                return (next, .none)
            }
            if next.panel.view.handle(key, in: &next) { return (next, .none) }
            guard let action = AppAction(key: key) else { return (next, .none) }
            let effect = apply(action, to: &next)
            return (next, effect)
        }
    }

    /// Applies `action` to `state`.
    static func apply(_ action: AppAction, to state: inout AppState) -> AppEffect {
        switch action {
        case .move(let movement):
            let view = state.panel.view
            state.selection.move(movement, count: view.rowCount(state), visibleRows: view.visibleRows(state))
        case .showPanel(let panel):
            show(panel, in: &state)
        case .nextPanel:
            show(state.panel.next, in: &state)
        case .previousPanel:
            show(state.panel.previous, in: &state)
        case .previousFiscalYear:
            stepFiscalYear(by: -1, in: &state)
        case .nextFiscalYear:
            stepFiscalYear(by: 1, in: &state)
        case .drillIn:
            drillIn(&state)
        case .back:
            if state.back() == nil { return .closeLedger }
        case .startSearch:
            state.prompt = Prompt(purpose: .search, text: "")
        case .searchNext:
            findNext(in: &state, forward: true)
        case .searchPrevious:
            findNext(in: &state, forward: false)
        case .startFilter:
            state.prompt = Prompt(purpose: .filter, text: state.filter.text(currency: state.store.ledger.currency))
        case .clearFilter:
            state.apply(filter: ViewFilter())
            state.notice = "Filter cleared"
        case .sortNextColumn:
            sortByNextColumn(&state)
        case .reverseSort:
            reverseSort(&state)
        case .export:
            openExportDialog(&state)
        case .toggleHelp:
            state.overlay = .help(HelpView())
        case .quit:
            return .quit
        }
        return .none
    }

    /// Drills into the selected row: a vendor, a line item or an audit finding opens the Line
    /// items panel, a KPI the KPIs panel, an audit rule the Audit panel, a hierarchy node stays on the panel unless the panel names another
    /// (``PanelView/destination(_:row:)``).
    private static func drillIn(_ state: inout AppState) {
        let view = state.panel.view
        guard let row = state.selection.selected, let step = view.drillStep(state, row: row) else {
            state.notice = "Nothing below this row"
            return
        }
        switch step {
        case .vendor, .lineItem: state.drill(into: step, showing: .lineItems)
        case .kpi: state.drill(into: step, showing: .kpis)
        case .auditRule: state.drill(into: step, showing: .audit)
        case .finding: state.drill(into: step, showing: .lineItems)
        case .node: state.drill(into: step, showing: view.destination(state, row: row))
        }
    }

    /// Shows `panel` with its figures up to date.
    private static func show(_ panel: Panel, in state: inout AppState) {
        state.show(panel)
    }

    /// Moves to the neighbouring fiscal year with data, or says there is none.
    private static func stepFiscalYear(by offset: Int, in state: inout AppState) {
        let years = state.fiscalYears
        guard let index = years.firstIndex(of: state.fiscalYear), years.indices.contains(index + offset) else {
            state.notice = offset < 0 ? "No earlier fiscal year in this ledger" : "No later fiscal year in this ledger"
            return
        }
        state.show(fiscalYear: years[index + offset])
    }
}
