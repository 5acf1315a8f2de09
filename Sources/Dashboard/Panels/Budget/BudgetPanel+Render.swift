import Analytics
import LedgerKit
import TerminalCore
import Widgets

extension BudgetPanel {
    /// Where the panel's parts go: a summary line, the tree with its header, and the totals row.
    struct Layout {
        let summary: Rect
        let tree: Rect
        let totals: Rect

        init(area: Rect) {
            let parts = area.splitRows([.fixed(1), .fill, .fixed(1)])
            summary = parts[0]
            tree = parts[1]
            totals = parts[2]
        }

        /// Rows of the tree shown at once: the page size.
        var visibleRows: Int { max(1, Table.visibleRowCount(in: tree)) }
    }

    /// The amounts' styles, one per amount column, each the most precise in which every row's
    /// figure (and the total's) fits the column: the smallest and largest decide.
    struct MoneyStyles {
        private var styles: [BudgetColumns.Column: MoneyText.Style] = [:]

        init(tree: BudgetTree, columns: BudgetColumns, currency: Currency) {
            for (column, width) in columns.shown {
                guard let measure = column.measure, let range = tree.amountRanges[measure] else { continue }
                let amounts = [range.lowerBound, range.upperBound]
                styles[column] = MoneyText.style(fitting: amounts, columns: width, currency: currency, signed: column == .variance)
            }
        }

        subscript(column: BudgetColumns.Column) -> MoneyText.Style { styles[column] ?? .exact }
    }

    /// The widest any amount of the tree is in whole units (`-$1,212,579,300`): the most an
    /// amount column needs.
    static func wholeWidth(of tree: BudgetTree, currency: Currency) -> Int {
        var widest = 0
        for (measure, range) in tree.amountRanges {
            for extreme in [range.lowerBound, range.upperBound] {
                let text = MoneyText.format(extreme, currency: currency, style: .whole, signed: measure == .variance)
                widest = max(widest, DisplayWidth.of(text))
            }
        }
        return widest
    }

    /// The amount an amount column shows for `execution`, if it has one.
    static func amount(_ column: BudgetColumns.Column, of execution: BudgetExecution) -> Int64? {
        column.isMoney ? column.measure?.amount(execution) : nil
    }

    /// The flags as drawn in the flags column: `over nobud`.
    static func flagText(_ flags: [AuditRule]) -> String {
        flags.map(\.label).joined(separator: " ")
    }

    /// Draws the summary, the visible rows of the tree with execution bars, and the totals.
    static func draw(_ state: AppState, into canvas: inout Canvas, area: Rect) {
        let tree = state.budget
        guard let report = tree.report, let totals = tree.totals else { return }
        let layout = Layout(area: area)
        drawSummary(state, report: report, into: &canvas, area: layout.summary)
        let currency = state.store.ledger.currency
        let columns = BudgetColumns(
            width: area.width, flagWidth: tree.widestFlags > 0 ? max(tree.widestFlags, 5) : 0,
            moneyWidth: wholeWidth(of: tree, currency: currency))
        let styles = MoneyStyles(tree: tree, columns: columns, currency: currency)
        let window = state.selections[.budget, default: SelectionState()].clamped(count: tree.rows.count, visibleRows: layout.visibleRows)
        let shown = tree.rows[window.offset..<min(tree.rows.count, window.offset + layout.visibleRows)]
        let sort = state.sort(for: .budget).flatMap { sort in
            columns.shown.firstIndex { $0.column.measure?.rawValue == sort.column }.map { TableSort(column: $0, direction: sort.direction) }
        }
        let table = Table(
            columns: columns.shown.map { entry in
                TableColumn(entry.column.title(classification: tree.classification.rawValue), width: .fixed(entry.width), alignment: entry.column.alignment)
            },
            rows: shown.map { cells(for: $0, columns: columns, styles: styles, currency: currency, glyphs: canvas.glyphs) },
            state: SelectionState(selected: window.selected.map { $0 - window.offset }),
            sort: sort,
            emptyMessage: "Nothing below \(state.breadcrumb.last ?? "")")
        table.render(into: &canvas, area: layout.tree)
        let positions = columns.positions(from: area.x)
        if let bar = columns.shown.firstIndex(where: { $0.column == .bar }) {
            let width = columns.shown[bar].width
            drawYearMark(report.progress.share, into: &canvas, bar: Rect(x: positions[bar], y: layout.tree.y, width: width, height: 1))
            for (line, row) in shown.enumerated() {
                drawBar(row.execution, yearElapsed: report.progress.share, into: &canvas, area: Rect(x: positions[bar], y: layout.tree.y + 1 + line, width: width, height: 1))
            }
        }
        drawTotals(totals, columns: columns, positions: positions, styles: styles, currency: currency, into: &canvas, row: layout.totals)
    }

