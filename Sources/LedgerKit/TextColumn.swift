/// A column of strings stored as one UTF-8 arena and end offsets, for millions of short texts.
public struct TextColumn: Sendable {
    private(set) var bytes: [UInt8] = []
    private(set) var ends: [UInt32] = []

    /// Creates an empty column.
    public init() {}

    /// A column of the texts whose UTF-8 bytes are concatenated in `bytes`, text `i` ending at `ends[i]`.
    init(bytes: [UInt8], ends: [UInt32]) {
        self.bytes = bytes
        self.ends = ends
    }

    /// The number of texts.
    public var count: Int { ends.count }

    /// Total bytes of text stored.
    public var byteCount: Int { bytes.count }

    /// Appends a text given as UTF-8 bytes.
    @inline(__always)
    mutating func append(_ text: UnsafeBufferPointer<UInt8>) {
        bytes.append(contentsOf: text)
        ends.append(UInt32(bytes.count))
    }

    /// Appends every text of `other`.
    mutating func append(contentsOf other: TextColumn) {
        let offset = UInt32(bytes.count)
        bytes += other.bytes
        ends += other.ends.map { $0 + offset }
    }

    /// The texts at `rows`, in that order.
    func selecting(_ rows: [Int]) -> TextColumn {
        var column = TextColumn()
        for row in rows { withUTF8(at: row) { column.append($0) } }
        return column
    }

    /// Appends the empty text.
    @inline(__always)
    mutating func appendEmpty() { ends.append(UInt32(bytes.count)) }

    /// Reserves room for `count` more texts of about `averageBytes` each.
    mutating func reserve(_ count: Int, averageBytes: Int) {
        ends.reserveCapacity(ends.count + count)
        bytes.reserveCapacity(bytes.count + count * averageBytes)
    }

    /// The text at `index`.
    public subscript(index: Int) -> String {
        let start = index == 0 ? 0 : Int(ends[index - 1])
        let end = Int(ends[index])
        return bytes.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[start..<end]), as: UTF8.self) }
    }

    /// Calls `body` with the UTF-8 bytes of the text at `index`, without creating a `String`.
    public func withUTF8<R>(at index: Int, _ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        let start = index == 0 ? 0 : Int(ends[index - 1])
        let end = Int(ends[index])
        return try bytes.withUnsafeBufferPointer { try body(UnsafeBufferPointer(rebasing: $0[start..<end])) }
    }
}
