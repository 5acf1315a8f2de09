import LedgerImport
import Testing

/// Random tables written as CSV the way spreadsheets do (quoted only when needed, any line end)
/// read back field for field.
@Suite("CSV round trip")
struct CSVRoundTripTests {
    /// SplitMix64: a small seeded generator, so every run checks the same tables.
    struct Generator {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return Int((z ^ (z >> 31)) % UInt64(bound))
        }
    }

    static let alphabet: [String] = ["a", "Z", "7", " ", ",", "\"", "\n", "\r\n", "é", "青", "£", "-", "."]

    /// A field as a spreadsheet writes it: in quotes, with quotes doubled, when it needs them.
    static func encoded(_ field: String) -> String {
        let needsQuotes = field.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r\n" || $0 == "\r" } || field.isEmpty
        return needsQuotes ? "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : field
    }

    @Test("500 random tables of 1–6 columns read back as written, with each record's first line", arguments: 0..<5)
    func roundTrip(seed: UInt64) throws {
        var random = Generator(state: seed)
        for _ in 0..<100 {
            let columns = 1 + random.next(6)
            let rows = (0..<(1 + random.next(8))).map { _ in
                (0..<columns).map { _ in (0..<random.next(6)).map { _ in Self.alphabet[random.next(Self.alphabet.count)] }.joined() }
            }
            var text = random.next(2) == 0 ? "\u{FEFF}" : ""
            var expectedLines: [Int] = []
            var line = 1
            for row in rows {
                expectedLines.append(line)
                let record = row.map(Self.encoded).joined(separator: ",")
                text += record + (random.next(2) == 0 ? "\r\n" : "\n")
                line += 1 + record.filter { $0 == "\n" || $0 == "\r\n" }.count
            }
            var reader = try CSVReader(bytes: Array(text.utf8), file: "t.csv")
            var read: [[String]] = []
            var lines: [Int] = []
            while let record = try reader.next() {
                read.append(record.fields)
                lines.append(record.line)
            }
            // Inside quotes CRLF becomes LF, as CSVRecord says.
            #expect(read == rows.map { $0.map { $0.replacingOccurrences(of: "\r\n", with: "\n") } }, "\(text.debugDescription)")
            #expect(lines == expectedLines, "\(text.debugDescription)")
        }
    }
}
