import TerminalCore

/// What sanitised text must never hold, stated apart from the sanitiser so the two can disagree:
/// the fuzz target and the property tests check `TextSanitizer`'s output against it.
public enum TextSafety {
    /// Why `text` is not safe to show or export in `mode`, or `nil` when it is.
    ///
    /// Unsafe in any mode: C0 and C1 controls, DEL, bidirectional marks, embeddings, overrides and
    /// isolates, zero-width and other invisible format characters, line and paragraph separators,
    /// noncharacters. The joiners (ZWJ, ZWNJ) and tag characters are format characters that emoji and
    /// joining scripts need: safe inside a grapheme cluster, never at its start. In `.ascii` mode,
    /// anything outside printable ASCII (U+0020–U+007E) is unsafe.
    public static func problem(in text: String, mode: TextSanitizer.Mode) -> String? {
        if mode == .ascii, let byte = text.utf8.first(where: { $0 < 0x20 || $0 > 0x7E }) {
            return "byte 0x\(String(byte, radix: 16)) outside printable ASCII"
        }
        for cluster in text {
            for (position, scalar) in cluster.unicodeScalars.enumerated() {
                if let kind = unsafeKind(scalar, startsCluster: position == 0) {
                    return "\(kind) U+\(String(scalar.value, radix: 16, uppercase: true))"
                }
            }
        }
        return nil
    }

    /// The kind of unsafe character `scalar` is, or `nil` when it is safe where it stands.
    static func unsafeKind(_ scalar: Unicode.Scalar, startsCluster: Bool) -> String? {
        switch scalar.value {
        case 0x00...0x1F: return "C0 control"
        case 0x7F: return "DEL"
        case 0x80...0x9F: return "C1 control"
        case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: return "bidi control"
        case 0x200B, 0x2060, 0xFEFF, 0x180E: return "zero-width character"
        case 0x2028, 0x2029: return "line or paragraph separator"
        case 0x200C, 0x200D, 0xE0020...0xE007F: return startsCluster ? "joiner or tag joining nothing" : nil
        default:
            if scalar.properties.isNoncharacterCodePoint { return "noncharacter" }
            if scalar.properties.generalCategory == .format { return "invisible format character" }
            return nil
        }
    }
}
