import TerminalCore

/// The top row of every screen: ` GovLens · <where the user is>`, in the title style
/// edge to edge.
struct TitleBar {
    /// What follows `GovLens · `; text from data is fine, the canvas sanitises it.
    var context: String

    /// Draws the bar in the first row of `area`, cut with an ellipsis when narrow.
    func render(into canvas: inout Canvas, area: Rect) {
        let row = area.intersection(canvas.bounds).row(0)
        guard !row.isEmpty else { return }
        canvas.fill(row, style: .title)
        canvas.put("GovLens · " + context, x: row.x + 1, y: row.y, maxWidth: row.width - 2, style: .title, overflow: .ellipsis)
    }
}
