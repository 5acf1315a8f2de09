/// Builds JSON text for the ledger writer: members in the order written, strings escaped, no floating point.
struct JSONText {
    private(set) var text = ""
    /// Written between members: `", "`, or `","` in compact text (JSON Lines).
    let comma: String
    /// Written after a key: `": "`, or `":"` in compact text.
    let colon: String

    /// Creates empty text; `compact` leaves out the spaces after commas and colons.
    init(compact: Bool = false) {
        comma = compact ? "," : ", "
        colon = compact ? ":" : ": "
    }

    /// Appends text verbatim (punctuation, keys known to need no escaping).
    mutating func raw(_ fragment: String) { text += fragment }

    /// Appends a quoted, escaped JSON string.
    mutating func string(_ value: String) { text += Self.quoted(value) }

    /// Appends `, "key": "value"` (or without the comma when `first`); nothing for a nil value.
    mutating func member(_ key: String, _ value: String?, first: Bool = false) {
        guard let value else { return }
        text += (first ? "" : comma) + "\"\(key)\"" + colon + Self.quoted(value)
    }

    /// `"text"` with `"`, `\` and control characters escaped; everything else as it is (UTF-8).
    static func quoted(_ value: String) -> String {
        if !value.utf8.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C || $0 == 0x7F }) { return "\"" + value + "\"" }
        var out = "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20 || scalar.value == 0x7F:
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
