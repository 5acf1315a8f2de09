import TerminalCore

/// The text fuzz target: the sanitiser, display width, truncation and the canvas on any text.
public enum TextFuzzTarget {
    /// Sanitises `bytes` (decoded as UTF-8, invalid bytes replaced) in both modes and traps when the
    /// result is unsafe (`TextSafety`), changes when sanitised again, or when a width, a truncation
    /// or a canvas row breaks its promise.
    public static let check: FuzzCheck = { bytes in
        let text = String(decoding: bytes, as: UTF8.self)
        for mode in [TextSanitizer.Mode.unicode, .ascii] {
            let clean = TextSanitizer.sanitize(text, mode: mode)
            if let problem = TextSafety.problem(in: clean, mode: mode) { preconditionFailure("sanitised text holds a \(problem)") }
            precondition(TextSanitizer.sanitize(clean, mode: mode) == clean, "sanitising twice changed the text")
            checkWidths(clean)
        }
        checkCanvas(text, selector: bytes.first ?? 0)
    }

    private static func checkWidths(_ text: String) {
        let width = DisplayWidth.of(text)
        precondition(width == text.reduce(0) { $0 + DisplayWidth.of($1) }, "a string's width is not the sum of its clusters'")
        precondition(width <= 2 * text.unicodeScalars.count, "wider than two columns a scalar")
        for columns in Set([0, 1, 2, 3, width / 2, max(0, width - 1), width, width + 1]) {
            let cut = DisplayWidth.truncate(text, toColumns: columns)
            precondition(DisplayWidth.of(cut) <= columns, "truncated text wider than asked")
            precondition(width > columns || cut == text, "text that fits was truncated")
            let prefix = DisplayWidth.prefix(text, fitting: columns)
            precondition(DisplayWidth.of(prefix) <= columns && text.unicodeScalars.starts(with: prefix.unicodeScalars), "a prefix that does not fit, or is not a prefix")
        }
    }

    /// Writes the text into a small canvas, as every screen does, and checks each row stays safe and in bounds.
    private static func checkCanvas(_ text: String, selector: UInt8) {
        var canvas = Canvas(width: 12, height: 3)
        canvas.put(text, x: Int(selector % 14) - 2, y: 0, overflow: .ellipsis)
        canvas.put(text, x: 1, y: 1, maxWidth: Int(selector % 11))
        canvas.putAligned(text, .right, x: 2, y: 2, width: 9)
        for row in canvas.lines() {
            if let problem = TextSafety.problem(in: row, mode: .unicode) { preconditionFailure("a canvas row holds a \(problem)") }
            precondition(DisplayWidth.of(row) <= canvas.width, "a canvas row wider than the canvas")
        }
    }
}
