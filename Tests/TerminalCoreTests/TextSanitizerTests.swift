import TestSupport
import Testing
@testable import TerminalCore

@Suite("Text sanitiser")
struct TextSanitizerTests {
    @Test("controls become visible pictures", arguments: [
        ("a\tb", "a b"),
        ("line1\nline2", "line1␤line2"),
        ("a\r\nb", "a␍␤b"),
        ("over\rwrite", "over␍write"),
        ("back\u{8}space", "back␈space"),
        ("\u{1B}[2J\u{1B}]0;title\u{7}", "␛[2J␛]0;title␇"),
        ("nul\u{0}", "nul␀"),
        ("del\u{7F}", "del␡"),
        ("c1\u{9B}31m", "c1\u{FFFD}31m"),
        ("nel\u{85}x", "nel␤x"),
        ("ls\u{2028}ps\u{2029}", "ls␤ps␤"),
        ("non\u{FFFF}char", "non\u{FFFD}char"),
    ])
    func controls(input: String, expected: String) {
        #expect(TextSanitizer.sanitize(input) == expected)
    }

    @Test("bidi controls and invisible format characters are removed", arguments: [
        ("abc\u{202E}fed", "abcfed"),
        ("\u{2066}x\u{2069}\u{2067}y\u{2068}", "xy"),
        ("\u{200E}\u{200F}\u{61C}ltr", "ltr"),
        ("\u{202A}\u{202B}\u{202C}\u{202D}z", "z"),
        ("zero\u{200B}width", "zerowidth"),
        ("\u{FEFF}bom", "bom"),
        ("soft\u{AD}hyphen", "softhyphen"),
        ("word\u{2060}joiner", "wordjoiner"),
        ("\u{200D}lead", "lead"),
        ("\u{E0041}tag", "tag"),
    ])
    func formatCharacters(input: String, expected: String) {
        #expect(TextSanitizer.sanitize(input) == expected)
    }

    @Test("legitimate text is unchanged", arguments: [
        "Riverton Paving Co.", "東京都千代田区 予算", "Café Société", "e\u{301}",
        "👨\u{200D}👩\u{200D}👧", "🇯🇵", "\u{2764}\u{FE0F}", "\u{1F3F4}\u{E0067}\u{E0062}\u{E0073}\u{E0063}\u{E0074}\u{E007F}",
        "می\u{200C}خواهم", "क्\u{200D}ष", "العربية", "┌─┐ █▏ ●▲✖", "\u{E000}",
    ])
    func unchanged(text: String) {
        #expect(TextSanitizer.sanitize(text) == text)
    }

    @Test("ASCII mode: caret notation, transliteration, question marks", arguments: [
        ("plain", "plain"),
        ("a\tb\nc\r\n\u{1B}[m\u{7F}", "a b^Jc^M^J^[[m^?"),
        ("Café Société São Paulo Zürich", "Cafe Societe Sao Paulo Zurich"),
        ("e\u{301}", "e"),
        ("Straße Ærø Łódź", "Strasse AEro Lodz"),
        ("Jul 2024–Jun 2025 · “quoted” ‘x’ …", "Jul 2024-Jun 2025 . \"quoted\" 'x' ..."),
        ("┌─┐│└┘├┼", "+-+|++++"),
        ("ＡＢＣ１２３", "ABC123"),
        ("日本", "??"),
        ("👨\u{200D}👩\u{200D}👧", "?"),
        ("x\u{202E}y\u{200B}z", "xyz"),
        ("c1\u{9B}", "c1?"),
        ("½", "1/2"),
    ])
    func ascii(input: String, expected: String) {
        #expect(TextSanitizer.sanitize(input, mode: .ascii) == expected)
    }

    @Test("properties over random hostile strings: no control, bidi or stray format character; idempotent")
    func properties() {
        var random = SeededRandom(seed: 0x5EED_0F_60F1E45)
        for _ in 0..<3000 {
            let input = random.hostileString()
            let unicode = TextSanitizer.sanitize(input)
            #expect(TextSanitizer.sanitize(unicode) == unicode, "not idempotent: \(input.debugDescription)")
            for cluster in unicode {
                for (offset, scalar) in cluster.unicodeScalars.enumerated() {
                    let category = scalar.properties.generalCategory
                    #expect(category != .control && category != .lineSeparator && category != .paragraphSeparator,
                            "control left in \(unicode.debugDescription)")
                    if category == .format {
                        let joiner = [0x200C, 0x200D].contains(scalar.value) || (0xE0020...0xE007F).contains(scalar.value)
                        #expect(joiner && offset > 0, "format character left in \(unicode.debugDescription)")
                    }
                }
            }
            let ascii = TextSanitizer.sanitize(input, mode: .ascii)
            #expect(ascii.utf8.allSatisfy { $0 >= 0x20 && $0 < 0x7F }, "non-printable in \(ascii.debugDescription)")
            #expect(TextSanitizer.sanitize(ascii, mode: .ascii) == ascii)
        }
    }
}

extension SeededRandom {
    /// Up to 12 scalars, mostly from the troublemakers a sanitiser must handle.
    mutating func hostileString() -> String {
        let troublemakers: [UInt32] = [
            0x00, 0x07, 0x08, 0x09, 0x0A, 0x0D, 0x1B, 0x7F, 0x85, 0x9B, 0x9F, 0xAD, 0x61C,
            0x200B, 0x200C, 0x200D, 0x200E, 0x200F, 0x2028, 0x2029, 0x202A, 0x202E, 0x2060,
            0x2066, 0x2069, 0xFE0E, 0xFE0F, 0xFEFF, 0xFFFE, 0xFFFF, 0xE0001, 0xE0041, 0xE007F,
            0x301, 0x20E3, 0x1F3FD, 0x1F1EF, 0x1F1F5, 0x1F468, 0x2764, 0x41, 0x20, 0x65, 0x65E5,
            0xAC00, 0x1100, 0x1161, 0x0915, 0x094D, 0x2424, 0x240D, 0x2500, 0xE9, 0xFFFD,
        ]
        var scalars = String.UnicodeScalarView()
        for _ in 0..<Int.random(in: 0...12, using: &self) {
            if Int.random(in: 0..<4, using: &self) == 0 {
                var value = UInt32.random(in: 0...0x10FFFF, using: &self)
                if (0xD800...0xDFFF).contains(value) {
                    value = 0x41
                }
                scalars.append(Unicode.Scalar(value)!)
            } else {
                scalars.append(Unicode.Scalar(troublemakers.randomElement(using: &self)!)!)
            }
        }
        return String(scalars)
    }
}
