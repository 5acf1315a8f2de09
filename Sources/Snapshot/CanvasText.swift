import TerminalCore

/// A canvas written out as text: what was on screen, character for character.
///
/// The canvas has already sanitised every string put into it, so its lines hold no
/// control characters; styles are not written.
public enum CanvasText {
    /// The canvas's lines (``Canvas/lines()``: trailing spaces trimmed, the trailing half
    /// of each wide character skipped), each ended by a newline.
    ///
    /// ```swift
    /// CanvasText.plainText(canvas) // " GovLens · City of Riverton\n All agencies\n…"
    /// ```
    ///
    /// - Returns: One line per canvas row, each ending in `\n`; empty for a canvas
    ///   without rows.
    public static func plainText(_ canvas: Canvas) -> String {
        canvas.lines().map { $0 + "\n" }.joined()
    }

    /// The canvas as a Markdown fenced code block, under a level-2 heading when `title`
    /// is given.
    ///
    /// The fence is a run of backticks longer than any run inside the canvas (and at
    /// least three), so no line of the screen can close it early. The title is sanitised
    /// in the canvas's glyph mode and its Markdown punctuation is escaped, so a ledger
    /// name cannot add links, emphasis or HTML.
    ///
    /// ````swift
    /// CanvasText.markdown(canvas, title: "Overview")
    /// // ## Overview
    /// //
    /// // ```text
    /// //  GovLens · City of Riverton
    /// // …
    /// // ```
    /// ````
    ///
    /// - Parameters:
    ///   - canvas: The screen to write.
    ///   - title: A heading for the block; none when `nil` or empty.
    /// - Returns: Markdown text ending in a newline.
    public static func markdown(_ canvas: Canvas, title: String? = nil) -> String {
        let lines = canvas.lines()
        let fence = String(repeating: "`", count: max(3, (lines.map(longestBacktickRun).max() ?? 0) + 1))
        var output = ""
        if let title, !title.isEmpty {
            output += "## " + escapedMarkdown(canvas.sanitized(title)) + "\n\n"
        }
        output += fence + "text\n"
        output += lines.map { $0 + "\n" }.joined()
        output += fence + "\n"
        return output
    }

    /// The length of the longest run of consecutive backticks in `line`.
    private static func longestBacktickRun(_ line: String) -> Int {
        var longest = 0
        var current = 0
        for character in line {
            current = character == "`" ? current + 1 : 0
            longest = max(longest, current)
        }
        return longest
    }

    /// `text` with every character that Markdown gives a meaning inside a heading
    /// backslash-escaped.
    private static func escapedMarkdown(_ text: String) -> String {
        var escaped = ""
        for character in text {
            if "\\`*_[]<>#&~|!".contains(character) {
                escaped.append("\\")
            }
            escaped.append(character)
        }
        return escaped
    }
}