    /// The cells of one row, the bar's left blank (drawn over afterwards).
    static func cells(
        for row: BudgetTreeRow, columns: BudgetColumns, styles: MoneyStyles, currency: Currency, glyphs: Glyphs
    ) -> [TableCell] {
        let execution = row.execution
        return columns.shown.map { column, _ in
            switch column {
            case .name:
                let marker = row.hasChildren ? (row.isExpanded ? glyphs.expandedNode : glyphs.collapsedNode) : " "
                let indent = String(repeating: "  ", count: row.depth)
                return TableCell(indent + marker + " " + row.label, style: row.node == nil ? .muted : .normal)
            case .executed:
                return TableCell(PercentText.format(execution.executionRate), style: executionStyle(execution))
            case .varianceRate:
                return TableCell(PercentText.format(execution.outturn?.againstRevised.rate, signed: true), style: varianceStyle(execution))
            case .flags:
                let flags = row.flags
                return TableCell(flagText(flags), style: flags.contains(.overspentBudgetLine) ? .bad : .warning)
            case .bar:
                return TableCell("")
            default:
                let text = amount(column, of: execution).map {
                    MoneyText.format($0, currency: currency, style: styles[column], signed: column == .variance)
                } ?? "–"
                return TableCell(text, style: column == .variance ? varianceStyle(execution) : .normal)
            }
        }
    }

    /// The totals row: `Total` and the tree's figures, bold (its flags are in the summary line).
    private static func drawTotals(
        _ totals: BudgetExecution, columns: BudgetColumns, positions: [Int], styles: MoneyStyles, currency: Currency,
        into canvas: inout Canvas, row: Rect
    ) {
        let total = BudgetTreeRow(node: nil, depth: 0, hasChildren: false, isExpanded: false, label: "Total", execution: totals)
        let cells = cells(for: total, columns: columns, styles: styles, currency: currency, glyphs: canvas.glyphs)
        for (index, entry) in columns.shown.enumerated() where entry.column != .bar && entry.column != .flags {
            let style = entry.column == .name ? Style(.header, bold: true) : cells[index].style.bolded()
            canvas.putAligned(cells[index].text, entry.column.alignment, x: positions[index], y: row.y, width: entry.width, style: style)
        }
        if let bar = columns.shown.firstIndex(where: { $0.column == .bar }), let rate = totals.executionRate {
            BarGauge(fraction: rate, style: executionStyle(totals))
                .render(into: &canvas, area: Rect(x: positions[bar], y: row.y, width: columns.shown[bar].width, height: 1))
        }
    }

    /// The bar of paid ÷ revised with a mark at the share of the year elapsed.
    private static func drawBar(_ execution: BudgetExecution, yearElapsed: Double, into canvas: inout Canvas, area: Rect) {
        guard let rate = execution.executionRate else { return }
        BarGauge(fraction: rate, reference: yearElapsed, style: executionStyle(execution)).render(into: &canvas, area: area)
    }

    /// The mark of the year elapsed above the bars, where `BarGauge` places it.
    private static func drawYearMark(_ share: Double, into canvas: inout Canvas, bar: Rect) {
        guard bar.width > 0 else { return }
        let mark = min(bar.width - 1, Int(min(1, max(0, share)) * Double(bar.width)))
        canvas.put(canvas.glyphs == .unicode ? "│" : "|", x: bar.x + mark, y: bar.y, maxWidth: 1, style: .warning)
    }

