extension LedgerParser {
    /// The keys of a line item, in the order of their field indices (the first 8 are required).
    static let lineItemFieldNames = [
        "id", "date", "organisation", "category", "fund", "vendor", "kind", "amount", "description",
        "reference", "budgetLine", "function", "region", "dateEstimated",
    ]
    static let lineItemFields = FieldNames(lineItemFieldNames)
    /// Bits of `lineItemFields` that must be present.
    static let requiredLineItemFields: UInt32 = 0b1111_1111

    /// Reads one line-item object and appends it to the columns if it is valid.
    ///
    /// `prefix` is the JSON path of the object (`$.lineItems[3]`, or `$` in JSON Lines).
    mutating func parseLineItem(prefix: () -> String) throws(JSONSyntaxError) {
        let start = scanner.mark
        let arrayIndex = Int32(clamping: elementIndex)
        guard hasRoomForText("line item", at: start, prefix) else { return try scanner.skipValue() }
        guard try beginRecord("a line item (an object)", prefix) else { return }
        var seen: UInt32 = 0
        var valid = true
        var date: CivilDate?
        var codes: (org: Int32, category: Int32, fund: Int32, function: Int32, region: Int32) = (-1, -1, -1, -1, -1)
        var vendor: Int32 = -1
        var kind: LineItemKind?
        var amount: Int64?
        var amountMark = start
        var budgetLine: Int32 = -1
        var estimated = false
        var idIndex: Int32 = -1
        var description: CapturedText?
        var reference: CapturedText?
        var unknownKeys = KeysSeen()
        var first = true
        while let key = try scanner.nextKey(first: &first) {
            let keyMark = scanner.keyMark
            guard let field = Self.lineItemFields.index(of: scanner.bytes(of: key)) else {
                let name = scanner.string(of: key)
                if unknownKeys.insert(field: nil, name: { name }) {
                    try unknownKey(keyMark, "\(prefix()).\(name)", name)
                } else {
                    try repeatedKey(keyMark, "\(prefix()).\(name)")
                    valid = false
                }
                continue
            }
            let bit: UInt32 = 1 << field
            if seen & bit != 0 {
                try repeatedKey(keyMark, "\(prefix()).\(scanner.string(of: key))")
                valid = false
                continue
            }
            seen |= bit
            func path() -> String { "\(prefix()).\(Self.lineItemFieldName(field))" }
            switch field {
            case 0:
                let mark = scanner.mark
                if let token = try readText(path) {
                    let (index, inserted) = lineItemIds.intern(scanner.bytes(of: token))
                    if inserted {
                        idIndex = index
                        lineItemIdLines.append(recordSource(mark))
                        rowOfLineItemId.append(-1)
                        lineItemIdColumns?.append(UInt32(clamping: scanner.column(of: mark)))
                    } else {
                        // File and line only: a column would cost a scan of the line for every line item.
                        let firstUse = lineItemIdLines[Int(index)]
                        let previous = SourceLocation(file: self.path(ofFile: firstUse.file), line: Int(firstUse.line), column: 0)
                        duplicate("line-item id", scanner.string(of: token), mark, path(), previous)
                        valid = false
                    }
                } else { valid = false }
            case 1: date = try readDate(path)
            case 2: codes.org = try readCode(.organisation, path) ?? -1
            case 3: codes.category = try readCode(.category, path) ?? -1
            case 4: codes.fund = try readCode(.fund, path) ?? -1
            case 5: vendor = try readVendorField(path) ?? -1
            case 6: kind = try readLineItemKind(path)
            case 7:
                amountMark = scanner.mark
                amount = try readAmount(path)
            case 8:
                if let token = try readText(path, allowEmpty: true) {
                    description = CapturedText(token, from: scanner)
                } else { valid = false }
            case 9:
                if let token = try readText(path, allowEmpty: true) {
                    reference = CapturedText(token, from: scanner)
                } else { valid = false }
            case 10: budgetLine = try readReference(.budgetLine, path) ?? -1
            case 11: codes.function = try readCode(.function, path) ?? -1
            case 12: codes.region = try readCode(.region, path) ?? -1
            default: estimated = try readBool(path) ?? false
            }
        }
        if Self.requiredLineItemFields & ~seen != 0 {
            requireKeys((0..<8).map { (Self.lineItemFieldName($0), seen & (1 << $0) != 0) }, start, prefix())
            return
        }
        // The sign is checked whatever else is wrong with the line item, so that every problem is reported
        // whether or not an id repeated elsewhere is known yet (in chunks, repeats are found on merging).
        var signIsValid = true
        if let kind, let amount {
            signIsValid = checkSign(kind: kind, amount: amount, mark: amountMark, path: { "\(prefix()).amount" })
        }
        guard valid, signIsValid, idIndex >= 0, let date, let kind, let amount, codes.org >= 0, codes.category >= 0,
            codes.fund >= 0, vendor >= 0
        else { return }
        if !addToTotal(amount, .lineItems, mark: amountMark, path: { "\(prefix()).amount" })
        {
            return
        }
        let base = scanner.base
        // The id stays in `lineItemIds` only; `finish` makes the ids column from it.
        rowOfLineItemId[Int(idIndex)] = Int32(ledger.lineItems.count)
        description.append(to: &ledger.lineItems.descriptions, base: base)
        reference.append(to: &ledger.lineItems.references, base: base)
        ledger.lineItems.sources.append(recordSource(start))
        lineItemIndexes.append(arrayIndex)
        ledger.lineItems.dates.append(date.dayNumber)
        ledger.lineItems.organisations.append(codes.org)
        ledger.lineItems.categories.append(codes.category)
        ledger.lineItems.funds.append(codes.fund)
        ledger.lineItems.functions.append(codes.function)
        ledger.lineItems.regions.append(codes.region)
        ledger.lineItems.vendors.append(vendor)
        ledger.lineItems.budgetLines.append(budgetLine)
        ledger.lineItems.kinds.append(kind)
        ledger.lineItems.amounts.append(amount)
        ledger.lineItems.dateEstimated.append(estimated)
    }

