import Analytics
import LedgerKit
import TerminalCore

extension OverviewPanel {
    /// One figure of the Budget box: a label, an amount, and a share or note beside it.
    struct BudgetFigure {
        let label: String
        let amount: Int64?
        let note: String
        var noteStyle: Style = .normal
    }

    /// The Budget box: adopted, revised, obligated, paid, year elapsed and projection, then
    /// (on taller screens) remaining, last year by the same day, unbudgeted spending,
    /// overspent budget lines and the PEFA band.
    static func renderBudget(_ overview: OverviewReport, currency: Currency, into canvas: inout Canvas, box: Rect) {
        let inside = canvas.drawBox(box, title: "Budget")
        guard !inside.isEmpty else { return }
        let figures = budgetFigures(overview)
        let amountWidth = inside.width >= 60 ? 18 : max(9, min(10, inside.width - 20))
        let noteWidth = 7
        let labelWidth = max(0, inside.width - amountWidth - noteWidth - 4)
        let style = MoneyText.style(fitting: figures.compactMap(\.amount), columns: amountWidth, currency: currency)
        for (offset, figure) in figures.prefix(inside.height).enumerated() {
            let y = inside.y + offset
            canvas.put(figure.label, x: inside.x + 1, y: y, maxWidth: labelWidth, style: .header, overflow: .ellipsis)
            if let amount = figure.amount {
                canvas.putAligned(
                    MoneyText.format(amount, currency: currency, style: style), .right,
                    x: inside.x + 1 + labelWidth, y: y, width: amountWidth)
            }
            canvas.putAligned(figure.note, .right, x: inside.maxX - 1 - noteWidth, y: y, width: noteWidth, style: figure.noteStyle)
        }
    }

    /// The figures in the order they are shown, most important first.
    static func budgetFigures(_ overview: OverviewReport) -> [BudgetFigure] {
        let totals = overview.totals
        let revised = totals.revised
        func ofRevised(_ amount: Int64) -> String {
            PercentText.format(revised == 0 ? nil : Double(amount) / Double(revised))
        }
        let projected = totals.projection.preferred
        let projectedShare = projected.flatMap { revised == 0 ? nil : Double($0) / Double(revised) }
        var figures = [
            BudgetFigure(label: "Adopted", amount: totals.adopted, note: ""),
            BudgetFigure(
                label: "Revised", amount: revised,
                note: PercentText.format(totals.adopted == 0 ? nil : Double(revised - totals.adopted) / Double(totals.adopted), signed: true)),
            BudgetFigure(label: "Obligated", amount: totals.obligated, note: ofRevised(totals.obligated)),
            BudgetFigure(label: "Paid", amount: totals.paid, note: ofRevised(totals.paid), noteStyle: Style(.accent, bold: true)),
            BudgetFigure(label: "Year elapsed", amount: nil, note: PercentText.format(overview.progress.share), noteStyle: Style(.accent, bold: true)),
            BudgetFigure(
                label: overview.progress.isComplete ? "Outturn" : "Projected", amount: projected,
                note: PercentText.format(projectedShare), noteStyle: (projectedShare ?? 0) > 1 ? .bad : .normal),
            BudgetFigure(label: "Remaining", amount: totals.remaining, note: ofRevised(totals.remaining)),
        ]
        if let change = totals.yearOverYear {
            figures.append(BudgetFigure(
                label: overview.progress.isComplete ? "Paid last year" : "Paid a year ago", amount: change.previousPaid,
                note: PercentText.format(change.change.rate, signed: true)))
        }
        figures.append(BudgetFigure(
            label: "No budget line", amount: totals.unbudgeted.amount, note: count(totals.unbudgeted.count, "item"),
            noteStyle: totals.unbudgeted.count > 0 ? .bad : .normal))
        figures.append(BudgetFigure(
            label: "Lines overspent", amount: nil, note: count(totals.overspentBudgetLines, "line"),
            noteStyle: totals.overspentBudgetLines > 0 ? .bad : .normal))
        if let band = totals.outturn?.band {
            figures.append(BudgetFigure(label: "PEFA outturn band", amount: nil, note: band.rawValue, noteStyle: band == .a ? .ok : .warning))
        }
        return figures
    }

    /// `1 item`, `12 items`.
    static func count(_ value: Int, _ noun: String) -> String {
        "\(value) \(noun)\(value == 1 ? "" : "s")"
    }
}
