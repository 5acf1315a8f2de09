/// The one sanitiser for untrusted text on its way to a terminal or an export file.
///
/// Ledger names, descriptions and vendor strings come from outside the program. Before
/// they are shown or written they pass through ``sanitize(_:mode:)``, which guarantees the
/// result holds no C0 or C1 control character, no DEL, no bidirectional override or
/// isolate, and no invisible format character — so data can neither move the cursor,
/// start an escape sequence, reorder a line, nor hide text. ``Canvas`` calls it on every
/// string put into it, so no screen can forget.
///
/// Policy in ``Mode/unicode`` mode, per Unicode scalar:
///
/// | input | output |
/// | --- | --- |
/// | tab U+0009 | one space |
/// | line breaks: LF U+000A, NEL U+0085, U+2028, U+2029 | `␤` (U+2424) |
/// | other C0 controls U+0000–U+001F (CR, BS, ESC, BEL, …) | its Control Picture U+2400 + code: `␍`, `␈`, `␛`, `␇` |
/// | DEL U+007F | `␡` (U+2421) |
/// | other C1 controls U+0080–U+009F | `�` (U+FFFD) |
/// | noncharacters (U+FFFE, U+FFFF, …) | `�` (U+FFFD) |
/// | ZWJ U+200D, ZWNJ U+200C, tag characters U+E0020–U+E007F inside a grapheme cluster (emoji sequences, Indic and Persian joining, subdivision flags) | kept |
/// | the same with nothing kept before them in their cluster, where they join nothing | removed |
/// | every other format character (general category Cf): bidi marks, embeddings, overrides and isolates U+200E, U+200F, U+061C, U+202A–U+202E, U+2066–U+2069; U+200B zero-width space, U+2060 word joiner, U+FEFF byte-order mark, U+00AD soft hyphen, … | removed |
/// | anything else (letters, marks, symbols, spaces, emoji, private use) | kept |
///
/// Controls become visible pictures rather than vanishing so an auditor can see that a
/// field held a line break or an escape; invisible format characters are removed because
/// they have no visible form and only serve to reorder or hide text.
///
/// Policy in ``Mode/ascii`` mode (for `LANG=C` terminals): the output is printable ASCII
/// (U+0020–U+007E) only. ASCII controls use caret notation (`^[` for ESC, `^J` for LF,
/// `^M` for CR, `^?` for DEL), tab becomes one space, removed format characters are
/// removed as above, and every other non-ASCII grapheme cluster becomes an ASCII
/// transliteration of its first scalar when one is known (`é`→`e`, `ß`→`ss`, `–`→`-`,
/// `“`→`"`, `…`→`...`, `─`→`-`, `│`→`|`, fullwidth `Ａ`→`A`) and `?` otherwise
/// (`日本`→`??`, C1 controls→`?`).
///
/// Both modes are idempotent: `sanitize(sanitize(x)) == sanitize(x)`.
public enum TextSanitizer {
    /// Which repertoire the sanitised text may use.
    public enum Mode: Hashable, Sendable {
        /// Any printable Unicode; controls become Control Pictures.
        case unicode
        /// Printable ASCII only; controls become caret notation.
        case ascii
    }

    /// Returns `text` made safe to show on a terminal or write to an export file.
    ///
    /// - Complexity: O(n); printable ASCII input is returned without copying.
    public static func sanitize(_ text: String, mode: Mode = .unicode) -> String {
        if isPrintableASCII(text) {
            return text
        }
        var output = String.UnicodeScalarView()
        for cluster in text {
            switch mode {
            case .unicode: appendUnicode(cluster, to: &output)
            case .ascii: appendASCII(cluster, to: &output)
            }
        }
        return String(output)
    }

    /// Whether every UTF-8 byte of `text` is printable ASCII (U+0020–U+007E).
    static func isPrintableASCII(_ text: some StringProtocol) -> Bool {
        text.utf8.allSatisfy { $0 >= 0x20 && $0 < 0x7F }
    }

    private static func appendUnicode(_ cluster: Character, to output: inout String.UnicodeScalarView) {
        var emitted = false
        for scalar in cluster.unicodeScalars {
            switch action(for: scalar) {
            case .keep:
                output.append(scalar)
                emitted = true
            case .keepInsideCluster:
                if emitted {
                    output.append(scalar)
                }
            case .replace(let replacement):
                output.append(replacement)
                emitted = true
            case .remove:
                break
            }
        }
    }

    private enum Action {
        case keep
        case keepInsideCluster
        case replace(Unicode.Scalar)
        case remove
    }

    private static let newlineSymbol: Unicode.Scalar = "\u{2424}"
    private static let replacementCharacter: Unicode.Scalar = "\u{FFFD}"

    private static func action(for scalar: Unicode.Scalar) -> Action {
        let value = scalar.value
        switch value {
        case 0x20..<0x7F:
            return .keep
        case 0x09:
            return .replace(" ")
        case 0x0A, 0x85, 0x2028, 0x2029:
            return .replace(newlineSymbol)
        case 0x00..<0x20:
            return .replace(Unicode.Scalar(0x2400 + value)!)
        case 0x7F:
            return .replace("\u{2421}")
        case 0x80...0x9F:
            return .replace(replacementCharacter)
        case 0x200C, 0x200D, 0xE0020...0xE007F:
            return .keepInsideCluster
        default:
            let properties = scalar.properties
            if properties.generalCategory == .format {
                return .remove
            }
            if properties.isNoncharacterCodePoint {
                return .replace(replacementCharacter)
            }
            return .keep
        }
    }

    private static func appendASCII(_ cluster: Character, to output: inout String.UnicodeScalarView) {
        if let ascii = cluster.asciiValue, cluster.unicodeScalars.count == 1 {
            appendASCIIScalar(Unicode.Scalar(ascii), to: &output)
            return
        }
        let scalars = cluster.unicodeScalars
        if scalars.allSatisfy({ $0.isASCII }) {
            for scalar in scalars {
                appendASCIIScalar(scalar, to: &output)
            }
            return
        }
        var kept = String.UnicodeScalarView()
        appendUnicode(cluster, to: &kept)
        guard let first = kept.first else { return }
        output.append(contentsOf: asciiFallback(for: first).unicodeScalars)
    }

    private static func appendASCIIScalar(_ scalar: Unicode.Scalar, to output: inout String.UnicodeScalarView) {
        switch scalar.value {
        case 0x20..<0x7F:
            output.append(scalar)
        case 0x09:
            output.append(" ")
        case 0x7F:
            output.append(contentsOf: "^?".unicodeScalars)
        default:
            output.append("^")
            output.append(Unicode.Scalar(UInt8(scalar.value) + 0x40))
        }
    }
}
