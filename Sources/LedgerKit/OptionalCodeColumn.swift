/// A column of node indices that are often absent (-1): a line item's function or region.
///
/// Stored as narrowly as its values allow: nothing but the count while every row is absent, two
/// bytes a row while every index is below 65,535, four bytes otherwise. Reading it gives `Int32`
/// indices, -1 for absent.
public struct OptionalCodeColumn: RandomAccessCollection, Equatable, Sendable {
    /// Bytes per row: 0 while every row is absent, then 2 or 4.
    private var width = 0
    private var rows = 0
    /// With width 2: index + 1 per row (0 for absent).
    private var narrow: [UInt16] = []
    /// With width 4: index per row (-1 for absent).
    private var wide: [Int32] = []

    /// Creates an empty column.
    public init() {}

    /// The first row.
    public var startIndex: Int { 0 }

    /// One past the last row.
    public var endIndex: Int { rows }

    /// Whether every row is absent.
    public var isAllAbsent: Bool { width == 0 }

    /// The node index of row `row`, or -1.
    @inline(__always)
    public subscript(row: Int) -> Int32 {
        switch width {
        case 2: return Int32(narrow[row]) - 1
        case 4: return wide[row]
        default:
            precondition(row >= 0 && row < rows, "row out of range")
            return -1
        }
    }

    /// Appends a row with node index `code`, or -1 for absent.
    @inline(__always)
    mutating func append(_ code: Int32) {
        if width == 0 && code >= 0 || width == 2 && code >= Int32(UInt16.max) { widen(toHold: code) }
        switch width {
        case 2: narrow.append(UInt16(code + 1))
        case 4: wide.append(code)
        default: break
        }
        rows += 1
    }

    /// Appends the rows of `codes`.
    mutating func append(contentsOf codes: some Sequence<Int32>) {
        for code in codes { append(code) }
    }

    mutating func reserveCapacity(_ count: Int) {
        switch width {
        case 2: narrow.reserveCapacity(count)
        case 4: wide.reserveCapacity(count)
        default: break
        }
    }

    /// Moves to the narrowest wider storage that holds `code` as well as every row so far.
    private mutating func widen(toHold code: Int32) {
        if width == 0 && code < Int32(UInt16.max) {
            narrow = [UInt16](repeating: 0, count: rows)
            width = 2
        } else {
            wide = width == 2 ? narrow.map { Int32($0) - 1 } : [Int32](repeating: -1, count: rows)
            narrow = []
            width = 4
        }
    }

    public static func == (left: OptionalCodeColumn, right: OptionalCodeColumn) -> Bool { left.elementsEqual(right) }
}
