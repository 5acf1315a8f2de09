extension LedgerParser {
    static let publisherFields = FieldNames([
        "name", "currency", "fiscalYearStart", "asOf", "fiscalYearNaming", "licence", "source", "language",
    ])

    /// Reads the `publisher` section.
    mutating func parsePublisher() throws(JSONSyntaxError) {
        let start = scanner.mark
        let prefix = "$.publisher"
        guard scanner.peekKind() == .object else {
            try wrongType("the publisher (an object)", { prefix })
            return
        }
        if let previous = publisherLocation {
            error(start, prefix, "expected one publisher per ledger, found another",
                notes: [Diagnostic(.note, at: previous, "the publisher is first defined here")])
            try scanner.skipValue()
            return
        }
        publisherLocation = location(start)
        try scanner.beginObject()
        var name: String?
        var currency: Currency?
        var start_: (month: Int, day: Int)?
        var asOf: CivilDate?
        var naming = FiscalCalendar.Naming.end
        var optional: [Int: String] = [:]
        var seen = Set<Int>()
        var first = true
        while let key = try scanner.nextKey(first: &first) {
            let keyMark = scanner.mark
            let keyName = scanner.string(of: key)
            func path() -> String { "\(prefix).\(keyName)" }
            guard let field = Self.publisherFields.index(of: scanner.bytes(of: key)) else {
                warning(keyMark, path(), "unknown key '\(Self.excerpt(keyName))' ignored")
                try scanner.skipValue()
                continue
            }
            seen.insert(field)
            switch field {
            case 0: name = try readString(path)
            case 1:
                let mark = scanner.mark
                if let code = try readString(path, allowEmpty: true) {
                    currency = Currency(code: code)
                    if let currency { exponent = currency.exponent } else {
                        error(mark, path(), "expected an ISO 4217 currency code such as \"USD\" or \"JPY\", found \"\(Self.excerpt(code))\"")
                    }
                }
            case 2: start_ = try parseFiscalYearStart(path)
            case 3: asOf = try readDate(path)
            case 4: naming = try readEnum(FiscalCalendar.Naming.self, path) ?? .end
            default: optional[field] = try readString(path)
            }
        }
        for (field, key) in [(0, "name"), (1, "currency"), (2, "fiscalYearStart"), (3, "asOf")] where !seen.contains(field) {
            error(start, prefix, "expected the required key '\(key)', found none")
        }
        guard let name, let currency, let start_, let asOf else { return }
        ledger.publisher = Publisher(
            name: name, currency: currency,
            calendar: FiscalCalendar(startMonth: start_.month, startDay: start_.day, naming: naming),
            asOf: asOf, licence: optional[5], source: optional[6], language: optional[7])
    }

    private mutating func parseFiscalYearStart(_ path: () -> String) throws(JSONSyntaxError) -> (month: Int, day: Int)? {
        let start = scanner.mark
        guard scanner.peekKind() == .object else {
            try wrongType("an object {\"month\": 1-12, \"day\": 1-28}", path)
            return nil
        }
        try scanner.beginObject()
        var month: Int?
        var day: Int?
        var first = true
        while let key = try scanner.nextKey(first: &first) {
            let keyName = scanner.string(of: key)
            func fieldPath() -> String { "\(path()).\(keyName)" }
            switch keyName {
            case "month": month = try readInteger(1...12, fieldPath)
            case "day": day = try readInteger(1...28, fieldPath)
            default:
                warning(scanner.mark, fieldPath(), "unknown key '\(Self.excerpt(keyName))' ignored")
                try scanner.skipValue()
            }
        }
        guard let month, let day else {
            error(start, path(), "expected both 'month' and 'day', found \(month == nil ? "no 'month'" : "no 'day'")")
            return nil
        }
        guard CivilDate(year: 2001, month: month, day: day) != nil else {
            error(start, path(), "expected a day that exists in every year, found month \(month) day \(day)")
            return nil
        }
        return (month, day)
    }
}
