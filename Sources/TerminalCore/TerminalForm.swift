/// The form of sanitised text that a canvas stores: emoji sequences reduced to parts that
/// ncurses, the C library's `wcwidth` and terminals all measure alike.
///
/// Terminals disagree about emoji sequences: one draws `👨‍👩‍👧` (a ZWJ sequence) in 2
/// columns, another in 6; `❤️` (with the emoji variation selector) in 1 or 2. If the canvas
/// and the terminal disagree, everything after it on the row shifts. So, for the canvas
/// only (exports keep the text as it was):
///
/// - ZWJ U+200D and the variation selectors U+FE0E, U+FE0F are removed
///   (`👨‍👩‍👧` becomes `👨👩👧`, `❤️` becomes `❤`, `1️⃣` becomes `1⃣`);
/// - tag characters U+E0020–U+E007F are removed (subdivision flags become `🏴`);
/// - skin-tone modifiers U+1F3FB–U+1F3FF that follow another character are removed
///   (`👍🏽` becomes `👍`).
///
/// Flags (pairs of regional indicators) are kept: every terminal gives them 2 columns.
enum TerminalForm {
    /// `text` (already sanitised) with emoji sequences reduced as described above.
    static func of(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isEmojiSequencePart) else { return text }
        var joined = String.UnicodeScalarView()
        for scalar in text.unicodeScalars where !isRemovedEverywhere(scalar.value) {
            joined.append(scalar)
        }
        var reduced = String.UnicodeScalarView()
        for cluster in String(joined) {
            for (offset, scalar) in cluster.unicodeScalars.enumerated() where offset == 0 || !isModifier(scalar.value) {
                reduced.append(scalar)
            }
        }
        return String(reduced)
    }

    private static func isEmojiSequencePart(_ scalar: Unicode.Scalar) -> Bool {
        isRemovedEverywhere(scalar.value) || isModifier(scalar.value)
    }

    private static func isRemovedEverywhere(_ value: UInt32) -> Bool {
        value == 0x200D || value == 0xFE0E || value == 0xFE0F || (0xE0020...0xE007F).contains(value)
    }

    private static func isModifier(_ value: UInt32) -> Bool {
        (0x1F3FB...0x1F3FF).contains(value)
    }
}
