extension TextSanitizer {
    /// The printable-ASCII stand-in for a cleaned, non-control scalar: itself when ASCII,
    /// a hand-picked transliteration for typographic punctuation, arrows, box drawing
    /// and letters without a decomposition, the generated compatibility fold for accented
    /// letters and fullwidth forms, and `?` for anything else.
    static func asciiFallback(for scalar: Unicode.Scalar) -> String {
        let value = scalar.value
        if value >= 0x20 && value < 0x7F {
            return String(Character(scalar))
        }
        if let special = typographicFallback(value) {
            return special
        }
        if let index = foldIndex(of: value) {
            return foldedReplacements[index]
        }
        return "?"
    }

    private static func typographicFallback(_ value: UInt32) -> String? {
        switch value {
        case 0x2010...0x2015, 0x2043, 0x2212: "-"
        case 0x2018...0x201B, 0x2032: "'"
        case 0x201C...0x201F, 0x2033: "\""
        case 0x00B7, 0x30FB: "."
        case 0x2022, 0x25CF, 0x25C6: "*"
        case 0x25CB, 0x25EF: "o"
        case 0x00D7, 0x2716...0x2718: "x"
        case 0x00F7: "/"
        case 0x2713, 0x2714: "v"
        case 0x00AB: "<<"
        case 0x00BB: ">>"
        case 0x2039, 0x25C0, 0x25C2, 0x25C4: "<"
        case 0x203A, 0x25B6, 0x25B8, 0x25BA: ">"
        case 0x2191, 0x25B2, 0x25B4: "^"
        case 0x2193, 0x25BC, 0x25BE: "v"
        case 0x2190: "<-"
        case 0x2192: "->"
        case 0x2591: "."
        case 0x2592: ":"
        case 0x2580...0x259F: "#"
        case 0x2500...0x257F: boxDrawingFallback(value)
        case 0x00C6: "AE"
        case 0x00E6: "ae"
        case 0x0152: "OE"
        case 0x0153: "oe"
        case 0x00DF: "ss"
        case 0x00D8: "O"
        case 0x00F8: "o"
        case 0x00D0, 0x0110: "D"
        case 0x00F0, 0x0111: "d"
        case 0x00DE: "Th"
        case 0x00FE: "th"
        case 0x0141: "L"
        case 0x0142: "l"
        case 0x0126: "H"
        case 0x0127: "h"
        case 0x0131: "i"
        default: nil
        }
    }

    /// Light, heavy and double lines of the Box Drawing block: horizontal pieces become
    /// `-`, vertical pieces `|`, corners, junctions and diagonals `+`.
    private static func boxDrawingFallback(_ value: UInt32) -> String {
        switch value {
        case 0x2500, 0x2501, 0x2504, 0x2505, 0x2508, 0x2509, 0x254C, 0x254D, 0x2550, 0x2574, 0x2576, 0x2578, 0x257A, 0x257C, 0x257E:
            "-"
        case 0x2502, 0x2503, 0x2506, 0x2507, 0x250A, 0x250B, 0x254E, 0x254F, 0x2551, 0x2575, 0x2577, 0x2579, 0x257B, 0x257D, 0x257F:
            "|"
        default:
            "+"
        }
    }

    private static func foldIndex(of value: UInt32) -> Int? {
        var low = 0
        var high = foldedScalars.count - 1
        while low <= high {
            let middle = (low + high) / 2
            let candidate = foldedScalars[middle]
            if candidate == value {
                return middle
            }
            if candidate < value {
                low = middle + 1
            } else {
                high = middle - 1
            }
        }
        return nil
    }
}
