extension LedgerParser {
    /// The keys of the `audit` object, in the order of `parseAuditSettings`' cases.
    static let auditFields = FieldNames(AuditSettings.keys)

    /// An amount of the `audit` object, checked against the currency's decimals once the whole
    /// publisher (and so its currency, wherever it is written) has been read.
    struct PendingAuditAmount {
        let mark: JSONMark
        let path: String
        let amount: MajorAmount
    }

    /// Reads the publisher's optional `audit` object: parameters of the audit rules
    /// (docs/ledger-format.md §4.1). A value of the wrong type or out of range is reported and left out.
    mutating func parseAuditSettings(_ path: () -> String, amounts: inout [PendingAuditAmount]) throws(JSONSyntaxError) -> AuditSettings {
        var settings = AuditSettings()
        guard try beginRecord("an object of audit rule parameters", path) else { return settings }
        var keys = KeysSeen()
        var first = true
        while let member = try nextMember(Self.auditFields, &keys, first: &first, prefix: path) {
            func fieldPath() -> String { "\(path()).\(member.name)" }
            switch member.field {
            case 0: settings.duplicateWindowDays = try readInteger(0...366, fieldPath)
            case 1: settings.splitWindowDays = try readInteger(0...366, fieldPath)
            case 2: settings.approvalThreshold = try readPositiveAmount(fieldPath, &amounts)
            case 3: settings.roundUnit = try readPositiveAmount(fieldPath, &amounts)
            case 4: settings.roundMinimumCount = try readInteger(1...1_000_000_000, fieldPath)
            case 5: settings.roundShareFactor = try readNumber(in: 1...1_000_000, fieldPath)
            case 6: settings.roundMinimumShare = try readNumber(in: 0...1, fieldPath)
            case 7: settings.holidays = try readHolidays(fieldPath)
            case 8: settings.yearEndMonthRatio = try readNumber(in: 1...1_000_000, fieldPath)
            case 9: settings.yearEndQuarterRatio = try readNumber(in: 1...1_000_000, fieldPath)
            case 10: settings.benfordMinimumCount = try readInteger(1...1_000_000_000, fieldPath)
            case 11: settings.benfordTwoDigitMinimumCount = try readInteger(1...1_000_000_000, fieldPath)
            case 12: settings.concentrationHHI = try readNumber(in: 0...10_000, fieldPath)
            case 13: settings.concentrationMinimumVendors = try readInteger(1...1_000_000_000, fieldPath)
            case 14: settings.outlierFence = try readNumber(in: 0.1...1_000_000, fieldPath)
            default: settings.outlierMinimumCount = try readInteger(4...1_000_000_000, fieldPath)
            }
        }
        return settings
    }

    /// Reports the pending amounts that have more decimals than `currency` (when it is known).
    mutating func checkAuditAmounts(_ amounts: [PendingAuditAmount], currency: Currency?) {
        guard let currency else { return }
        for pending in amounts where pending.amount.minorUnits(exponent: currency.exponent) == nil {
            error(pending.mark, pending.path, "expected an amount with at most \(currency.exponent) decimal places (\(currency.code)), found \(pending.amount)")
        }
    }

    /// Reads a positive amount in major units (a JSON number or decimal string) of at most four decimals.
    private mutating func readPositiveAmount(_ path: () -> String, _ amounts: inout [PendingAuditAmount]) throws(JSONSyntaxError) -> MajorAmount? {
        let mark = scanner.mark
        let text: String
        switch scanner.peekKind() {
        case .number: text = scanner.literalText(try scanner.readNumber())
        case .string: text = scanner.string(of: try scanner.readString())
        default:
            try wrongType("a positive amount (a decimal number or string)", path)
            return nil
        }
        guard let amount = MajorAmount(text), amount.tenThousandths > 0 else {
            error(mark, path(), "expected a positive amount in major units with at most 4 decimals, found \(Self.excerpt(text))")
            return nil
        }
        let pending = PendingAuditAmount(mark: mark, path: path(), amount: amount)
        // Checked now when the currency is known (written before `audit`), else once the publisher is read.
        if currency != nil { checkAuditAmounts([pending], currency: currency) } else { amounts.append(pending) }
        return amount
    }

    /// Reads a number in `range`.
    private mutating func readNumber(in range: ClosedRange<Double>, _ path: () -> String) throws(JSONSyntaxError) -> Double? {
        let mark = scanner.mark
        guard let value = try readNumber(path) else { return nil }
        guard range.contains(value) else {
            error(mark, path(), "expected a number from \(Self.plain(range.lowerBound)) to \(Self.plain(range.upperBound)), found \(Self.plain(value))")
            return nil
        }
        return value
    }

    /// Reads an array of dates; a date that is not valid is reported and left out.
    private mutating func readHolidays(_ path: () -> String) throws(JSONSyntaxError) -> [CivilDate] {
        var holidays: [CivilDate] = []
        try parseArray(path()) { parser, elementPath throws(JSONSyntaxError) in
            if let date = try parser.readDate(elementPath) { holidays.append(date) }
        }
        return holidays.sorted()
    }

    /// A number for a message: without a fraction when it has none (`3`, `0.5`).
    private static func plain(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)
    }
}
