import Analytics
import LedgerKit
import TerminalCore
import Widgets

extension OverviewPanel {
    /// Columns of the plan list for an inside `width` columns wide: the name, the bar (at
    /// most 40 columns), the execution rate, the verdict and the amount ahead of plan; on
    /// wide screens (120+) also revised and paid. A one-column margin at each side.
    struct PlanColumns {
        let name: Int
        let bar: Int
        let rate = 6
        let verdict = 9
        let amount: Int
        let showsTotals: Bool

        init(width: Int) {
            showsTotals = width >= 120
            amount = showsTotals ? 16 : 10
            let fixed = 1 + 1 + rate + 2 + verdict + 1 + amount + 1 + (showsTotals ? 2 * (amount + 1) : 0)
            let rest = max(0, width - fixed)
            bar = min(40, max(0, rest * 2 / 5))
            name = max(0, rest - bar - 1)
        }
    }

    /// The plan list: the scope's children, furthest from plan first, each with a bar of
    /// paid ÷ revised, a mark at the share of the year elapsed, and how far ahead of or
    /// behind a straight-line plan it is. The selected row is the one Enter drills into.
    static func renderPlan(_ state: AppState, into canvas: inout Canvas, box: Rect) {
        let overview = state.overview
        let inside = canvas.drawBox(box, title: "Furthest from plan: paid of revised budget")
        guard inside.height >= 2 else { return }
        let currency = state.store.ledger.currency
        let columns = PlanColumns(width: inside.width)
        let level = state.drillPath.isEmpty ? "Agency" : "Program"
        let totalsHeader = columns.showsTotals ? [("Revised", columns.amount), ("Paid", columns.amount)] : []
        drawPlanRow(
            [(level, columns.name, .left), ("", columns.bar, .left), ("paid", columns.rate, .right), ("", columns.verdict, .left),
             ("vs plan", columns.amount, .right)] + totalsHeader.map { ($0.0, $0.1, .right) },
            x: inside.x + 1, y: inside.y, style: .header, into: &canvas)
        drawYearMark(overview.progress.share, into: &canvas, bar: Rect(x: inside.x + 2 + columns.name, y: inside.y, width: columns.bar, height: 1))
        let body = inside.inset(top: 1)
        guard !overview.rows.isEmpty else {
            let name = state.breadcrumb.last ?? ""
            canvas.put("No organisations below \(name)", x: body.x + 1, y: body.y, maxWidth: body.width - 1, style: .muted, overflow: .ellipsis)
            return
        }
        let amounts = overview.rows.map(\.aheadOfPlan)
        let aheadStyle = MoneyText.style(fitting: amounts, columns: columns.amount, currency: currency, signed: true)
        let totalStyle = MoneyText.style(
            fitting: overview.rows.flatMap { [$0.execution.revised, $0.execution.paid] }, columns: columns.amount, currency: currency)
        let window = state.selections[.overview, default: SelectionState()].clamped(count: overview.rows.count, visibleRows: body.height)
        for line in 0..<min(body.height, overview.rows.count - window.offset) {
            let index = window.offset + line
            let row = overview.rows[index]
            let y = body.y + line
            let selected = index == window.selected
            let verdict = planVerdict(row, yearComplete: overview.progress.isComplete)
            if selected {
                canvas.fill(body.row(line), style: .selection)
                canvas.put("▶", x: body.x, y: y, maxWidth: 1, style: .selection)
            }
            let rowStyle: Style = selected ? .selection : .normal
            var cells: [(String, Int, Alignment)] = [
                (row.name, columns.name, .left), ("", columns.bar, .left),
                (PercentText.format(row.execution.executionRate), columns.rate, .right), (verdict.text, columns.verdict, .left),
                (MoneyText.format(row.aheadOfPlan, currency: currency, style: aheadStyle, signed: true), columns.amount, .right),
            ]
            if columns.showsTotals {
                cells.append((MoneyText.format(row.execution.revised, currency: currency, style: totalStyle), columns.amount, .right))
                cells.append((MoneyText.format(row.execution.paid, currency: currency, style: totalStyle), columns.amount, .right))
            }
            drawPlanRow(cells, x: body.x + 1, y: y, style: rowStyle, into: &canvas)
            let verdictX = body.x + 1 + columns.name + 1 + columns.bar + 1 + columns.rate + 2
            canvas.put(verdict.text, x: verdictX, y: y, maxWidth: columns.verdict, style: selected ? .selection : verdict.style)
            if let rate = row.execution.executionRate {
                BarGauge(fraction: rate, reference: overview.progress.share, style: verdict.style)
                    .render(into: &canvas, area: Rect(x: body.x + 1 + columns.name + 1, y: y, width: columns.bar, height: 1))
            }
        }
    }

    /// `year 75.1% │` in the header, the `│` above the column where the bars mark the share
    /// of the year elapsed (as `BarGauge` places it); the words left out when there is no room.
    private static func drawYearMark(_ share: Double, into canvas: inout Canvas, bar: Rect) {
        guard bar.width > 0 else { return }
        let mark = min(bar.width - 1, Int(min(1, max(0, share)) * Double(bar.width)))
        let words = "year " + PercentText.format(share) + " "
        let wordsWidth = canvas.displayWidth(of: words)
        if wordsWidth <= mark {
            canvas.put(words, x: bar.x + mark - wordsWidth, y: bar.y, style: .header)
        }
        canvas.put("│", x: bar.x + mark, y: bar.y, maxWidth: 1, style: .warning)
    }

    /// Writes cells left to right, each in its width and alignment, one column apart
    /// (two before the verdict).
    private static func drawPlanRow(_ cells: [(String, Int, Alignment)], x: Int, y: Int, style: Style, into canvas: inout Canvas) {
        var column = x
        for (index, cell) in cells.enumerated() {
            canvas.putAligned(cell.0, cell.2, x: column, y: y, width: cell.1, style: style)
            column += cell.1 + (index == 2 ? 2 : 1)
        }
    }

    /// `ahead` (spending faster than the year), `behind`, `on plan` (within 2 points of
    /// the year elapsed) or `no budget`, with the style that judges it; for a completed
    /// year `over` and `under` (budget).
    static func planVerdict(_ row: PlanRow, yearComplete: Bool) -> (text: String, style: Style) {
        guard let deviation = row.deviation else {
            return row.execution.paid > 0 ? ("no budget", .bad) : ("no budget", .muted)
        }
        if abs(deviation) <= 0.02 { return ("on plan", .ok) }
        if deviation > 0 { return (yearComplete ? "over" : "ahead", deviation > 0.05 ? .bad : .warning) }
        return (yearComplete ? "under" : "behind", deviation < -0.10 ? .warning : .normal)
    }
}
