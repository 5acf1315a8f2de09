import LedgerKit

extension LedgerStore {
    /// The rows of `selection` ordered by amount, largest first unless `descending` is false;
    /// rows with equal amounts stay in row order. For a panel listing line items by amount.
    ///
    ///     let items = store.select(LineItemFilter(vendor: vendor))
    ///     let largestFirst = store.sortedByAmount(items)
    ///
    /// - Complexity: O(rows × bytes in which the amounts differ): a least-significant-digit radix
    ///   sort on the amounts' eight bytes that skips every byte all the amounts share.
    public func sortedByAmount(_ selection: RowSelection, descending: Bool = true) -> [Int32] {
        let count = selection.count
        guard count > 1 else { return selection.rows }
        // Amounts as unsigned keys in the same order (sign bit flipped), complemented for descending order.
        let flip: UInt64 = descending ? ~(1 << 63) : 1 << 63
        var keys = [UInt64](unsafeUninitializedCapacity: count) { keys, initialized in
            ledger.lineItems.amounts.withUnsafeBufferPointer { amounts in
                for (index, row) in selection.rows.enumerated() { keys[index] = UInt64(bitPattern: amounts[Int(row)]) ^ flip }
            }
            initialized = count
        }
        var rows = selection.rows
        var counts = [Int](repeating: 0, count: 8 * 256)
        for key in keys {
            for byte in 0..<8 { counts[byte << 8 | Int(truncatingIfNeeded: key >> (byte << 3)) & 0xFF] += 1 }
        }
        var otherKeys = keys
        var otherRows = rows
        for byte in 0..<8 where !counts[(byte << 8)..<((byte + 1) << 8)].contains(count) {
            var next = 0
            for bucket in (byte << 8)..<((byte + 1) << 8) {
                (counts[bucket], next) = (next, next + counts[bucket])
            }
            let shift = UInt64(byte << 3)
            keys.withUnsafeBufferPointer { keys in
                rows.withUnsafeBufferPointer { rows in
                    otherKeys.withUnsafeMutableBufferPointer { otherKeys in
                        otherRows.withUnsafeMutableBufferPointer { otherRows in
                            counts.withUnsafeMutableBufferPointer { counts in
                                for index in 0..<count {
                                    let bucket = byte << 8 | Int(truncatingIfNeeded: keys[index] >> shift) & 0xFF
                                    let position = counts[bucket]
                                    counts[bucket] = position + 1
                                    otherKeys[position] = keys[index]
                                    otherRows[position] = rows[index]
                                }
                            }
                        }
                    }
                }
            }
            swap(&keys, &otherKeys)
            swap(&rows, &otherRows)
        }
        return rows
    }
}
