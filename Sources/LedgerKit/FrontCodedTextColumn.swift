import Dispatch

/// A column of texts that resemble the text before them (line-item ids, references), front coded:
/// each text is stored as the length of the prefix it shares with the previous text and the rest.
///
/// Texts are grouped in blocks of `blockRows`; the first text of a block is stored whole, so one
/// text is read by decoding at most `blockRows` entries, and a run of texts by one pass. A million
/// ids like `SYN-2024-000001` take about 4 bytes each instead of 19 (15 of text, 4 of offset).
///
/// An entry is a header byte — shared prefix length in the high four bits and suffix length in
/// the low four, when those fit in 0…14 and 0…15 — or `0xFF` followed by both lengths as LEB128
/// varints, then the suffix's bytes.
public struct FrontCodedTextColumn: Sendable {
    /// Texts per block.
    static let blockRows = 16
    private var bytes: [UInt8] = []
    /// Where each block's first entry starts in `bytes`.
    private var blockStarts: [UInt32] = []
    /// The number of texts.
    public private(set) var count = 0
    /// The length of the longest text, the room a decoder needs.
    private var longest = 0
    /// The last text appended, which the next one is coded against.
    private var previous: [UInt8] = []

    /// Creates an empty column.
    public init() {}

    /// Bytes of the encoded texts.
    public var byteCount: Int { bytes.count }

    /// The text at `index`.
    public subscript(index: Int) -> String {
        withUTF8(at: index) { String(decoding: $0, as: UTF8.self) }
    }

    /// Calls `body` with the UTF-8 bytes of the text at `index`, decoded into a temporary buffer.
    public func withUTF8<R>(at index: Int, _ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        precondition(index >= 0 && index < count, "text index out of range")
        return try withDecoder { decoder in try body(decoder.text(at: index)) }
    }

