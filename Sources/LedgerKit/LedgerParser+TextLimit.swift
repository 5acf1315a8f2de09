/// The limit on text: each store of text (line-item ids, descriptions, references, codes and vendor
/// ids, budget-line ids) keeps its texts in one arena with 32-bit offsets, so none may pass 4 GiB.
extension LedgerParser {
    /// The bytes in the fullest store of text.
    var largestTextStore: Int {
        var largest = max(lineItemIds.arena.count, ledger.lineItems.descriptions.dictionaryByteCount, ledger.lineItems.references.byteCount)
        largest = max(largest, vendorTable.interner.arena.count, budgetLineTable.interner.arena.count)
        for table in classificationTables { largest = max(largest, table.interner.arena.count) }
        return largest
    }

    /// Whether the stores of text have room for one more record (`noun`, e.g. "line item"), whose
    /// texts add at most `JSONScanner.maximumStringBytes` to each. When not, the first time reports
    /// it at `mark` (the record's start); every later record is left out too.
    mutating func hasRoomForText(_ noun: String, at mark: JSONMark, _ path: () -> String) -> Bool {
        guard textLimitReached || largestTextStore > textLimit - JSONScanner.maximumStringBytes else { return true }
        if !textLimitReached {
            error(mark, path(), "expected at most \(textLimit) bytes of ids, codes, descriptions and references in a ledger, found more at this \(noun); it and every later \(noun) are left out")
            textLimitReached = true
        }
        return false
    }
}
