/// A column of flags, one bit per row.
public struct BitColumn: RandomAccessCollection, Equatable, Sendable {
    private var words: [UInt64] = []
    public private(set) var count = 0

    /// Creates an empty column.
    public init() {}

    /// The first row.
    public var startIndex: Int { 0 }
    /// One past the last row.
    public var endIndex: Int { count }

    /// The flag of row `row`.
    public subscript(row: Int) -> Bool {
        precondition(row >= 0 && row < count, "row out of range")
        return words[row >> 6] & (1 << UInt64(row & 63)) != 0
    }

    /// Appends a row with flag `flag`.
    @inline(__always)
    mutating func append(_ flag: Bool) {
        if count & 63 == 0 { words.append(0) }
        if flag { words[count >> 6] |= 1 << UInt64(count & 63) }
        count += 1
    }

    /// Appends the rows of `other`.
    mutating func append(contentsOf other: BitColumn) {
        if count & 63 == 0 {
            words += other.words
            count += other.count
        } else {
            for flag in other { append(flag) }
        }
    }

    mutating func reserveCapacity(_ rows: Int) { words.reserveCapacity((rows + 63) / 64) }

    public static func == (left: BitColumn, right: BitColumn) -> Bool { left.count == right.count && left.words == right.words }
}
