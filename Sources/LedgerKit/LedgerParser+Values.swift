/// Typed value readers: each reads one value, reports a wrong type or value as an error with
/// the value's location and JSON path, skips it, and returns `nil`; syntax errors are thrown.
extension LedgerParser {
    /// The longest text value accepted, in UTF-8 bytes.
    static let maximumTextBytes = JSONScanner.maximumStringBytes

    /// Reports "expected `expected`, found …" at the next value and skips it.
    ///
    /// The value is skipped first: when it is malformed (a stray byte, nesting too deep) only
    /// that syntax error is reported, not a type error as well.
    mutating func wrongType(_ expected: String, _ path: () -> String) throws(JSONSyntaxError) {
        scanner.skipWhitespace()
        let mark = scanner.mark
        let found = scanner.describeNext()
        try scanner.skipValue()
        error(mark, path(), "expected \(expected), found \(found)")
    }

    /// Opens the object of a record: true when the next value is an object (then consumed up to its
    /// first key); otherwise reports "expected `expected`, found …", skips the value, and returns false.
    mutating func beginRecord(_ expected: String, _ path: () -> String) throws(JSONSyntaxError) -> Bool {
        guard scanner.peekKind() == .object else {
            try wrongType(expected, path)
            return false
        }
        try scanner.beginObject()
        return true
    }

    /// A key of a record's object that the record knows, as `nextMember` returns it.
    struct Member {
        /// The key's index in the record's `FieldNames`.
        let field: Int
        /// The key as written.
        let name: String
    }

    /// Reads keys of the object being read until one the record knows and has not seen (its value is
    /// next), or `nil` at the object's end. A repeated key is reported as an error (and `onRepeat`
    /// called), an unknown key as a warning; both values are skipped.
    mutating func nextMember(
        _ fields: FieldNames, _ keys: inout KeysSeen, first: inout Bool, prefix: () -> String, onRepeat: () -> Void = {}
    ) throws(JSONSyntaxError) -> Member? {
        while let key = try scanner.nextKey(first: &first) {
            let keyMark = scanner.keyMark
            let name = scanner.string(of: key)
            let known = fields.index(of: scanner.bytes(of: key))
            guard keys.insert(field: known, name: { name }) else {
                try repeatedKey(keyMark, "\(prefix()).\(name)")
                onRepeat()
                continue
            }
            guard let field = known else {
                try unknownKey(keyMark, "\(prefix()).\(name)", name)
                continue
            }
            return Member(field: field, name: name)
        }
        return nil
    }

    /// Reports a key given twice in one object, at the second, and skips its value.
    mutating func repeatedKey(_ keyMark: JSONMark, _ path: String) throws(JSONSyntaxError) {
        try scanner.skipValue()
        error(keyMark, path, "expected each key once, found it again")
    }

    /// Skips the value of an unknown key, then warns about the key; a malformed value is reported
    /// (as a syntax error) instead.
    mutating func unknownKey(_ keyMark: JSONMark, _ path: String, _ name: String) throws(JSONSyntaxError) {
        try scanner.skipValue()
        warning(keyMark, path, "unknown key '\(Self.excerpt(name))' ignored")
    }

    /// Reads a string of at most `maximumTextBytes`; empty strings are rejected unless `allowEmpty`.
    mutating func readText(_ path: () -> String, allowEmpty: Bool = false) throws(JSONSyntaxError) -> JSONStringToken? {
        guard scanner.peekKind() == .string else {
            try wrongType("a string", path)
            return nil
        }
        let mark = scanner.mark
        let token = try scanner.readString()
        let length = scanner.byteCount(of: token)
        if length > Self.maximumTextBytes {
            error(mark, path(), "expected a string of at most \(Self.maximumTextBytes) bytes, found one of \(length) bytes")
            return nil
        }
        if length == 0 && !allowEmpty {
            error(mark, path(), "expected a non-empty string, found \"\"")
            return nil
        }
        return token
    }

    /// Reads a string value as a Swift `String`.
    mutating func readString(_ path: () -> String, allowEmpty: Bool = false) throws(JSONSyntaxError) -> String? {
        guard let token = try readText(path, allowEmpty: allowEmpty) else { return nil }
        return scanner.string(of: token)
    }

    /// Which code table a reference goes to.
    enum TableSelector {
        case classification(Int)
        case vendor
        case budgetLine
    }

    /// Reads a code or id and interns it as a reference into the selected table.
    mutating func readReference(_ selector: TableSelector, _ path: () -> String) throws(JSONSyntaxError) -> Int32? {
        let mark = scanner.mark
        guard let token = try readText(path) else { return nil }
        let bytes = scanner.bytes(of: token)
        let (index, needsFirstUse) =
            switch selector {
            case .classification(let table): classificationTables[table].reference(bytes)
            case .vendor: vendorTable.reference(bytes)
            case .budgetLine: budgetLineTable.reference(bytes)
            }
        if needsFirstUse {
            let use = (location(mark), path())
            switch selector {
            case .classification(let table): classificationTables[table].recordFirstUse(index, at: use.0, path: use.1)
            case .vendor: vendorTable.recordFirstUse(index, at: use.0, path: use.1)
            case .budgetLine: budgetLineTable.recordFirstUse(index, at: use.0, path: use.1)
            }
        }
        return index
    }

