import LedgerKit

/// Appends JSON text, byte by byte, to a growable buffer.
///
/// Everything the generator writes goes through this type: no `JSONEncoder` and no
/// `Double` formatting, so output is fast and identical on every platform. Amounts are
/// integer minor units written as decimal strings; other numbers are scaled integers.
struct JSONWriter {
    /// The bytes written so far.
    var bytes: [UInt8]

    init(capacity: Int = 1 << 16) {
        bytes = []
        bytes.reserveCapacity(capacity)
    }

    /// Appends ASCII text verbatim (keys, punctuation, literals).
    mutating func raw(_ text: StaticString) {
        text.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    /// Appends pre-encoded bytes verbatim.
    mutating func raw(_ encoded: [UInt8]) {
        bytes.append(contentsOf: encoded)
    }

    /// Appends a quoted JSON string for `text`.
    mutating func string(_ text: String) {
        bytes.append(0x22)
        bytes.append(contentsOf: JSONWriter.escaped(text))
        bytes.append(0x22)
    }

    /// Appends a quoted JSON string whose content is already escaped.
    mutating func quoted(_ escaped: [UInt8]) {
        bytes.append(0x22)
        bytes.append(contentsOf: escaped)
        bytes.append(0x22)
    }

    /// Appends `prefix` verbatim, then `value` as a JSON string: `member(", \"name\": ", name)`
    /// writes `, "name": "…"`. A nil value writes nothing, leaving the optional member out.
    mutating func member(_ prefix: StaticString, _ value: String?) {
        guard let value else { return }
        raw(prefix)
        string(value)
    }

    /// Appends a JSON string or `null`.
    mutating func stringOrNull(_ text: String?) {
        if let text { string(text) } else { raw("null") }
    }

    /// Appends an integer in decimal.
    mutating func int<I: BinaryInteger>(_ value: I) {
        let wide = Int64(value)
        if wide < 0 {
            bytes.append(0x2D)
            digits(UInt64(bitPattern: 0 &- wide), width: 1)
        } else {
            digits(UInt64(wide), width: 1)
        }
    }

    /// Appends a non-negative integer, zero-padded to at least `width` digits.
    mutating func padded<I: BinaryInteger>(_ value: I, width: Int) {
        digits(UInt64(value), width: width)
    }

    /// Appends minor units as a quoted decimal amount: `"1234.56"`, `"-0.05"`, `"12345"` (0 decimals).
    mutating func amount(_ minorUnits: Int64, decimals: Int) {
        bytes.append(0x22)
        number(minorUnits, decimals: decimals)
        bytes.append(0x22)
    }

    /// Appends a scaled integer as an unquoted JSON number with exactly `decimals` decimals
    /// (LedgerKit's `MoneyFormat.plain`).
    mutating func number(_ scaled: Int64, decimals: Int) {
        bytes.append(contentsOf: MoneyFormat.plain(scaled, exponent: decimals).utf8)
    }

    /// A non-negative integer as text, zero-padded to at least `width` digits: `0007` for 7 and width 4.
    static func padded(_ value: Int, width: Int) -> String {
        var out = JSONWriter(capacity: width)
        out.padded(value, width: width)
        return String(decoding: out.bytes, as: UTF8.self)
    }

    private mutating func digits(_ value: UInt64, width: Int) {
        var count = 1
        var probe = value
        while probe >= 10 {
            probe /= 10
            count += 1
        }
        count = max(count, width)
        let end = bytes.count + count
        bytes.append(contentsOf: repeatElement(0x30, count: count))
        var remaining = value
        var index = end - 1
        while remaining > 0 {
            bytes[index] = 0x30 + UInt8(remaining % 10)
            remaining /= 10
            index -= 1
        }
    }

    /// The UTF-8 content of a JSON string for `text`, without quotes: `"` and `\` are
    /// escaped, control characters become `\n`, `\t` or `\u00XX`; everything else is verbatim.
    static func escaped(_ text: String) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        for byte in text.utf8 {
            switch byte {
            case 0x22: out += [0x5C, 0x22]
            case 0x5C: out += [0x5C, 0x5C]
            case 0x0A: out += [0x5C, 0x6E]
            case 0x09: out += [0x5C, 0x74]
            case 0..<0x20:
                let hex: [UInt8] = Array("0123456789abcdef".utf8)
                out += [0x5C, 0x75, 0x30, 0x30, hex[Int(byte >> 4)], hex[Int(byte & 0xF)]]
            default: out.append(byte)
            }
        }
        return out
    }
}
