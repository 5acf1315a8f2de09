import TerminalCore
import Widgets

extension DashboardApp {
    /// The smallest terminal the dashboard draws its panels on.
    public static let minimumSize = Size(width: 60, height: 16)

    /// Draws `state` over the whole canvas: the title bar, the breadcrumb, the current panel
    /// and the status bar, with the help overlay on top when it is open. Below
    /// ``minimumSize`` it draws only a message asking for a larger terminal.
    public static func render(_ state: AppState, into canvas: inout Canvas) {
        canvas.clear()
        guard canvas.width >= minimumSize.width, canvas.height >= minimumSize.height else {
            renderTooSmall(into: &canvas)
            return
        }
        let layout = FrameLayout(screen: canvas.bounds)
        TitleBar(context: titleContext(state)).render(into: &canvas, area: layout.title)
        let tabsWidth = PanelTabs(current: state.panel).render(into: &canvas, area: layout.breadcrumb.inset(left: 1, right: 1))
        Breadcrumb(segments: state.breadcrumb).render(into: &canvas, area: layout.breadcrumb.inset(left: 1, right: 1 + (tabsWidth > 0 ? tabsWidth + 2 : 0)))
        state.panel.view.render(state, into: &canvas, area: layout.panel)
        if let prompt = state.prompt {
            renderPrompt(prompt, into: &canvas, area: layout.status)
        } else {
            StatusBar(hints: statusHints, status: state.notice ?? dataStatus(state)).render(into: &canvas, area: layout.status)
        }
        switch state.overlay {
        case .help(let help): HelpOverlay.render(help, panel: state.panel, into: &canvas, over: layout.panel)
        case .export(let dialog): dialog.render(state, into: &canvas, over: layout.panel)
        case nil: break
        }
    }

    /// `City of Riverton · FY2025 (Jul 2024–Jun 2025) · as of 2025-03-31`.
    static func titleContext(_ state: AppState) -> String {
        let ledger = state.store.ledger
        var parts = [ledger.calendar.label(of: state.fiscalYear)]
        if let publisher = ledger.publisher {
            parts.insert(publisher.name, at: 0)
            parts.append("as of \(publisher.asOf)")
        }
        return parts.joined(separator: " · ")
    }

    /// `filter: amount>=1000 · as of 2025-03-31 · 5 files`.
    static func dataStatus(_ state: AppState) -> String {
        let ledger = state.store.ledger
        var parts = [ledger.files.count == 1 ? "1 file" : "\(ledger.files.count) files"]
        if let publisher = ledger.publisher { parts.insert("as of \(publisher.asOf)", at: 0) }
        if !state.filter.isEmpty { parts.insert("filter: " + state.filter.text(currency: ledger.currency), at: 0) }
        return parts.joined(separator: " · ")
    }

    /// The prompt line in place of the status bar: `/paving_   Enter find · Esc cancel`.
    /// A line too long for the bar shows its end, where the typing is.
    static func renderPrompt(_ prompt: Prompt, into canvas: inout Canvas, area: Rect) {
        canvas.fill(area, style: .status)
        let help = "Enter \(prompt.purpose == .search ? "find" : "apply") · Esc cancel"
        let helpWidth = canvas.displayWidth(of: help)
        let room = max(0, area.width - helpWidth - 3)
        var typed = Substring(prompt.text)
        while !typed.isEmpty, canvas.displayWidth(of: prompt.label + typed + "_") > room { typed = typed.dropFirst() }
        canvas.put(prompt.label + typed + "_", x: area.x, y: area.y, maxWidth: room, style: Style(.status, bold: true))
        if area.width > helpWidth + 2 {
            canvas.put(help, x: area.maxX - helpWidth - 1, y: area.y, maxWidth: helpWidth, style: .status)
        }
    }

    /// The key hints of the status bar, most important first.
    static let statusHints = [
        KeyHint("Enter", "drill"), KeyHint("Bksp", "back"), KeyHint("[ ]", "year"), KeyHint("?", "help"),
        KeyHint("q", "quit"), KeyHint("1-6", "panels"),
    ]

    /// A screen smaller than ``minimumSize``: one centred message, cut to fit.
    static func renderTooSmall(into canvas: inout Canvas) {
        guard canvas.height > 0 else { return }
        let lines = [
            "Terminal too small",
            "need at least \(minimumSize.width)x\(minimumSize.height), now \(canvas.width)x\(canvas.height)",
            "q quits",
        ]
        let top = max(0, (canvas.height - lines.count) / 2)
        for (offset, line) in lines.enumerated() where top + offset < canvas.height {
            canvas.putAligned(line, .center, x: 0, y: top + offset, width: canvas.width, style: offset == 0 ? Style(.warning, bold: true) : .normal)
        }
    }

    /// Where the parts of the frame go on a screen.
    struct FrameLayout {
        /// The top row.
        let title: Rect
        /// The second row: where the user is.
        let breadcrumb: Rect
        /// Between the breadcrumb and the status bar.
        let panel: Rect
        /// The bottom row.
        let status: Rect

        init(screen: Rect) {
            let parts = screen.splitRows([.fixed(1), .fixed(1), .fill, .fixed(1)])
            title = parts[0]
            breadcrumb = parts[1]
            panel = parts[2]
            status = parts[3]
        }
    }
}

extension DashboardApp {
    /// The table behind the panel on screen, every row, for exports.
    public static func table(_ state: AppState) -> ViewTable {
        state.panel.view.table(state)
    }
}