    /// Reads a reference to a code of classification `kind`.
    mutating func readCode(_ kind: ClassificationKind, _ path: () -> String) throws(JSONSyntaxError) -> Int32? {
        try readReference(.classification(Self.tableIndex(kind)), path)
    }

    /// Reads an amount (JSON number or decimal string) into minor units of the ledger's currency.
    mutating func readAmount(_ path: () -> String) throws(JSONSyntaxError) -> Int64? {
        let kind = scanner.peekKind()
        let mark = scanner.mark
        let result: Result<Int64, AmountParser.Failure>
        let literal: String
        switch kind {
        case .number:
            let range = try scanner.readNumber()
            result = AmountParser.parse(UnsafeBufferPointer(start: scanner.base + range.lowerBound, count: range.count), exponent: exponent)
            if case .success(let value) = result { return value }
            literal = scanner.quotedExcerpt(range, quote: false)
        case .string:
            let token = try scanner.readString()
            result = AmountParser.parse(scanner.bytes(of: token), exponent: exponent)
            if case .success(let value) = result { return value }
            literal = "\"" + scanner.quotedExcerpt(token.start..<token.end, quote: false) + "\""
        default:
            try wrongType("an amount (a decimal number or string)", path)
            return nil
        }
        let currency = self.currency?.code
        switch result {
        case .failure(.exponent):
            error(mark, path(), "expected an amount without an exponent, found \(literal)")
        case .failure(.tooManyDecimals):
            let which = currency ?? "assumed: the ledger has no valid currency"
            error(mark, path(), "expected an amount with at most \(exponent) decimal places (\(which)), found \(literal)")
        case .failure(.overflow):
            error(mark, path(), "expected an amount within ±\(AmountParser.largestAmount(exponent: exponent)) \(currency ?? "(assumed: the ledger has no valid currency)"), found \(literal)")
        default:
            error(mark, path(), "expected an amount (digits with an optional '-' and '.'), found \(literal)")
        }
        return nil
    }

    /// Reads an ISO 8601 date `YYYY-MM-DD` between 1900 and 2200.
    mutating func readDate(_ path: () -> String) throws(JSONSyntaxError) -> CivilDate? {
        let mark = scanner.mark
        guard let token = try readText(path, allowEmpty: true) else { return nil }
        if let date = CivilDate.parse(scanner.bytes(of: token), allowedYears: 1900...2200) {
            return date
        }
        let text = scanner.string(of: token)
        let shapeOK = CivilDate.parse(scanner.bytes(of: token), allowedYears: 0...9999) != nil
        let reason = shapeOK ? "a date between 1900-01-01 and 2200-12-31" : "a date YYYY-MM-DD"
        let exists =
            !shapeOK && text.utf8.count == 10 && CivilDate.hasDateShape(text) ? " (that day does not exist)" : ""
        error(mark, path(), "expected \(reason), found \"\(Self.excerpt(text))\"\(exists)")
        return nil
    }

    /// Reads one of the names of `E`.
    mutating func readEnum<E: RawRepresentable & CaseIterable>(_: E.Type, _ path: () -> String) throws(JSONSyntaxError) -> E?
    where E.RawValue == String {
        let mark = scanner.mark
        guard let text = try readString(path, allowEmpty: true) else { return nil }
        if let value = E(rawValue: text) { return value }
        let names = E.allCases.map { "'\($0.rawValue)'" }.joined(separator: ", ")
        error(mark, path(), "expected one of \(names), found \"\(Self.excerpt(text))\"")
        return nil
    }

    /// Reads an integer in `range`.
    mutating func readInteger(_ range: ClosedRange<Int>, _ path: () -> String) throws(JSONSyntaxError) -> Int? {
        guard scanner.peekKind() == .number else {
            try wrongType("an integer", path)
            return nil
        }
        let mark = scanner.mark
        let literal = try scanner.readNumber()
        guard let value = Int(scanner.literalText(literal)), range.contains(value) else {
            error(mark, path(), "expected an integer from \(range.lowerBound) to \(range.upperBound), found \(scanner.quotedExcerpt(literal, quote: false))")
            return nil
        }
        return value
    }

    /// Reads a finite JSON number as a `Double` (KPI values, which are not money).
    mutating func readNumber(_ path: () -> String) throws(JSONSyntaxError) -> Double? {
        guard scanner.peekKind() == .number else {
            try wrongType("a number", path)
            return nil
        }
        let mark = scanner.mark
        let literal = try scanner.readNumber()
        guard let value = Double(scanner.literalText(literal)), value.isFinite else {
            error(mark, path(), "expected a finite number, found \(scanner.quotedExcerpt(literal, quote: false))")
            return nil
        }
        return value
    }

    /// Reads `true` or `false`.
    mutating func readBool(_ path: () -> String) throws(JSONSyntaxError) -> Bool? {
        guard scanner.peekKind() == .bool else {
            try wrongType("true or false", path)
            return nil
        }
        return try scanner.readBool()
    }

    /// Text shortened to 40 characters for a message.
    static func excerpt(_ text: String) -> String {
        text.count <= 40 ? text : String(text.prefix(40)) + "…"
    }

    static func tableIndex(_ kind: ClassificationKind) -> Int {
        ClassificationKind.allCases.firstIndex(of: kind)!
    }
}
