import LedgerKit

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
    mutating func string(_ value: String) { text += JSONStringLiteral.quoted(value) }

    /// Appends `, "key": "value"` (or without the comma when `first`); nothing for a nil value.
    mutating func member(_ key: String, _ value: String?, first: Bool = false) {
        guard let value else { return }
        text += (first ? "" : comma) + "\"\(key)\"" + colon + JSONStringLiteral.quoted(value)
    }
}