    /// Calls `body` with a decoder for reading many texts; reading them in ascending order decodes each entry once.
    public func withDecoder<R>(_ body: (inout Decoder) throws -> R) rethrows -> R {
        try bytes.withUnsafeBufferPointer { encoded in
            try blockStarts.withUnsafeBufferPointer { starts in
                try withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(1, longest)) { text in
                    var decoder = Decoder(encoded: encoded, blockStarts: starts, text: text, count: count)
                    return try body(&decoder)
                }
            }
        }
    }

    /// Calls `body` with each text of `rows`, in order, decoding each entry once.
    public func forEachUTF8(in rows: Range<Int>, _ body: (Int, UnsafeBufferPointer<UInt8>) throws -> Void) rethrows {
        try withDecoder { decoder in
            for row in rows { try body(row, decoder.text(at: row)) }
        }
    }

    /// Reads texts of a `FrontCodedTextColumn`, remembering where it is so the next text in order is one step.
    public struct Decoder {
        fileprivate let encoded: UnsafeBufferPointer<UInt8>
        fileprivate let blockStarts: UnsafeBufferPointer<UInt32>
        fileprivate let text: UnsafeMutableBufferPointer<UInt8>
        fileprivate let count: Int
        /// The row whose text is in `text`, or -1.
        private var row = -1
        /// Its length.
        private var length = 0
        /// Where the entry after `row` starts.
        private var next = 0

        fileprivate init(encoded: UnsafeBufferPointer<UInt8>, blockStarts: UnsafeBufferPointer<UInt32>, text: UnsafeMutableBufferPointer<UInt8>, count: Int) {
            self.encoded = encoded
            self.blockStarts = blockStarts
            self.text = text
            self.count = count
        }

        /// The bytes of text `index`, valid until the decoder reads another text.
        public mutating func text(at index: Int) -> UnsafeBufferPointer<UInt8> {
            precondition(index >= 0 && index < count, "text index out of range")
            let block = index / FrontCodedTextColumn.blockRows
            if index < row || row < 0 || row / FrontCodedTextColumn.blockRows != block {
                row = block * FrontCodedTextColumn.blockRows - 1
                next = Int(blockStarts[block])
                length = 0
            }
            while row < index { step() }
            return UnsafeBufferPointer(rebasing: text[..<length])
        }

        /// Decodes the entry at `next` onto the current text.
        @inline(__always)
        private mutating func step() {
            var position = next
            let (shared, suffix) = FrontCodedTextColumn.readHeader(encoded, &position)
            if suffix > 0 {
                text.baseAddress!.advanced(by: shared).update(from: encoded.baseAddress! + position, count: suffix)
            }
            length = shared + suffix
            next = position + suffix
            row += 1
        }
    }

    /// Appends a text given as UTF-8 bytes.
    mutating func append(_ text: UnsafeBufferPointer<UInt8>) {
        var shared = 0
        if count % Self.blockRows == 0 {
            blockStarts.append(UInt32(bytes.count))
        } else {
            let limit = min(previous.count, text.count)
            previous.withUnsafeBufferPointer { previous in
                while shared < limit && previous[shared] == text[shared] { shared += 1 }
            }
        }
        appendEntry(shared: shared, suffix: UnsafeBufferPointer(rebasing: text[shared...]))
        previous.removeSubrange(shared...)
        previous.append(contentsOf: UnsafeBufferPointer(rebasing: text[shared...]))
        longest = max(longest, text.count)
        count += 1
    }

    /// Appends the entry of a text that shares `shared` bytes with the one before and ends with `suffix`.
    @inline(__always)
    private mutating func appendEntry(shared: Int, suffix: UnsafeBufferPointer<UInt8>) {
        if shared <= 14 && suffix.count <= 15 {
            bytes.append(UInt8(shared << 4 | suffix.count))
        } else {
            bytes.append(0xFF)
            Self.appendVarint(shared, to: &bytes)
            Self.appendVarint(suffix.count, to: &bytes)
        }
        bytes.append(contentsOf: suffix)
    }

    /// Appends the empty text.
    mutating func appendEmpty() { append(UnsafeBufferPointer(start: nil, count: 0)) }

    /// Appends every text of `other`. Its entries are copied as they are, except its first, the
    /// first of each of its blocks (stored whole, coded here against the text before), and those
    /// that fall first in one of this column's blocks (stored whole).
    mutating func append(contentsOf other: FrontCodedTextColumn) {
        guard other.count > 0 else { return }
        other.bytes.withUnsafeBufferPointer { encoded in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(1, other.longest)) { text in
                var position = 0
                var length = 0
                for row in 0..<other.count {
                    let entry = position
                    let (shared, suffix) = Self.readHeader(encoded, &position)
                    let copied = row > 0 && count % Self.blockRows != 0
                    if copied && row % Self.blockRows != 0 {
                        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: encoded[entry..<position + suffix]))
                    } else if copied {
                        var common = 0
                        let limit = min(length, suffix)
                        while common < limit && text[common] == encoded[position + common] { common += 1 }
                        appendEntry(shared: common, suffix: UnsafeBufferPointer(rebasing: encoded[(position + common)..<(position + suffix)]))
                    }
                    if suffix > 0 { text.baseAddress!.advanced(by: shared).update(from: encoded.baseAddress! + position, count: suffix) }
                    position += suffix
                    length = shared + suffix
                    if copied {
                        count += 1
                    } else {
                        append(UnsafeBufferPointer(rebasing: text[..<length]))
                    }
                }
                previous = Array(text[..<length])
            }
        }
        longest = max(longest, other.longest)
    }

    /// The texts of `column`, coded in parts on two threads when there are many.
    init(_ column: TextColumn) {
        let parts = column.count >= 1 << 16 ? 2 : 1
        let rowsPerPart = (column.count / parts + Self.blockRows - 1) / Self.blockRows * Self.blockRows
        var coded = [FrontCodedTextColumn](repeating: FrontCodedTextColumn(), count: parts)
        coded.withUnsafeMutableBufferPointer { coded in
            nonisolated(unsafe) let coded = coded
            DispatchQueue.concurrentPerform(iterations: parts) { part in
                var piece = FrontCodedTextColumn()
                let rows = min(column.count, part * rowsPerPart)..<min(column.count, (part + 1) * rowsPerPart)
                piece.reserve(rows.count, averageBytes: 4)
                for row in rows { column.withUTF8(at: row) { piece.append($0) } }
                coded[part] = piece
            }
        }
        self = coded[0]
        for piece in coded.dropFirst() { appendBlocks(of: piece) }
    }

    /// Appends `other`'s blocks as they are; this column must end a block.
    private mutating func appendBlocks(of other: FrontCodedTextColumn) {
        precondition(count % Self.blockRows == 0, "front-coded blocks appended after a partial block")
        let offset = UInt32(bytes.count)
        bytes += other.bytes
        blockStarts += other.blockStarts.map { $0 + offset }
        count += other.count
        longest = max(longest, other.longest)
        previous = other.previous
    }

    /// The texts at `rows`, in that order.
    func selecting(_ rows: [Int]) -> FrontCodedTextColumn {
        var column = FrontCodedTextColumn()
        withDecoder { decoder in
            for row in rows { column.append(decoder.text(at: row)) }
        }
        return column
    }

    /// Reserves room for `count` more texts of about `averageBytes` encoded bytes each.
    mutating func reserve(_ count: Int, averageBytes: Int) {
        blockStarts.reserveCapacity(blockStarts.count + count / Self.blockRows + 1)
        bytes.reserveCapacity(bytes.count + count * averageBytes)
    }

    private static func appendVarint(_ value: Int, to bytes: inout [UInt8]) {
        var value = UInt(value)
        while value >= 0x80 {
            bytes.append(UInt8(value & 0x7F) | 0x80)
            value >>= 7
        }
        bytes.append(UInt8(value))
    }

    /// The shared prefix and suffix lengths of the entry at `position`, which moves past its header.
    @inline(__always)
    fileprivate static func readHeader(_ bytes: UnsafeBufferPointer<UInt8>, _ position: inout Int) -> (shared: Int, suffix: Int) {
        let header = bytes[position]
        position += 1
        guard header == 0xFF else { return (Int(header >> 4), Int(header & 0x0F)) }
        let shared = readVarint(bytes, &position)
        return (shared, readVarint(bytes, &position))
    }

    private static func readVarint(_ bytes: UnsafeBufferPointer<UInt8>, _ position: inout Int) -> Int {
        var value = 0
        var shift = 0
        while true {
            let byte = bytes[position]
            position += 1
            value |= Int(byte & 0x7F) << shift
            if byte < 0x80 { return value }
            shift += 7
        }
    }
}
