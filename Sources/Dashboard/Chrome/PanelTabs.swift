import TerminalCore

/// The panels as tabs at the right of the breadcrumb row, the one on screen in brackets and
/// highlighted: `1 Overview  [2 Budget]  3 Spending  4 KPIs  5 Line items`, or on a narrow
/// screen only the numbers with the current panel's name: `1 [2 Budget] 3 4 5`.
struct PanelTabs {
    /// The panel on screen.
    var current: Panel

    /// The widest form that takes at most `columns`: every name, or only the current one.
    func text(fitting columns: Int) -> [(label: String, isCurrent: Bool)] {
        let full = Panel.allCases.map { panel in
            panel == current ? ("[\(panel.rawValue) \(panel.title)]", true) : ("\(panel.rawValue) \(panel.title)", false)
        }
        if Self.width(of: full) <= columns { return full }
        return Panel.allCases.map { panel in
            panel == current ? ("[\(panel.rawValue) \(panel.title)]", true) : ("\(panel.rawValue)", false)
        }
    }

    /// Draws the tabs right-aligned in the first row of `area` and returns the columns they
    /// take (0 when even the short form does not fit in half the row).
    @discardableResult
    func render(into canvas: inout Canvas, area: Rect) -> Int {
        let row = area.intersection(canvas.bounds).row(0)
        let tabs = text(fitting: row.width / 2)
        let width = Self.width(of: tabs)
        guard !row.isEmpty, width <= row.width / 2 else { return 0 }
        var x = row.maxX - width
        for (index, tab) in tabs.enumerated() {
            if index > 0 { x += 1 }
            x += canvas.put(tab.label, x: x, y: row.y, style: tab.isCurrent ? Style(.accent, bold: true) : .muted)
        }
        return width
    }

    /// Columns the tabs take with one space between them.
    private static func width(of tabs: [(label: String, isCurrent: Bool)]) -> Int {
        tabs.reduce(0) { $0 + DisplayWidth.of($1.label) } + tabs.count - 1
    }
}
