/// JSON string literals for everything GovLens writes as JSON (imported ledgers, exports).
public enum JSONStringLiteral {
    /// `text` as a JSON string literal: `"`, `\`, C0 and C1 controls, DEL and the line and
    /// paragraph separators escaped (`\n`, `\r`, `\t`, else `\u00XX` in upper-case hex);
    /// everything else as UTF-8.
    public static func quoted(_ text: String) -> String {
        if !text.unicodeScalars.contains(where: needsEscape) { return "\"" + text + "\"" }
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case _ where needsEscape(scalar):
                let hex = String(scalar.value, radix: 16, uppercase: true)
                result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }

    /// Whether `scalar` cannot stand in a literal as it is.
    private static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return value < 0x20 || value == 0x22 || value == 0x5C || (0x7F..<0xA0).contains(value) || value == 0x2028 || value == 0x2029
    }
}
