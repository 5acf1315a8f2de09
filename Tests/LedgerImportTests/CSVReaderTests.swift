import LedgerImport
import LedgerKit
import Testing

@Suite("CSV reader")
struct CSVReaderTests {
    /// Every record of `text` as (line, fields).
    private func records(_ text: String) throws -> [(Int, [String])] {
        try records(Array(text.utf8))
    }

    private func records(_ bytes: [UInt8]) throws -> [(Int, [String])] {
        var reader = try CSVReader(bytes: bytes, file: "t.csv")
        var result: [(Int, [String])] = []
        while let record = try reader.next() { result.append((record.line, record.fields)) }
        return result
    }

    /// The error reading `bytes` gives, as printed.
    private func failure(_ bytes: [UInt8]) -> String? {
        do {
            _ = try records(bytes)
            return nil
        } catch {
            return (error as? CSVError)?.description
        }
    }

    @Test("a byte-order mark before the header is skipped")
    func byteOrderMark() throws {
        let rows = try records([0xEF, 0xBB, 0xBF] + Array("Amount,Date\n1,2\n".utf8))
        #expect(rows.map(\.1) == [["Amount", "Date"], ["1", "2"]])
    }

    @Test("CRLF, LF and lone CR line ends in one file keep line numbers right")
    func mixedLineEnds() throws {
        let rows = try records("a,b\r\n1,2\n3,4\r5,6\r\n")
        #expect(rows.map(\.0) == [1, 2, 3, 4])
        #expect(rows.map(\.1) == [["a", "b"], ["1", "2"], ["3", "4"], ["5", "6"]])
    }

    @Test("quoted fields hold separators, doubled quotes and line breaks; the next record's line counts them")
    func quotedFields() throws {
        let rows = try records("name,note\r\n\"Policy, Culture\",\"\"\"JOHNNIE\"\" JOHNSON\"\r\n\"two\r\nlines\",x\nlast,\"\"\n")
        #expect(rows.map(\.1) == [["name", "note"], ["Policy, Culture", "\"JOHNNIE\" JOHNSON"], ["two\nlines", "x"], ["last", ""]])
        #expect(rows.map(\.0) == [1, 2, 3, 5])
    }

    @Test("blank lines are skipped, empty fields are kept, a last line without a line end is read")
    func blankLinesAndEmptyFields() throws {
        let rows = try records("a,b,c\n\n,,xxx\r\n\r\n1,,3")
        #expect(rows.map(\.1) == [["a", "b", "c"], ["", "", "xxx"], ["1", "", "3"]])
        #expect(rows.map(\.0) == [1, 3, 5])
    }

    @Test("a quote left open is reported where it opens")
    func unterminatedQuote() {
        #expect(
            failure(Array("a,b\n1,\"open\nstill open\n".utf8))
                == "t.csv:2:3: error: expected a closing quote for the field that opens here, found the end of the file")
    }

    @Test("a quote inside an unquoted field is an error at the quote")
    func strayQuote() {
        #expect(
            failure(Array("a,b\nab\"c,2\n".utf8))
                == "t.csv:2:3: error: expected a quote only around a whole field, found '\"' inside an unquoted field")
    }

    @Test("text after a closing quote is an error at that text, counted in characters")
    func textAfterClosingQuote() {
        #expect(
            failure(Array("a,b\n\"é\"ü,2\n".utf8))
                == "t.csv:2:4: error: expected a separator or the end of the line after a closing quote, found 'ü'")
    }

    @Test("invalid UTF-8 and NUL bytes are errors at their place")
    func notText() {
        #expect(failure(Array("a,b\n1,".utf8) + [0xFF]) == "t.csv:2:3: error: expected UTF-8 text, found the byte 0xFF")
        #expect(failure(Array("a,b\n1,".utf8) + [0xC3]) == "t.csv:2:3: error: expected UTF-8 text, found the byte 0xC3")
        #expect(failure(Array("a,b\r\nx,".utf8) + [0] + Array("\n".utf8)) == "t.csv:2:3: error: expected text, found a NUL byte")
    }
}
