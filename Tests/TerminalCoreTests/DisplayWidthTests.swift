import Testing
@testable import TerminalCore

@Suite("Display width")
struct DisplayWidthTests {
    /// Expected values are python `wcwidth.wcswidth` (0.7.0) results for the same strings.
    @Test("agrees with python wcwidth on a sample", arguments: [
        ("a", 1), ("~", 1), ("\u{E9}", 1), ("e\u{301}", 1),
        ("日", 2), ("ｱ", 1), ("Ａ", 2), ("가", 2), ("\u{1100}\u{1161}\u{11A8}", 2),
        ("\u{3000}", 2), ("\u{B7}", 1), ("─", 1), ("…", 1), ("\u{4E00}", 2), ("\u{20000}", 2),
        ("😀", 2), ("\u{231A}", 2), ("\u{2764}", 1), ("\u{2764}\u{FE0F}", 2),
        ("👨\u{200D}👩\u{200D}👧", 2), ("🇯🇵", 2), ("👍🏽", 2), ("1\u{FE0F}\u{20E3}", 2),
        ("\u{1F3F4}\u{E0067}\u{E0062}\u{E0065}\u{E006E}\u{E0067}\u{E007F}", 2), ("\u{1FAE8}", 2),
        ("क्ष", 2), ("का", 2), ("กำ", 2), ("\u{5E9}\u{5C1}", 1),
        ("\u{301}", 0), ("\u{200D}", 0), ("\u{FE0F}", 0), ("\u{AD}", 1),
        ("予算 Adopted", 12), ("東京都千代田区", 14), ("Café Société", 12),
    ])
    func agreesWithWcwidth(text: String, expected: Int) {
        #expect(DisplayWidth.of(text) == expected)
    }

    @Test("a lone spacing combining mark takes one column, as in glibc (python wcwidth says 0)")
    func spacingMarkAlone() {
        #expect(DisplayWidth.of("\u{903}" as Unicode.Scalar) == 1)
    }

    @Test("scalar widths at table edges")
    func scalarEdges() {
        let cases: [(UInt32, Int)] = [
            (0x20, 1), (0x7E, 1), (0x1F, 0), (0x7F, 0), (0x9F, 0), (0xA0, 1),
            (0x10FF, 1), (0x1100, 2), (0x115F, 2), (0x1160, 0), (0x11FF, 0), (0x1200, 1),
            (0x302D, 0), (0x3041, 2), (0xFF01, 2), (0xFF61, 1), (0xFFE0, 2),
            (0xAC00, 2), (0xD7A3, 2), (0xD7B0, 0), (0x1F1E6, 1), (0xE0100, 0), (0x10FFFD, 1),
        ]
        for (value, expected) in cases {
            #expect(DisplayWidth.of(Unicode.Scalar(value)!) == expected, "U+\(String(value, radix: 16))")
        }
    }

    @Test("a grapheme cluster is measured as one unit")
    func clusters() {
        #expect(DisplayWidth.of(Character("👨\u{200D}👩\u{200D}👧")) == 2)
        #expect(DisplayWidth.of(Character("e\u{301}\u{302}")) == 1)
        #expect(DisplayWidth.of(Character("\u{301}")) == 0)
    }

    @Test("truncation cuts by display columns and keeps the ellipsis inside the limit")
    func truncation() {
        #expect(DisplayWidth.truncate("日本語テキスト", toColumns: 7) == "日本語…")
        #expect(DisplayWidth.truncate("日本語テキスト", toColumns: 6) == "日本…")
        #expect(DisplayWidth.truncate("日本語テキスト", toColumns: 14) == "日本語テキスト")
        #expect(DisplayWidth.truncate("Parks & Recreation", toColumns: 8, ellipsis: "...") == "Parks...")
        #expect(DisplayWidth.truncate("Parks", toColumns: 2, ellipsis: "...") == "..")
        #expect(DisplayWidth.truncate("Parks", toColumns: 0) == "")
        #expect(DisplayWidth.truncate("Café", toColumns: 3, ellipsis: "") == "Caf")
    }

    @Test("text of no width fits in 0 columns: truncation returns it whole (found by fuzz-text)")
    func zeroWidthTextFitsInZeroColumns() {
        #expect(DisplayWidth.truncate("\u{FE0F}", toColumns: 0) == "\u{FE0F}")
        #expect(DisplayWidth.truncate("", toColumns: 0) == "")
        #expect(DisplayWidth.truncate("\u{301}a", toColumns: 0) == "")
    }

    @Test("the longest fitting prefix never splits a wide grapheme")
    func prefix() {
        #expect(DisplayWidth.prefix("a日b", fitting: 2) == "a")
        #expect(DisplayWidth.prefix("a日b", fitting: 3) == "a日")
        #expect(DisplayWidth.prefix("e\u{301}x", fitting: 1) == "e\u{301}")
    }
}
