extension LedgerParser {
    static let fiscalYearStartFields = FieldNames(["month", "day"])
    static let publisherFields = FieldNames([
        "name", "currency", "fiscalYearStart", "asOf", "fiscalYearNaming", "licence", "source", "language", "audit",
    ])

    /// Reads the `publisher` section.
    mutating func parsePublisher() throws(JSONSyntaxError) {
        let start = scanner.mark
        let prefix = "$.publisher"
        guard scanner.peekKind() == .object else {
            // Present, though unusable: do not also report the ledger's publisher missing.
            if publisherLocation == nil { publisherLocation = location(start) }
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
        var audit = AuditSettings()
        var auditAmounts: [PendingAuditAmount] = []
        var seen = Set<Int>()
        var keys = KeysSeen()
        var first = true
        while let member = try nextMember(Self.publisherFields, &keys, first: &first, prefix: { prefix }) {
            let field = member.field
            func path() -> String { "\(prefix).\(member.name)" }
            seen.insert(field)
            switch field {
            case 0: name = try readString(path)
            case 1:
                let mark = scanner.mark
                if let code = try readString(path, allowEmpty: true) {
                    currency = Currency(code: code)
                    if let currency {
                        self.currency = currency
                        exponent = currency.exponent
                    } else {
                        error(mark, path(), "expected an ISO 4217 currency code such as \"USD\" or \"JPY\", found \"\(Self.excerpt(code))\"")
                    }
                }
            case 2: start_ = try parseFiscalYearStart(path)
            case 3: asOf = try readDate(path)
            case 4: naming = try readEnum(FiscalCalendar.Naming.self, path) ?? .end
            case 8: audit = try parseAuditSettings(path, amounts: &auditAmounts)
            default: optional[field] = try readString(path)
            }
        }
        checkAuditAmounts(auditAmounts, currency: currency)
        requireKeys(["name", "currency", "fiscalYearStart", "asOf"].enumerated().map { ($0.element, seen.contains($0.offset)) }, start, prefix)
        guard let name, let currency, let start_, let asOf else { return }
        ledger.publisher = Publisher(
            name: name, currency: currency,
            calendar: FiscalCalendar(startMonth: start_.month, startDay: start_.day, naming: naming),
            asOf: asOf, licence: optional[5], source: optional[6], language: optional[7], audit: audit)
    }

    private mutating func parseFiscalYearStart(_ path: () -> String) throws(JSONSyntaxError) -> (month: Int, day: Int)? {
        let start = scanner.mark
        guard try beginRecord("an object {\"month\": 1-12, \"day\": 1-28}", path) else { return nil }
        var month: Int?
        var day: Int?
        var present = (month: false, day: false)
        var keys = KeysSeen()
        var first = true
        while let member = try nextMember(Self.fiscalYearStartFields, &keys, first: &first, prefix: path) {
            func fieldPath() -> String { "\(path()).\(member.name)" }
            if member.field == 0 {
                present.month = true
                month = try readInteger(1...12, fieldPath)
            } else {
                present.day = true
                day = try readInteger(1...28, fieldPath)
            }
        }
        guard let month, let day else {
            // A value that is present but wrong has been reported already.
            if !present.month || !present.day {
                error(start, path(), "expected both 'month' and 'day', found \(present.month ? "no 'day'" : present.day ? "no 'month'" : "neither")")
            }
            return nil
        }
        guard CivilDate(year: 2001, month: month, day: day) != nil else {
            error(start, path(), "expected a day that exists in every year, found month \(month) day \(day)")
            return nil
        }
        return (month, day)
    }
}
