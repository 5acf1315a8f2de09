import Analytics
import LedgerKit
import TerminalCore
import Widgets

/// Which view of a ledger to show, in the text forms of `govlens export`'s options: the
/// panel, the drill path (``DrillPathText``), the fiscal year, the filter (``ViewFilter``'s
/// terms) and the panel's sort (`COLUMN:asc` or `COLUMN:desc`).
///
/// ``AppState/specification`` writes the current view in this form, and
/// ``AppState/init(store:specification:screenSize:glyphs:)`` replays it, so any view reached
/// in the dashboard can be reached from the command line.
public struct ViewSpecification: Hashable, Sendable {
    /// The panel.
    public var panel: Panel
    /// The drill path, empty at the top level.
    public var drill: String
    /// The fiscal year; `nil` for the one containing the ledger's as-of date.
    public var fiscalYear: Int?
    /// The filter's terms; empty for none.
    public var filter: String
    /// The sort, `paid:desc`; `nil` for the panel's own order.
    public var sort: String?
    /// What the panel is grouped by: the Budget panel's classification (`category`), the
    /// Spending panel's period (`quarter`); `nil` for the panel's default.
    public var by: String?
    /// The Budget panel's open nodes: codes joined by `,`; empty for none.
    public var expanded: String
    /// The selected row, 1-based; `nil` for the first.
    public var row: Int?
    /// The first row shown, 1-based; `nil` to scroll only as far as the selected row needs.
    public var top: Int?

    /// A view of `panel`, at the top level unless `drill` says otherwise.
    public init(
        panel: Panel, drill: String = "", fiscalYear: Int? = nil, filter: String = "", sort: String? = nil,
        by: String? = nil, expanded: String = "", row: Int? = nil, top: Int? = nil
    ) {
        self.panel = panel
        self.drill = drill
        self.fiscalYear = fiscalYear
        self.filter = filter
        self.sort = sort
        self.by = by
        self.expanded = expanded
        self.row = row
        self.top = top
    }

    /// The panel called `name` on the command line (``Panel/exportName``), if any.
    public static func panel(named name: String) -> Panel? {
        Panel.allCases.first { $0.exportName == name.lowercased() }
    }
}

/// Why a ``ViewSpecification`` cannot be shown; ``description`` is the message for the user,
/// naming the option.
public struct ViewSpecificationError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The message.
    public let description: String
}

extension AppState {
    /// Opens `store` on the view `specification` describes, as if the user had chosen the
    /// fiscal year and the filter, drilled down step by step, shown the panel and sorted it.
    /// The audit runs first, on this thread, with the ledger's parameters and `auditSettings`
    /// over them (the flags of line items and the Audit panel need it).
    ///
    /// - Throws: ``ViewSpecificationError`` when the fiscal year has
    ///   no data, or the drill path, filter or sort cannot be read.
    public init(
        store: LedgerStore, specification: ViewSpecification, screenSize: Size, glyphs: Glyphs, auditSettings: AuditSettings = AuditSettings()
    ) throws(ViewSpecificationError) {
        self.init(store: store, screenSize: screenSize, glyphs: glyphs)
        let ledger = store.ledger
        runAudit(AuditParameters(ledger: ledger, overrides: auditSettings))
        if let year = specification.fiscalYear {
            guard fiscalYears.contains(year) else {
                let years = fiscalYears.map(String.init).joined(separator: ", ")
                throw ViewSpecificationError(description: "--fiscal-year \(year): the ledger has no data for it (years: \(years))")
            }
            show(fiscalYear: year)
        }
        do {
            apply(filter: try ViewFilter(parsing: specification.filter, currency: ledger.currency))
        } catch {
            throw ViewSpecificationError(description: "--filter: \(error.description)")
        }
        let steps: [DrillStep]
        do {
            steps = try DrillPathText.parse(specification.drill, in: ledger)
        } catch {
            throw ViewSpecificationError(description: "--drill: \(error.description)")
        }
        for step in steps {
            if case .finding(let rule, let index) = step, let findings = audit?.result(rule).findings, !findings.indices.contains(index) {
                throw ViewSpecificationError(description: "--drill: \(rule.id) has \(findings.count) findings, not \(index + 1)")
            }
            drill(into: step)
        }
        panel = specification.panel
        if let by = specification.by { try applyGrouping(by) }
        if !specification.expanded.isEmpty { try applyExpanded(specification.expanded) }
        show(specification.panel)
        if let sort = specification.sort {
            apply(sort: try parsedSort(sort))
        }
        try applyRow(specification.row, top: specification.top)
    }

    /// The current view in the text forms of the command line.
    public var specification: ViewSpecification {
        let shown = selection
        return ViewSpecification(
            panel: panel, drill: DrillPathText.text(of: drillSteps, in: store.ledger), fiscalYear: fiscalYear,
            filter: filter.text(currency: store.ledger.currency), sort: sortText, by: groupingText, expanded: expandedText,
            row: shown.selected.flatMap { $0 > 0 ? $0 + 1 : nil }, top: shown.offset > 0 ? shown.offset + 1 : nil)
    }

    /// The panel's sort as `COLUMN:asc` or `COLUMN:desc`, or `nil` when it has its own order.
    public var sortText: String? {
        guard let sort = sort(for: panel), case let columns = panel.view.sortColumns(self), columns.indices.contains(sort.column) else {
            return nil
        }
        return Self.sortName(columns[sort.column]) + (sort.direction == .ascending ? ":asc" : ":desc")
    }

    /// A column title as the command line writes it: lower case, spaces as `-`.
    private static func sortName(_ title: String) -> String {
        title.lowercased().split(separator: " ").joined(separator: "-")
    }

    /// The sort `text` names on the current panel.
    private func parsedSort(_ text: String) throws(ViewSpecificationError) -> TableSort {
        let columns = panel.view.sortColumns(self)
        guard !columns.isEmpty else {
            throw ViewSpecificationError(description: "--sort: the \(panel.exportName) view has a fixed order")
        }
        let parts = text.split(separator: ":", maxSplits: 1).map(String.init)
        let direction: SortDirection
        switch parts.count == 2 ? parts[1].lowercased() : "desc" {
        case "asc": direction = .ascending
        case "desc": direction = .descending
        default: throw ViewSpecificationError(description: "--sort \(text): the direction is asc or desc")
        }
        let names = columns.map(Self.sortName)
        guard let column = names.firstIndex(of: Self.sortName(parts.first ?? "")) else {
            throw ViewSpecificationError(description: "--sort \(text): the \(panel.exportName) view sorts by \(names.joined(separator: ", "))")
        }
        return TableSort(column: column, direction: direction)
    }
}