    /// Bad when more was paid than the revised budget (or anything without one), accent otherwise.
    static func executionStyle(_ execution: BudgetExecution) -> Style {
        if execution.revised <= 0 { return execution.paid > 0 ? .bad : .muted }
        return execution.paid > execution.revised ? .bad : .accent
    }

    /// Bad when the projection exceeds the revised budget by more than 5 %, a warning when it
    /// exceeds it at all, normal otherwise.
    static func varianceStyle(_ execution: BudgetExecution) -> Style {
        guard let variance = execution.outturn?.againstRevised, variance.amount > 0 else { return .normal }
        return (variance.rate ?? 1) > 0.05 ? .bad : .warning
    }

    /// `By organisation · 75.1% of year elapsed`, with a note when the tree is not narrowed as
    /// the rest of the screen, and the tree's flags at the right when there is room for both:
    /// budget lines overspent and spending without a budget line, `2 overspent · $675.0K
    /// unbudgeted`.
    private static func drawSummary(_ state: AppState, report: BudgetExecutionReport, into canvas: inout Canvas, area: Rect) {
        let tree = state.budget
        var flags: [(String, Style)] = []
        if let totals = tree.totals {
            let overspent = totals.overspentBudgetLines
            if overspent > 0 { flags.append(("\(overspent) overspent", .bad)) }
            if totals.unbudgeted.amount != 0 {
                let currency = state.store.ledger.currency
                let style = MoneyText.style(fitting: [totals.unbudgeted.amount], columns: 7, currency: currency)
                flags.append((MoneyText.format(totals.unbudgeted.amount, currency: currency, style: style) + " unbudgeted", .warning))
            }
        }
        let separator = " · "
        var flagsWidth = flags.reduce(0) { $0 + canvas.displayWidth(of: $1.0) } + canvas.displayWidth(of: separator) * max(0, flags.count - 1)
        let title = "By " + tree.classification.rawValue
        var notes = [PercentText.format(report.progress.share) + " of year elapsed"]
        if let scope = otherScope(state) { notes.append("not narrowed to " + scope) }
        if !state.filter.isEmpty { notes.append("filter not applied") }
        let note = separator + notes.joined(separator: separator)
        if canvas.displayWidth(of: title + note) + 2 + flagsWidth > area.width - 2 {
            flags = []
            flagsWidth = 0
        }
        var x = area.x + 1
        x += canvas.put(title, x: x, y: area.y, maxWidth: area.maxX - x, style: Style(.header, bold: true))
        let flagsX = max(x, area.maxX - 1 - flagsWidth)
        canvas.put(note, x: x, y: area.y, maxWidth: flagsX - x - (flags.isEmpty ? 0 : 2), style: .muted, overflow: .ellipsis)
        var flagX = flagsX
        for (index, flag) in flags.enumerated() {
            if index > 0 { flagX += canvas.put(separator, x: flagX, y: area.y, maxWidth: area.maxX - flagX, style: .muted) }
            flagX += canvas.put(flag.0, x: flagX, y: area.y, maxWidth: area.maxX - flagX, style: flag.1, overflow: .ellipsis)
        }
    }

    /// The name of the innermost drill step the tree cannot narrow to (a node of another
    /// classification, or a vendor), if any: the engine reports one classification at a time.
    static func otherScope(_ state: AppState) -> String? {
        let step = state.drillSteps.last { step in
            switch step {
            case .node(let kind, _): kind != state.budget.classification
            case .vendor: true
            case .lineItem, .kpi, .auditRule, .finding: false
            }
        }
        return step.map(state.name(of:))
    }
}

extension Glyphs {
    /// Before a tree node whose children are shown: `▾`, or `-`.
    var expandedNode: String { self == .unicode ? "▾" : "-" }
    /// Before a tree node whose children are hidden: `▸`, or `+`.
    var collapsedNode: String { self == .unicode ? "▸" : "+" }
}
