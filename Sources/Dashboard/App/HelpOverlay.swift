import TerminalCore
import Widgets

/// The help overlay's place in the list of keys and what it is narrowed to.
public struct HelpView: Hashable, Sendable {
    /// The first line shown.
    public internal(set) var offset = 0
    /// Only lines whose key or description contains this text are listed (empty: all).
    public internal(set) var query = ""
    /// Whether keys are typed into ``query`` (after `/`) rather than scrolling.
    public internal(set) var isTyping = false

    /// The help at its first line, listing every key.
    public init() {}
}

/// The list of every key, in a box drawn over the panel: the dashboard's keys, then the
/// keys of the panel on screen. It scrolls (↑ ↓ PgUp PgDn Home End) and `/` narrows it to
/// the lines containing the text typed.
enum HelpOverlay {
    /// The hints listed for the panel `panel`: the dashboard's, then a heading and the
    /// panel's own, narrowed to those containing `query` (case-insensitively).
    static func lines(for panel: Panel, query: String) -> [KeyHint] {
        let panelKeys = panel.view.keyHints
        let all = AppAction.keyHelp + (panelKeys.isEmpty ? [] : [KeyHint("", ""), KeyHint(panel.title, "")] + panelKeys)
        guard !query.isEmpty else { return all }
        return all.filter { !$0.key.isEmpty && ($0.key + " " + $0.label).localizedCaseInsensitiveContains(query) }
    }

    /// Lines of keys that fit in the box drawn over `area`.
    static func visibleLines(over area: Rect) -> Int { max(1, min(area.height, 40) - 5) }

    /// Changes `help` for `key`; returns `nil` when the key closes the help.
    static func update(_ help: HelpView, key: Key, panel: Panel, area: Rect) -> HelpView? {
        var next = help
        if help.isTyping {
            switch key {
            case .character(let character) where !character.isNewline && next.query.count < 40:
                next.query.append(character)
                next.offset = 0
            case .backspace:
                if next.query.isEmpty { next.isTyping = false } else { next.query.removeLast() }
                next.offset = 0
            case .enter:
                next.isTyping = false
            case .escape:
                next = HelpView()
            default:
                break
            }
            return next
        }
        let count = lines(for: panel, query: help.query).count
        let page = visibleLines(over: area)
        let last = max(0, count - page)
        switch key {
        case .up, .character("k"): next.offset = max(0, help.offset - 1)
        case .down, .character("j"): next.offset = min(last, help.offset + 1)
        case .pageUp: next.offset = max(0, help.offset - page)
        case .pageDown: next.offset = min(last, help.offset + page)
        case .home, .character("g"): next.offset = 0
        case .end, .character("G"): next.offset = last
        case .character("/"):
            next.isTyping = true
        case .escape where !help.query.isEmpty:
            next = HelpView()
        default:
            return nil
        }
        return next
    }

    /// Draws the help box centred in `area`, as large as the keys need (cut to `area`).
    static func render(_ help: HelpView, panel: Panel, into canvas: inout Canvas, over area: Rect) {
        let all = lines(for: panel, query: "")
        let hints = lines(for: panel, query: help.query)
        let keyWidth = all.map { canvas.displayWidth(of: $0.key) }.max() ?? 0
        let labelWidth = all.map { canvas.displayWidth(of: $0.label) }.max() ?? 0
        let footer = help.isTyping ? "/\(help.query)_  Enter keep · Esc clear" : "/ search  ↑↓ scroll  Esc close"
        let width = min(area.width, max(keyWidth + labelWidth + 7, canvas.displayWidth(of: footer) + 4))
        let page = visibleLines(over: area)
        let height = min(area.height, min(all.count, page) + 5)
        let box = Rect(x: area.x + (area.width - width) / 2, y: area.y + (area.height - height) / 2, width: width, height: height)
        canvas.fill(box)
        let title = help.query.isEmpty ? "Keys" : "Keys matching \(help.query)"
        let inside = canvas.drawBox(box, title: title)
        let shown = hints.dropFirst(help.offset).prefix(max(0, inside.height - 3))
        for (offset, hint) in shown.enumerated() {
            let y = inside.y + 1 + offset
            canvas.put(hint.key, x: inside.x + 1, y: y, maxWidth: keyWidth, style: Style(.accent, bold: true))
            canvas.put(hint.label, x: inside.x + keyWidth + 3, y: y, maxWidth: inside.maxX - inside.x - keyWidth - 4, overflow: .ellipsis)
        }
        if hints.isEmpty {
            canvas.put("No key matches", x: inside.x + 1, y: inside.y + 1, maxWidth: inside.width - 2, style: .muted)
        }
        let more = help.offset + shown.count < hints.count ? " ↓ more" : ""
        canvas.put(footer + more, x: inside.x + 1, y: inside.maxY - 1, maxWidth: inside.width - 2, style: .muted, overflow: .ellipsis)
    }
}
