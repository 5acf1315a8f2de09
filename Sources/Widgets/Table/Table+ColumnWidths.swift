import TerminalCore

extension Table {
    /// The width of each column when the table is drawn in an area `width` columns wide
    /// on `canvas` (whose glyph mode decides how wide text is); 0 for a column hidden for
    /// lack of space.
    ///
    /// See ``ColumnWidth`` for how space is shared. The marker gutter and one separator
    /// column between neighbouring visible columns come off first.
    ///
    /// - Complexity: O(rows × columns) when a column is ``ColumnWidth/min(_:)``,
    ///   otherwise O(columns²).
    public func columnWidths(forWidth width: Int, on canvas: Canvas) -> [Int] {
        let room = max(0, width - markerWidth)
        var shown = Array(columns.indices)
        while true {
            let space = max(0, room - max(0, shown.count - 1))
            var lengths = shown.map { Self.minimumLength(columns[$0].width) }
            if lengths.reduce(0, +) > space, shown.count > 1 {
                shown.remove(at: shown.lastIndex { Self.weight(columns[$0].width) != nil } ?? shown.count - 1)
                continue
            }
            if shown.count == 1 {
                lengths[0] = min(lengths[0], space)
            }
            var leftover = space - lengths.reduce(0, +)
            growToContent(&lengths, shown: shown, leftover: &leftover, canvas: canvas)
            let weights = shown.map { Self.weight(columns[$0].width) ?? 0 }
            for (position, extra) in Self.apportion(leftover, by: weights).enumerated() {
                lengths[position] += extra
            }
            if let starved = shown.indices.last(where: { lengths[$0] == 0 }), shown.count > 1 {
                shown.remove(at: starved)
                continue
            }
            var widths = Array(repeating: 0, count: columns.count)
            for (position, column) in shown.enumerated() {
                widths[column] = lengths[position]
            }
            return widths
        }
    }

    /// Widens ``ColumnWidth/min(_:)`` columns towards their content out of `leftover`;
    /// when there is not enough, each gets a share in proportion to what it lacks.
    private func growToContent(_ lengths: inout [Int], shown: [Int], leftover: inout Int, canvas: Canvas) {
        let wants = shown.enumerated().map { position, column -> Int in
            guard case .min = columns[column].width else { return 0 }
            return max(0, contentWidth(of: column, canvas: canvas) - lengths[position])
        }
        let wanted = wants.reduce(0, +)
        guard wanted > 0, leftover > 0 else { return }
        let grants = wanted <= leftover ? wants : Self.apportion(leftover, by: wants)
        for (position, grant) in grants.enumerated() {
            lengths[position] += grant
            leftover -= grant
        }
    }

    /// The widest of the column's title (with room for a sort arrow) and cells, as the
    /// canvas will show them.
    private func contentWidth(of column: Int, canvas: Canvas) -> Int {
        var widest = canvas.displayWidth(of: columns[column].title) + (sort?.column == column ? 2 : 0)
        for row in rows where column < row.count {
            widest = max(widest, canvas.displayWidth(of: row[column].text))
        }
        return widest
    }

    /// Splits `total` in proportion to `weights`, rounding down, then hands the cells
    /// left over one each to the first entries with a positive weight.
    private static func apportion(_ total: Int, by weights: [Int]) -> [Int] {
        let sum = weights.reduce(0, +)
        guard sum > 0, total > 0 else { return weights.map { _ in 0 } }
        var shares = weights.map { total * $0 / sum }
        var remainder = total - shares.reduce(0, +)
        for index in weights.indices where remainder > 0 && weights[index] > 0 {
            shares[index] += 1
            remainder -= 1
        }
        return shares
    }

    private static func minimumLength(_ width: ColumnWidth) -> Int {
        switch width {
        case .fixed(let length), .min(let length): max(0, length)
        case .flex: 0
        }
    }

    /// The weight of a flexible column (at least 1), `nil` for other columns.
    private static func weight(_ width: ColumnWidth) -> Int? {
        guard case .flex(let weight) = width else { return nil }
        return max(1, weight)
    }
}
