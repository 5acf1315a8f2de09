import TerminalCore

extension ExportDialog {
    /// Draws the dialog in a box centred in `area`: the choices (the chosen one highlighted),
    /// the file name being edited, the command line that writes the same export (wrapped
    /// over the rows left), and the keys.
    func render(_ state: AppState, into canvas: inout Canvas, over area: Rect) {
        let width = min(area.width, 78)
        let inner = width - 4
        let command = Self.wrapped(ReproducingCommand.text(state, content: content), columns: inner, canvas: canvas)
        let fixedRows = ExportContent.choices.count + 4
        let height = min(area.height, fixedRows + 2 + min(command.count, 4) + 1)
        let box = Rect(x: area.x + (area.width - width) / 2, y: area.y + (area.height - height) / 2, width: width, height: height)
        canvas.fill(box)
        let inside = canvas.drawBox(box, title: "Export")
        var y = inside.y
        for (index, choice) in ExportContent.choices.enumerated() {
            let style = index == self.choice ? Style.selection : .normal
            canvas.putAligned(" " + choice.label, .left, x: inside.x + 1, y: y, width: inner, style: style)
            y += 1
        }
        y += 1
        let label = "File: "
        var name = Substring(fileName)
        while !name.isEmpty, canvas.displayWidth(of: label + name + "_") > inner { name = name.dropFirst() }
        canvas.put(label + name + "_", x: inside.x + 1, y: y, maxWidth: inner, style: Style(.accent, bold: true))
        y += 2
        let hints = "↑↓ choose · type the name · Enter export · Esc cancel"
        let commandRows = max(0, inside.maxY - y - 2)
        if commandRows > 0 {
            canvas.put("The same from the command line:", x: inside.x + 1, y: y, maxWidth: inner, style: .muted)
            y += 1
            for (offset, line) in command.prefix(commandRows).enumerated() {
                let cut = offset == commandRows - 1 && command.count > commandRows
                canvas.put(cut ? line + canvas.glyphs.ellipsis : line, x: inside.x + 1, y: y, maxWidth: inner, overflow: .ellipsis)
                y += 1
            }
        }
        canvas.put(hints, x: inside.x + 1, y: inside.maxY - 1, maxWidth: inner, style: .muted, overflow: .ellipsis)
    }

    /// `text` cut into lines of at most `columns` display columns, at spaces where possible.
    static func wrapped(_ text: String, columns: Int, canvas: Canvas) -> [String] {
        guard columns > 0 else { return [] }
        var lines: [String] = []
        var line = ""
        for word in canvas.sanitized(text).split(separator: " ").map(String.init) {
            let candidate = line.isEmpty ? word : line + " " + word
            if canvas.displayWidth(of: candidate) <= columns {
                line = candidate
                continue
            }
            if !line.isEmpty { lines.append(line) }
            var rest = Substring(word)
            while canvas.displayWidth(of: String(rest)) > columns {
                let head = DisplayWidth.prefix(String(rest), fitting: columns)
                lines.append(head)
                rest = rest.dropFirst(head.count)
            }
            line = String(rest)
        }
        if !line.isEmpty { lines.append(line) }
        return lines
    }
}
