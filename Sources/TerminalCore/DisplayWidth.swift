/// Terminal display width of text, in columns, independent of the C library.
///
/// Canvas, curses backend and snapshots all measure with this one function, so they agree
/// on where every column starts.
///
/// Scalars: East Asian Wide and Fullwidth characters (CJK ideographs, kana, Hangul
/// syllables, fullwidth forms) and emoji with emoji presentation take 2 columns;
/// nonspacing and enclosing marks, format characters (ZWJ, variation selectors, ...) and
/// Hangul medial/final jamo take 0; everything else, East Asian Ambiguous included, takes 1.
/// A regional indicator alone takes 1, as in glibc (python `wcwidth` says 2); a pair of
/// them — a flag — takes 2.
/// Control characters measure 0: they never reach a canvas, because the ``TextSanitizer``
/// replaces them first.
///
/// Grapheme clusters: emoji sequences (ZWJ sequences, flags, keycaps, a character with
/// the emoji variation selector U+FE0F, skin-tone modifiers) take 2 columns; any other
/// cluster takes the sum of its scalars' widths, which is what ncurses and glibc's
/// `wcwidth` compute (so `e` + U+0301 is 1, Devanagari `का` is 2).
///
/// The tables are generated from the python `wcwidth` package (Unicode 17); see
/// `UnicodeTables.swift`.
public enum DisplayWidth {
    /// Columns one Unicode scalar takes: 0, 1 or 2.
    ///
    /// - Complexity: O(log n) in the size of the width tables; O(1) below U+0300.
    public static func of(_ scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        if value < 0x0300 {
            return (value >= 0x20 && value < 0x7F) || value >= 0xA0 ? 1 : 0
        }
        if contains(value, in: zeroWidthRanges) {
            return 0
        }
        if isRegionalIndicator(scalar) {
            return 1
        }
        return contains(value, in: wideRanges) ? 2 : 1
    }

    /// Columns a grapheme cluster takes.
    ///
    /// A cluster that is only marks (a combining accent at the start of a string) takes 0.
    public static func of(_ character: Character) -> Int {
        let scalars = character.unicodeScalars
        var iterator = scalars.makeIterator()
        guard let first = iterator.next() else { return 0 }
        guard let second = iterator.next() else { return of(first) }
        if isEmojiSequence(first: first, second: second, scalars: scalars) {
            return 2
        }
        var total = of(first) + of(second)
        while let next = iterator.next() {
            total += of(next)
        }
        return total
    }

    /// Columns a string takes: the sum of its grapheme clusters' widths.
    public static func of(_ text: some StringProtocol) -> Int {
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) {
            return text.utf8.count
        }
        var total = 0
        for character in text {
            total += of(character)
        }
        return total
    }

    /// The longest prefix of `text` that fits in `columns`, with `ellipsis` appended when
    /// anything was cut.
    ///
    /// Cuts only between grapheme clusters; a wide grapheme that would straddle the limit
    /// is dropped, so the result may be one column narrower than `columns`. When even the
    /// ellipsis does not fit, returns as much of the ellipsis as fits.
    ///
    /// ```swift
    /// DisplayWidth.truncate("日本語テキスト", toColumns: 7)   // "日本語…"
    /// DisplayWidth.truncate("Parks", toColumns: 4, ellipsis: "...") // "P..."
    /// ```
    ///
    /// - Parameters:
    ///   - text: The text to shorten; measure sanitised text.
    ///   - columns: The maximum display width.
    ///   - ellipsis: The mark for cut text; pass `""` to clip silently.
    /// - Returns: `text` itself when it fits, else the shortened text.
    public static func truncate(_ text: String, toColumns columns: Int, ellipsis: String = "…") -> String {
        if of(text) <= columns {
            return text
        }
        guard columns > 0 else { return "" }
        let markWidth = of(ellipsis)
        if markWidth > columns {
            return prefix(ellipsis, fitting: columns)
        }
        return prefix(text, fitting: columns - markWidth) + ellipsis
    }

    /// The longest prefix of `text`, cut between grapheme clusters, that fits in `columns`.
    public static func prefix(_ text: String, fitting columns: Int) -> String {
        var used = 0
        var end = text.startIndex
        for index in text.indices {
            let width = of(text[index])
            if used + width > columns {
                break
            }
            used += width
            end = text.index(after: index)
        }
        return String(text[..<end])
    }

    private static func isEmojiSequence(first: Unicode.Scalar, second: Unicode.Scalar, scalars: Character.UnicodeScalarView) -> Bool {
        if isRegionalIndicator(first) {
            return true
        }
        let properties = first.properties
        guard properties.isEmoji else { return false }
        if second.properties.isEmojiModifier {
            return true
        }
        return scalars.contains { $0.value == 0xFE0F || ($0.value == 0x200D && first.value > 0x7F) }
    }

    private static func isRegionalIndicator(_ scalar: Unicode.Scalar) -> Bool {
        (0x1F1E6...0x1F1FF).contains(scalar.value)
    }

    private static func contains(_ value: UInt32, in ranges: [UInt32]) -> Bool {
        var low = 0
        var high = ranges.count / 2 - 1
        while low <= high {
            let middle = (low + high) / 2
            if value < ranges[2 * middle] {
                high = middle - 1
            } else if value > ranges[2 * middle + 1] {
                low = middle + 1
            } else {
                return true
            }
        }
        return false
    }
}
