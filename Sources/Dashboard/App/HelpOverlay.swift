import TerminalCore
import Widgets

/// The list of every key, in a box drawn over the panel: the dashboard's keys, then the
/// keys of the panel on screen.
enum HelpOverlay {
    /// Draws the help box centred in `area`, as large as the keys need (cut to `area`).
    static func render(panelKeys: [KeyHint], panelTitle: String, into canvas: inout Canvas, over area: Rect) {
        let hints = AppAction.keyHelp + (panelKeys.isEmpty ? [] : [KeyHint("", ""), KeyHint(panelTitle, "")] + panelKeys)
        let keyWidth = hints.map { canvas.displayWidth(of: $0.key) }.max() ?? 0
        let labelWidth = hints.map { canvas.displayWidth(of: $0.label) }.max() ?? 0
        let width = min(area.width, keyWidth + labelWidth + 7)
        let height = min(area.height, hints.count + 4)
        let box = Rect(x: area.x + (area.width - width) / 2, y: area.y + (area.height - height) / 2, width: width, height: height)
        canvas.fill(box)
        let inside = canvas.drawBox(box, title: "Keys")
        for (offset, hint) in hints.enumerated() where offset + 1 < inside.height {
            let y = inside.y + 1 + offset
            canvas.put(hint.key, x: inside.x + 1, y: y, maxWidth: keyWidth, style: Style(.accent, bold: true))
            canvas.put(hint.label, x: inside.x + keyWidth + 3, y: y, maxWidth: inside.maxX - inside.x - keyWidth - 4, overflow: .ellipsis)
        }
    }
}
