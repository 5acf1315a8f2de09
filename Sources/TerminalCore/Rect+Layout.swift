/// How much of a row or column of panels one panel takes; see ``Rect/splitColumns(_:spacing:)``.
public enum LayoutSize: Hashable, Sendable {
    /// Exactly this many cells (less if space runs out).
    case fixed(Int)
    /// `numerator / denominator` of the whole length, rounded down.
    case ratio(Int, Int)
    /// An equal share of whatever the fixed and ratio sizes leave over; the first
    /// `fill`s get one extra cell each when the leftover does not divide evenly.
    case fill
}

extension Rect {
    /// Cuts the rectangle into side-by-side columns, left to right.
    ///
    /// ```swift
    /// let columns = area.splitColumns([.fixed(24), .fill])   // sidebar, main
    /// let halves = area.splitColumns([.ratio(1, 2), .fill])
    /// ```
    ///
    /// - Parameters:
    ///   - sizes: One size per column.
    ///   - spacing: Empty columns between neighbours.
    /// - Returns: One rectangle per size, in order, each as high as this one. Sizes that
    ///   do not fit get zero width.
    public func splitColumns(_ sizes: [LayoutSize], spacing: Int = 0) -> [Rect] {
        let lengths = Self.distribute(width, among: sizes, spacing: spacing)
        var left = x
        return lengths.map { length in
            defer { left += length + spacing }
            return Rect(x: left, y: y, width: length, height: height)
        }
    }

    /// Cuts the rectangle into stacked rows, top to bottom.
    ///
    /// ```swift
    /// let parts = screen.splitRows([.fixed(2), .fill, .fixed(1)]) // header, body, status bar
    /// ```
    ///
    /// - Parameters:
    ///   - sizes: One size per row.
    ///   - spacing: Empty rows between neighbours.
    /// - Returns: One rectangle per size, in order, each as wide as this one. Sizes that
    ///   do not fit get zero height.
    public func splitRows(_ sizes: [LayoutSize], spacing: Int = 0) -> [Rect] {
        let lengths = Self.distribute(height, among: sizes, spacing: spacing)
        var top = y
        return lengths.map { length in
            defer { top += length + spacing }
            return Rect(x: x, y: top, width: width, height: length)
        }
    }

    /// Splits off the top `rows` rows: returns (top, rest).
    public func splitTop(_ rows: Int) -> (top: Rect, rest: Rect) {
        let parts = splitRows([.fixed(rows), .fill])
        return (parts[0], parts[1])
    }

    /// Splits off the bottom `rows` rows: returns (rest, bottom).
    public func splitBottom(_ rows: Int) -> (rest: Rect, bottom: Rect) {
        let taken = min(max(0, rows), height)
        let parts = splitRows([.fixed(height - taken), .fill])
        return (parts[0], parts[1])
    }

    /// Splits off the left `columns` columns: returns (left, rest).
    public func splitLeft(_ columns: Int) -> (left: Rect, rest: Rect) {
        let parts = splitColumns([.fixed(columns), .fill])
        return (parts[0], parts[1])
    }

    /// Splits off the right `columns` columns: returns (rest, right).
    public func splitRight(_ columns: Int) -> (rest: Rect, right: Rect) {
        let taken = min(max(0, columns), width)
        let parts = splitColumns([.fixed(width - taken), .fill])
        return (parts[0], parts[1])
    }

    /// Lengths for `sizes` along a side of `total` cells with `spacing` between them.
    static func distribute(_ total: Int, among sizes: [LayoutSize], spacing: Int) -> [Int] {
        guard !sizes.isEmpty else { return [] }
        let gaps = max(0, spacing) * (sizes.count - 1)
        var remaining = max(0, total - gaps)
        let available = remaining
        var lengths = sizes.map { size -> Int in
            let wanted: Int
            switch size {
            case .fixed(let cells):
                wanted = max(0, cells)
            case .ratio(let numerator, let denominator):
                wanted = denominator > 0 ? max(0, available * numerator / denominator) : 0
            case .fill:
                return 0
            }
            let granted = min(wanted, remaining)
            remaining -= granted
            return granted
        }
        let fills = sizes.indices.filter { sizes[$0] == .fill }
        guard !fills.isEmpty else { return lengths }
        let share = remaining / fills.count
        let extra = remaining % fills.count
        for (order, index) in fills.enumerated() {
            lengths[index] = share + (order < extra ? 1 : 0)
        }
        return lengths
    }
}
