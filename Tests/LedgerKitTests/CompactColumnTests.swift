import TestSupport
import Testing

@testable import LedgerKit

/// The compact line-item columns read back exactly what was appended, however it was appended.
@Suite("Compact columns: front-coded text, bits, record sources")
struct CompactColumnTests {
    /// Texts that exercise every entry form: empty, shared prefixes below and above 14 bytes,
    /// suffixes below and above 15, multi-byte UTF-8, and repeats.
    static func sampleTexts(count: Int, seed: UInt64) -> [String] {
        var generator = SeededRandom(seed: seed)
        var texts: [String] = []
        for index in 0..<count {
            switch generator.next() % 7 {
            case 0: texts.append("")
            case 1: texts.append("SYN-2024-\(String(format: "%06d", index))")
            case 2: texts.append("INV-\(generator.next() % 100)-\(generator.next() % 1_000_000)")
            case 3: texts.append(String(repeating: "長い参照番号", count: Int(generator.next() % 6)) + "\(index)")
            case 4: texts.append(texts.last ?? "")
            case 5: texts.append("a-very-long-shared-prefix-of-forty-bytes-\(generator.next() % 1000)")
            default: texts.append(String(repeating: "x", count: Int(generator.next() % 300)))
            }
        }
        return texts
    }

    static func column(_ texts: [String]) -> FrontCodedTextColumn {
        var column = FrontCodedTextColumn()
        for text in texts { Array(text.utf8).withUnsafeBufferPointer { column.append($0) } }
        return column
    }

    @Test("front coding: every text reads back, one at a time, in order and out of order", arguments: [0, 1, 15, 16, 17, 33, 1000])
    func frontCodedRoundTrip(count: Int) {
        let texts = Self.sampleTexts(count: count, seed: UInt64(count) + 1)
        let column = Self.column(texts)
        #expect(column.count == count)
        #expect((0..<count).map { column[$0] } == texts)
        #expect((0..<count).reversed().map { column[$0] } == texts.reversed())
        var read: [String] = []
        column.forEachUTF8(in: 0..<count) { row, text in
            #expect(row == read.count)
            read.append(String(decoding: text, as: UTF8.self))
        }
        #expect(read == texts)
        let backAndForth = [count - 1, 0, count / 2, count / 2 - 1, count / 2 + 1, 3].filter { $0 >= 0 && $0 < count }
        column.withDecoder { decoder in
            for row in backAndForth { #expect(String(decoding: decoder.text(at: row), as: UTF8.self) == texts[row]) }
        }
    }

    @Test("front coding: ids that count up take a few bytes each")
    func frontCodedSize() {
        let column = Self.column((1...10_000).map { "SYN-2024-\(String(format: "%06d", $0))" })
        #expect(column.byteCount < 10_000 * 5)
        #expect(column[9_999] == "SYN-2024-010000")
    }

    @Test("front coding: appending columns and selecting rows keep the texts")
    func frontCodedAppendAndSelect() {
        let first = Self.sampleTexts(count: 37, seed: 7)
        let second = Self.sampleTexts(count: 50, seed: 8)
        var column = Self.column(first)
        column.append(contentsOf: Self.column(second))
        var plain = TextColumn()
        for text in second { Array(text.utf8).withUnsafeBufferPointer { plain.append($0) } }
        column.append(contentsOf: FrontCodedTextColumn(plain))
        let all = first + second + second
        #expect((0..<column.count).map { column[$0] } == all)
        let rows = [86, 0, 5, 5, 40, 17, 16, 136]
        let selected = column.selecting(rows)
        #expect((0..<selected.count).map { selected[$0] } == rows.map { all[$0] })
    }

    @Test("front coding: a large plain column is coded in two parts that read as one")
    func frontCodedFromPlainColumn() {
        let texts = Self.sampleTexts(count: 70_001, seed: 11)
        var plain = TextColumn()
        for text in texts { Array(text.utf8).withUnsafeBufferPointer { plain.append($0) } }
        let column = FrontCodedTextColumn(plain)
        #expect(column.count == texts.count)
        var read: [String] = []
        column.forEachUTF8(in: 0..<column.count) { _, text in read.append(String(decoding: text, as: UTF8.self)) }
        #expect(read == texts)
        var extended = column
        extended.append(contentsOf: Self.column(["SYN-2024-000001", "SYN-2024-000002"]))
        #expect(extended[70_002] == "SYN-2024-000002")
    }

    @Test("bits: appended one by one and by columns, at every alignment")
    func bits() {
        var generator = SeededRandom(seed: 3)
        for split in [0, 1, 63, 64, 65, 128, 200] {
            let flags = (0..<300).map { _ in generator.next() % 3 == 0 }
            var head = BitColumn()
            var tail = BitColumn()
            for flag in flags[..<split] { head.append(flag) }
            for flag in flags[split...] { tail.append(flag) }
            head.append(contentsOf: tail)
            #expect(Array(head) == flags)
        }
    }

    @Test("optional codes: absent, narrow and wide storage read back the same indices")
    func optionalCodes() {
        let cases: [[Int32]] = [[], [-1, -1, -1], [-1, 0, 65_533, -1], [-1, 3, 65_535, -1, 7], [70_000, -1], [-1, -1, 2_000_000_000]]
        for codes in cases {
            var column = OptionalCodeColumn()
            column.append(contentsOf: codes.prefix(2))
            for code in codes.dropFirst(2) { column.append(code) }
            #expect(Array(column) == codes)
            #expect(column.isAllAbsent == codes.allSatisfy { $0 < 0 })
        }
    }

    @Test("record sources: the file of each run and the line of each row, lines moved by merging")
    func recordSources() {
        var column = RecordSourceColumn()
        column.append(RecordSource(file: 2, line: 1))
        column.append(RecordSource(file: 2, line: 2))
        var chunk = RecordSourceColumn()
        chunk.append(RecordSource(file: 2, line: 1))
        chunk.append(RecordSource(file: 3, line: 4))
        chunk.append(RecordSource(file: 3, line: 5))
        column.append(contentsOf: chunk, lineOffset: 10)
        column.append(RecordSource(file: 2, line: 99))
        #expect(Array(column) == [
            RecordSource(file: 2, line: 1), RecordSource(file: 2, line: 2), RecordSource(file: 2, line: 11),
            RecordSource(file: 3, line: 14), RecordSource(file: 3, line: 15), RecordSource(file: 2, line: 99),
        ])
        #expect(column.runs.map(\.file) == [2, 3, 2])
        #expect(column.runs.map(\.rows) == [0..<3, 3..<5, 5..<6])
    }
}
