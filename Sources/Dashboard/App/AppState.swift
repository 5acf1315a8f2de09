import Analytics
import LedgerKit
import TerminalCore
import Widgets

/// Something drawn over the panel until a key dismisses it.
public enum Overlay: Hashable, Sendable {
    /// The list of every key.
    case help
}

/// Everything the dashboard shows, as one value: the open ledger, where the user is, and
/// the terminal it is drawn on. ``DashboardApp/update(_:_:)`` changes it; nothing else does.
public struct AppState: Sendable {
    /// The open ledger, ready for queries.
    public let store: LedgerStore
    /// The fiscal years the ledger has data for (with the as-of date's year), ascending.
    public let fiscalYears: [Int]
    /// The panel on screen.
    public var panel: Panel
    /// The steps drilled down from the top level, outermost first; empty at the top.
    public private(set) var drillPath: [DrillStep]
    /// The fiscal year shown.
    public private(set) var fiscalYear: Int
    /// Each panel's selection and scroll offset.
    public var selections: [Panel: SelectionState]
    /// Shown over the panel, if any.
    public var overlay: Overlay?
    /// The terminal's size.
    public var screenSize: Size
    /// Unicode or ASCII, as the terminal's locale allows.
    public var glyphs: Glyphs
    /// A one-line message for the status bar (replacing the as-of date), cleared by the next key.
    public var notice: String?
    /// The Overview's figures for ``fiscalYear`` and the current drill scope.
    public private(set) var overview: OverviewReport

    /// Opens `store` on the Overview, at the top level, in the fiscal year that contains
    /// the publisher's as-of date.
    ///
    /// The ledger must have a publisher (a valid ledger does): its calendar and as-of date
    /// decide the year.
    public init(store: LedgerStore, screenSize: Size = Size(width: 80, height: 24), glyphs: Glyphs = .unicode) {
        let ledger = store.ledger
        guard let publisher = ledger.publisher else { preconditionFailure("a ledger without a publisher cannot be shown") }
        let year = publisher.calendar.fiscalYear(containing: publisher.asOf)
        self.store = store
        fiscalYears = Set(ledger.fiscalYears + [year]).sorted()
        panel = .overview
        drillPath = []
        fiscalYear = year
        selections = [.overview: SelectionState(selected: 0)]
        overlay = nil
        self.screenSize = screenSize
        self.glyphs = glyphs
        notice = nil
        overview = OverviewReport(store: store, fiscalYear: year, scope: nil)
    }

    /// The organisation node the panels are scoped to: the last organisation step of the
    /// drill path, or `nil` at the top level.
    public var organisationScope: Int32? {
        for step in drillPath.reversed() {
            if case .organisation(let node) = step { return node }
        }
        return nil
    }

    /// The current panel's selection (nothing selected if it has none yet).
    public var selection: SelectionState {
        get { selections[panel] ?? SelectionState() }
        set { selections[panel] = newValue }
    }

    /// Names of the drill path for the breadcrumb: `All agencies › Public Works`.
    public var breadcrumb: [String] {
        ["All agencies"] + drillPath.map { step in
            switch step {
            case .organisation(let node): store.name(of: node, in: .organisation)
            }
        }
    }

    /// Goes one step down and shows that step's figures with its first row selected.
    mutating func drill(into step: DrillStep) {
        drillPath.append(step)
        refresh()
        selection = SelectionState(selected: 0)
    }

    /// Goes one step up and selects the row it came from; returns the step left, if any.
    @discardableResult
    mutating func back() -> DrillStep? {
        guard let left = drillPath.popLast() else { return nil }
        refresh()
        if case .organisation(let node) = left, let row = overview.rows.firstIndex(where: { $0.node == node }) {
            selection = SelectionState(selected: row)
        } else {
            selection = SelectionState(selected: 0)
        }
        return left
    }

    /// Shows fiscal year `year` at the same drill scope.
    /// The Overview keeps the same organisation selected when it is still listed.
    mutating func show(fiscalYear year: Int) {
        let selectedNode = selections[.overview]?.selected.flatMap { overview.rows.indices.contains($0) ? overview.rows[$0].node : nil }
        fiscalYear = year
        refresh()
        if let selectedNode, let row = overview.rows.firstIndex(where: { $0.node == selectedNode }) {
            selections[.overview]?.selected = row
        }
    }

    /// Recomputes the Overview's figures for the current year and scope.
    private mutating func refresh() {
        overview = OverviewReport(store: store, fiscalYear: fiscalYear, scope: organisationScope)
    }
}
