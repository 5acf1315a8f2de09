/// A column of strings that repeat a lot (descriptions): one code per row into a dictionary of the
/// distinct texts, so a million rows of a few hundred distinct descriptions cost 4 bytes a row.
///
/// Searching the column means searching the dictionary once and keeping the rows whose code matched.
public struct DictionaryTextColumn: Sendable {
    /// For each row, the index of its text in `dictionary`.
    public private(set) var codes: [UInt32] = []
    /// The distinct texts, in order of first appearance.
    public var dictionary: TextColumn { interner.column }
    private var interner = TextInterner()

    /// Creates an empty column.
    public init() {}

    /// Bytes of the distinct texts.
    public var dictionaryByteCount: Int { interner.column.byteCount }

    /// The number of rows.
    public var count: Int { codes.count }

    /// The text of row `row`.
    public subscript(row: Int) -> String { interner.column[Int(codes[row])] }

    /// Calls `body` with the UTF-8 bytes of row `row`'s text, without creating a `String`.
    public func withUTF8<R>(at row: Int, _ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        try interner.column.withUTF8(at: Int(codes[row]), body)
    }

    /// Appends a row with the text `bytes`.
    @inline(__always)
    mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        codes.append(interner.intern(bytes))
    }

    /// Appends the rows of `other`.
    mutating func append(contentsOf other: DictionaryTextColumn) {
        var map: [UInt32] = []
        map.reserveCapacity(other.dictionary.count)
        for index in 0..<other.dictionary.count { map.append(other.dictionary.withUTF8(at: index) { interner.intern($0) }) }
        codes += other.codes.map { map[Int($0)] }
    }

    /// The rows at `rows`, in that order.
    func selecting(_ rows: [Int]) -> DictionaryTextColumn {
        var column = DictionaryTextColumn()
        for row in rows { withUTF8(at: row) { column.append($0) } }
        return column
    }

    mutating func reserve(_ count: Int) { codes.reserveCapacity(codes.count + count) }

    /// Drops the table used to find repeated texts while loading; the column stays readable.
    mutating func finishLoading() { interner.finishLoading() }
}

/// The distinct texts of a `DictionaryTextColumn` and, while loading, a hash table to find them.
private struct TextInterner: Sendable {
    private(set) var column = TextColumn()
    private var interner: ByteInterner? = ByteInterner(capacity: 256)

    mutating func intern(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt32 {
        if interner == nil { rebuild() }
        let (index, inserted) = interner!.intern(bytes)
        if inserted { column.append(bytes) }
        return UInt32(index)
    }

    mutating func finishLoading() { interner = nil }

    private mutating func rebuild() {
        var table = ByteInterner(capacity: max(256, column.count))
        for index in 0..<column.count { column.withUTF8(at: index) { _ = table.intern($0) } }
        interner = table
    }
}