    static func lineItemFieldName(_ field: Int) -> String { lineItemFieldNames[field] }

    /// Applies the sign rules: refunds negative, a negative payment a warning. Returns false to reject.
    mutating func checkSign(kind: LineItemKind, amount: Int64, mark: JSONMark, path: () -> String) -> Bool {
        if kind == .refund && amount > 0 {
            error(mark, path(), "expected a negative amount for a refund (money returned), found \(MoneyFormat.plain(amount, exponent: exponent))")
            return false
        }
        if kind == .payment && amount < 0 {
            warning(mark, path(), "expected a positive amount for a payment, found \(MoneyFormat.plain(amount, exponent: exponent)); record money returned as a refund")
        }
        return true
    }

    /// Which running total an amount is added to.
    enum RunningTotal {
        case lineItems, budgetLines
    }

    /// Adds |amount| to a running total, reporting once when it leaves the 64-bit range. Returns false on
    /// overflow: the record is left out, and so is every later one that does not fit (not reported again).
    ///
    /// While the absolute amounts total within Int64, no sum over any grouping can overflow.
    mutating func addToTotal(_ amount: Int64, _ which: RunningTotal, mark: JSONMark, path: () -> String) -> Bool {
        let magnitude = amount == .min ? Int64.max : abs(amount)
        let total = which == .lineItems ? absoluteLineItemTotal : absoluteBudgetTotal
        let (sum, overflow) = total.addingReportingOverflow(magnitude)
        if overflow {
            let alreadyReported = which == .lineItems ? totalsOverflowed.lineItems : totalsOverflowed.budget
            if !alreadyReported {
                let what = which == .lineItems ? "line-item" : "budget-line"
                error(mark, path(), "expected the \(what) amounts to total within ±\(AmountParser.largestAmount(exponent: exponent)) (64-bit minor units), found a total beyond it at this amount; amounts that do not fit are left out")
            }
            if which == .lineItems { totalsOverflowed.lineItems = true } else { totalsOverflowed.budget = true }
            return false
        }
        if which == .lineItems { absoluteLineItemTotal = sum } else { absoluteBudgetTotal = sum }
        return true
    }
}

extension LedgerParser {
    /// The names of the line-item kinds, as UTF-8, by `LineItemKind` raw value.
    private static let lineItemKindNames = LineItemKind.allCases.map { Array($0.name.utf8) }

    /// Reads a line item's `kind`, matching its bytes against the names (no `String` per line item).
    mutating func readLineItemKind(_ path: () -> String) throws(JSONSyntaxError) -> LineItemKind? {
        let mark = scanner.mark
        guard let token = try readText(path, allowEmpty: true) else { return nil }
        let bytes = scanner.bytes(of: token)
        for kind in LineItemKind.allCases where Self.lineItemKindNames[Int(kind.rawValue)].elementsEqual(bytes) { return kind }
        let names = LineItemKind.allCases.map { "'\($0.name)'" }.joined(separator: ", ")
        error(mark, path(), "expected one of \(names), found \"\(Self.excerpt(scanner.string(of: token)))\"")
        return nil
    }
}

/// A string value kept past the next read: a slice of the input, or a copy when it had escapes.
struct CapturedText {
    private let start: Int
    private let count: Int
    private let copy: [UInt8]?

    init(_ token: JSONStringToken, from scanner: JSONScanner) {
        if token.escaped {
            start = 0
            count = 0
            copy = Array(scanner.bytes(of: token))
        } else {
            start = token.start
            count = token.end - token.start
            copy = nil
        }
    }

    /// Appends the text to `column`; `base` is the input the slice points into.
    func append(to column: inout FrontCodedTextColumn, base: UnsafePointer<UInt8>) {
        if let copy {
            copy.withUnsafeBufferPointer { column.append($0) }
        } else {
            column.append(UnsafeBufferPointer(start: base + start, count: count))
        }
    }

    /// Appends the text to a dictionary-encoded `column`.
    func append(to column: inout DictionaryTextColumn, base: UnsafePointer<UInt8>) {
        if let copy {
            copy.withUnsafeBufferPointer { column.append($0) }
        } else {
            column.append(UnsafeBufferPointer(start: base + start, count: count))
        }
    }
}

extension Optional where Wrapped == CapturedText {
    /// Appends the text, or the empty text when absent.
    func append(to column: inout FrontCodedTextColumn, base: UnsafePointer<UInt8>) {
        if let text = self { text.append(to: &column, base: base) } else { column.appendEmpty() }
    }

    /// Appends the text, or the empty text when absent, to a dictionary-encoded column.
    func append(to column: inout DictionaryTextColumn, base: UnsafePointer<UInt8>) {
        if let text = self { text.append(to: &column, base: base) } else { column.append(UnsafeBufferPointer(start: nil, count: 0)) }
    }
}
