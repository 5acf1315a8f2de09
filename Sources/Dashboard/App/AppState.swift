import Analytics
import LedgerKit
import TerminalCore
import Widgets

/// Something drawn over the panel until a key dismisses it.
public enum Overlay: Hashable, Sendable {
    /// The list of every key, scrolled and narrowed as the user asked.
    case help(HelpView)
    /// The export dialog (`e`).
    case export(ExportDialog)
}

/// Everything the dashboard shows, as one value: the open ledger, where the user is, and
/// the terminal it is drawn on. ``DashboardApp/update(_:_:)`` changes it; nothing else does.
///
/// The drill path, the fiscal year and the filter are shared by every panel: drill into an
/// agency on the Budget panel, switch to Spending, and it shows that agency's spending.
/// Each panel keeps its own selection and sort. Panels compute their figures when the
/// context changes (``PanelView/refresh(_:)``), never while drawing.
public struct AppState: Sendable {
    /// The open ledger, ready for queries.
    public let store: LedgerStore
    /// The fiscal years the ledger has data for (with the as-of date's year), ascending.
    public let fiscalYears: [Int]
    /// The panel on screen.
    public internal(set) var panel: Panel
    /// The steps drilled down from the top level, outermost first; empty at the top.
    public private(set) var drillPath: [DrillLevel]
    /// The fiscal year shown.
    public private(set) var fiscalYear: Int
    /// The user's filter (`f`), on top of the drill path.
    public internal(set) var filter: ViewFilter
    /// Each panel's selection and scroll offset.
    public var selections: [Panel: SelectionState]
    /// Each panel's sort column and direction (`s`, `S`); a panel without one uses its own order.
    public internal(set) var sorts: [Panel: TableSort]
    /// The last search (`/`), repeated by `n` and `N`.
    public internal(set) var search: String?
    /// The line being typed at the bottom (search or filter), if any.
    public internal(set) var prompt: Prompt?
    /// Shown over the panel, if any.
    public var overlay: Overlay?
    /// The terminal's size.
    public var screenSize: Size
    /// Unicode or ASCII, as the terminal's locale allows.
    public var glyphs: Glyphs
    /// A one-line message for the status bar (replacing the as-of date), cleared by the next key.
    public var notice: String?
    /// The Overview's figures for ``fiscalYear`` and the current organisation scope.
    public internal(set) var overview: OverviewReport
    /// The Spending panel's figures, once the panel has been shown.
    public internal(set) var spending: SpendingReport?
    /// The Spending panel's periods: months, quarters or fiscal years (`b`).
    public internal(set) var spendingBucket: TimeBucket = .month
    /// The KPIs panel's rows, once the panel has been shown.
    public internal(set) var kpiList: KPIList?
    /// The Budget panel's tree: its report, the nodes opened, the rows shown.
    public internal(set) var budget = BudgetTree()
    /// The Line items panel's rows, their count and total, and the line item opened.
    public internal(set) var lineItems = LineItemList()
    /// The audit of the whole ledger, once it has run: the event loop runs it off the main
    /// thread and hands it over with ``receive(audit:)``; headless paths run it at once.
    public private(set) var audit: AuditReport?
    /// How far the audit has got while it runs (``receive(auditProgress:)``).
    public private(set) var auditProgress: AuditProgress?
    /// The Audit panel's findings for the drill scope, fiscal year and filter.
    public internal(set) var auditScope: AuditScope?
    /// The ledger's paths and the time, for exports (set by the event loop).
    public var exportContext = ExportContext()
    /// Panels whose figures are out of date: they refresh when shown.
    var stalePanels: Set<Panel> = []

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
        filter = ViewFilter()
        selections = [.overview: SelectionState(selected: 0)]
        sorts = [:]
        search = nil
        prompt = nil
        overlay = nil
        self.screenSize = screenSize
        self.glyphs = glyphs
        notice = nil
        overview = OverviewReport(store: store, fiscalYear: year, scope: nil)
        stalePanels = Set(Panel.allCases).subtracting([.overview])
    }

    /// The steps of the drill path, outermost first.
    public var drillSteps: [DrillStep] { drillPath.map(\.step) }

    /// The innermost node of `kind` on the drill path, or `nil` when the path has none.
    public func scope(_ kind: ClassificationKind) -> Int32? {
        for step in drillSteps.reversed() {
            if case .node(kind, let node) = step { return node }
        }
        return nil
    }

    /// The organisation node the panels are scoped to, or `nil` at the top level.
    public var organisationScope: Int32? { scope(.organisation) }

    /// The vendor the panels are scoped to, if the drill path has one.
    public var vendorScope: Int32? {
        for step in drillSteps.reversed() {
            if case .vendor(let vendor) = step { return vendor }
        }
        return nil
    }

    /// The line item opened by the last step, if it is one.
    public var openLineItem: Int32? {
        if case .lineItem(let row) = drillSteps.last { return row }
        return nil
    }

    /// The KPI opened by the last step, if it is one.
    public var openKPI: Int? {
        if case .kpi(let index) = drillSteps.last { return index }
        return nil
    }

    /// The audit rule opened by the last step, if it is one.
    public var openAuditRule: AuditRule? {
        if case .auditRule(let rule) = drillSteps.last { return rule }
        return nil
    }

    /// The audit finding whose line items the Line items panel lists: the last step but
    /// for an opened line item, when it is a finding.
    public var findingScope: (rule: AuditRule, index: Int)? {
        guard case .finding(let rule, let index) = drillSteps.last(where: { if case .lineItem = $0 { false } else { true } }) else {
            return nil
        }
        return (rule, index)
    }

    /// The days of ``fiscalYear``.
    public var fiscalYearDates: ClosedRange<CivilDate> {
        let calendar = store.ledger.calendar
        return calendar.firstDay(of: fiscalYear)...calendar.lastDay(of: fiscalYear)
    }

    /// The spending line items every panel shows: those of the drill path's nodes and vendor,
    /// in ``fiscalYear``, narrowed by ``filter``.
    public var lineItemFilter: LineItemFilter {
        var conditions = LineItemFilter(
            organisation: scope(.organisation), category: scope(.category), fund: scope(.fund),
            function: scope(.function), region: scope(.region), vendor: vendorScope, dates: fiscalYearDates)
        conditions = filter.applied(to: conditions)
        return conditions
    }

    /// The current panel's selection (nothing selected if it has none yet).
    public var selection: SelectionState {
        get { selections[panel] ?? SelectionState() }
        set { selections[panel] = newValue }
    }

    /// The current panel's sort, if the user chose one.
    public func sort(for panel: Panel) -> TableSort? { sorts[panel] }

    /// Names of the drill path for the breadcrumb: `All agencies › Public Works › Paving`.
    public var breadcrumb: [String] {
        ["All agencies"] + drillSteps.map(name(of:))
    }

    /// How the breadcrumb names `step`.
    func name(of step: DrillStep) -> String {
        let ledger = store.ledger
        switch step {
        case .node(let kind, let node): return store.name(of: node, in: kind)
        case .vendor(let vendor): return ledger.vendors.names[Int(vendor)]
        case .lineItem(let row): return ledger.lineItems.ids[Int(row)]
        case .kpi(let index): return ledger.kpis[index].name
        case .auditRule(let rule): return rule.title
        case .finding(let rule, let index):
            guard let findings = audit?.result(rule).findings, findings.indices.contains(index) else { return "finding #\(index + 1)" }
            return "#\(index + 1) " + AuditText.subject(findings[index], store: store)
        }
    }

    /// Takes the audit's report (from the event loop's background run, or run at once by a
    /// headless path) and brings the panels that show it up to date.
    public mutating func receive(audit report: AuditReport) {
        audit = report
        auditProgress = nil
        stalePanels.formUnion([.audit, .lineItems])
        refreshIfStale()
    }

    /// Records how far the audit running in the background has got, for the Audit panel.
    public mutating func receive(auditProgress progress: AuditProgress) {
        auditProgress = progress
    }

    /// Runs the audit with `parameters` on this thread and takes its report: for headless
    /// paths (exports, tests), which have no first frame to keep waiting.
    public mutating func runAudit(_ parameters: AuditParameters) {
        receive(audit: store.audit(parameters))
    }

    /// Goes one step down from `panel` and shows `destination` (the same panel by default)
    /// for the new scope with its first row selected.
    mutating func drill(into step: DrillStep, showing destination: Panel? = nil) {
        drillPath.append(DrillLevel(step: step, panel: panel, selection: selection))
        panel = destination ?? panel
        contextChanged()
        selection = SelectionState(selected: 0)
    }

    /// Goes one step up, back to the panel and row the step was taken from; returns the step
    /// left, if any.
    @discardableResult
    mutating func back() -> DrillStep? {
        guard let left = drillPath.popLast() else { return nil }
        panel = left.panel
        contextChanged()
        selection = left.selection
        return left.step
    }

    /// Shows fiscal year `year` at the same drill scope, keeping each panel's selection;
    /// the Overview keeps the same organisation selected when it is still listed.
    mutating func show(fiscalYear year: Int) {
        let rows = overview.rows
        let selectedNode = selections[.overview]?.selected.flatMap { rows.indices.contains($0) ? rows[$0].node : nil }
        fiscalYear = year
        contextChanged()
        if let selectedNode, let row = overview.rows.firstIndex(where: { $0.node == selectedNode }) {
            selections[.overview]?.selected = row
        }
    }

    /// Replaces the user's filter and shows the first row of the narrowed panel.
    mutating func apply(filter newFilter: ViewFilter) {
        filter = newFilter
        contextChanged()
        selection = SelectionState(selected: 0)
    }

    /// Sets the current panel's sort and shows its first row in the new order.
    mutating func apply(sort: TableSort?) {
        sorts[panel] = sort
        stalePanels.insert(panel)
        refreshIfStale()
        selection = SelectionState(selected: 0)
    }

    /// Shows `panel`, bringing its figures up to date.
    mutating func show(_ newPanel: Panel) {
        panel = newPanel
        refreshIfStale()
    }

    /// Marks every panel out of date and refreshes the one on screen. The Overview is cheap
    /// and always refreshed, so it is never stale.
    private mutating func contextChanged() {
        overview = OverviewReport(store: store, fiscalYear: fiscalYear, scope: organisationScope, reusing: overview)
        stalePanels = Set(Panel.allCases).subtracting([.overview])
        refreshIfStale()
    }

    /// Refreshes the panel on screen if it is out of date.
    private mutating func refreshIfStale() {
        guard stalePanels.remove(panel) != nil else { return }
        panel.view.refresh(&self)
    }
}

/// A line being typed in the status bar: a search (`/`) or a filter (`f`).
public struct Prompt: Hashable, Sendable {
    /// What the line is for.
    public enum Purpose: Hashable, Sendable {
        /// Find the next row containing the text.
        case search
        /// Replace the filter with the terms typed.
        case filter
    }

    /// What the line is for.
    public let purpose: Purpose
    /// The text typed so far.
    public var text: String

    /// The label before the text: `/` or `filter: `.
    public var label: String {
        switch purpose {
        case .search: "/"
        case .filter: "filter: "
        }
    }
}
