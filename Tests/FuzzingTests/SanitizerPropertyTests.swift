import Fuzzing
import Testing
import TerminalCore
import TestSupport

/// Properties of the one sanitiser, on seeded random text rich in hostile characters: the result
/// holds nothing `TextSafety` forbids, and sanitising it again changes nothing.
@Suite("Sanitiser properties")
struct SanitizerPropertyTests {
    /// Characters that attack a terminal or a reader, and characters that must survive beside them.
    static let hostile: [Unicode.Scalar] = [
        "\u{00}", "\u{07}", "\u{08}", "\u{09}", "\u{0A}", "\u{0D}", "\u{1B}", "\u{7F}", "\u{80}", "\u{85}", "\u{9B}", "\u{9D}",
        "\u{061C}", "\u{200B}", "\u{200C}", "\u{200D}", "\u{200E}", "\u{200F}", "\u{202A}", "\u{202D}", "\u{202E}",
        "\u{2028}", "\u{2029}", "\u{2060}", "\u{2066}", "\u{2069}", "\u{FEFF}", "\u{00AD}", "\u{180E}", "\u{FFFE}", "\u{FFFF}",
        "\u{E0001}", "\u{E0067}", "\u{E007F}", "\u{FE0F}", "\u{0301}", "\u{1F3FD}", "\u{1F1EF}", "\u{1F1F5}",
        "[", "]", ";", "0", "a", "é", "日", "ｶ", "가", "\u{1F468}", "\u{1F469}", " ",
    ]

    /// A string of up to 40 scalars, most from `hostile`, the rest anywhere in Unicode.
    static func randomText(_ generator: inout SeededRandom) -> String {
        var scalars = String.UnicodeScalarView()
        for _ in 0..<generator.below(41) {
            if generator.below(4) > 0 {
                scalars.append(hostile[generator.below(hostile.count)])
            } else if let scalar = Unicode.Scalar(UInt32(generator.below(0x11_0000))) {
                scalars.append(scalar)
            }
        }
        return String(scalars)
    }

    @Test("sanitised text is safe and sanitising it again changes nothing", arguments: [TextSanitizer.Mode.unicode, .ascii])
    func safeAndIdempotent(_ mode: TextSanitizer.Mode) {
        for seed in UInt64(1)...20 {
            var generator = SeededRandom(seed: seed)
            for _ in 0..<500 {
                let text = Self.randomText(&generator)
                let clean = TextSanitizer.sanitize(text, mode: mode)
                #expect(TextSafety.problem(in: clean, mode: mode) == nil, "seed \(seed): \(text.unicodeScalars.map { String($0.value, radix: 16) })")
                #expect(TextSanitizer.sanitize(clean, mode: mode) == clean, "seed \(seed): \(text.unicodeScalars.map { String($0.value, radix: 16) })")
            }
        }
    }

    @Test("the safety check itself finds each kind of unsafe character", arguments: [
        "\u{1B}[2J", "a\u{07}", "\u{7F}", "\u{9B}31m", "\u{202E}evil", "\u{2067}x", "a\u{200B}b", "\u{2028}", "\u{2029}", "\u{FEFF}",
        "\u{200D}lone joiner", "\u{FFFE}", "\u{00AD}",
    ])
    func checkFindsUnsafeText(_ text: String) {
        #expect(TextSafety.problem(in: text, mode: .unicode) != nil)
    }

    @Test("joiners inside a cluster are safe (emoji sequences); outside ASCII is unsafe in ASCII mode")
    func checkAllowsJoinedClusters() {
        #expect(TextSafety.problem(in: "\u{1F468}\u{200D}\u{1F469}\u{200D}\u{1F467} 日本", mode: .unicode) == nil)
        #expect(TextSafety.problem(in: "日本", mode: .ascii) != nil)
        #expect(TextSafety.problem(in: "Paving Co. ^[", mode: .ascii) == nil)
    }
}
