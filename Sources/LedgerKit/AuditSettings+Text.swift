/// Why a `key=value` audit setting was not accepted: a message that names the key and says
/// what was expected and what was found.
public struct AuditSettingError: Error, Sendable, CustomStringConvertible {
    public let description: String
    /// What was expected, without the key: how `--audit NAME=VALUE` reports it.
    public let expectation: String
}

extension AuditSettings {
    /// The keys `set(_:)` accepts, in the order ``assignments`` writes them: the keys of the
    /// ledger's `audit` object (docs/ledger-format.md §4.1).
    public static let keys = [
        "duplicateWindowDays", "splitWindowDays", "approvalThreshold", "roundUnit", "roundMinimumCount",
        "roundShareFactor", "roundMinimumShare", "holidays", "yearEndMonthRatio", "yearEndQuarterRatio",
        "benfordMinimumCount", "benfordTwoDigitMinimumCount", "concentrationHHI", "concentrationMinimumVendors",
        "outlierFence", "outlierMinimumCount",
    ]

    /// Sets one parameter from `key=value` text, as a command line gives it: the key and range of
    /// the ledger's `audit` object, amounts in major units (`approvalThreshold=25000`), holidays
    /// as comma-separated dates (`holidays=2024-12-25,2025-01-01`).
    ///
    ///     var overrides = AuditSettings()
    ///     try overrides.set("splitWindowDays=3")
    ///
    /// - Throws: `AuditSettingError` for an unknown key or a value of the wrong kind or range.
    public mutating func set(_ assignment: String) throws(AuditSettingError) {
        guard let equals = assignment.firstIndex(of: "=") else {
            throw AuditSettingError(
                description: "expected an audit setting KEY=VALUE, found '\(assignment)'",
                expectation: "expected NAME=VALUE, such as approvalThreshold=25000")
        }
        let key = String(assignment[..<equals])
        let value = String(assignment[assignment.index(after: equals)...])
        func fail(_ expectation: String) -> AuditSettingError {
            AuditSettingError(description: "\(key): \(expectation), found '\(value)'", expectation: expectation)
        }
        func integer(_ range: ClosedRange<Int>) throws(AuditSettingError) -> Int {
            guard let number = Int(value), range.contains(number) else {
                throw fail("expected a whole number from \(range.lowerBound) to \(range.upperBound)")
            }
            return number
        }
        func number(_ range: ClosedRange<Double>) throws(AuditSettingError) -> Double {
            guard let number = Double(value), number.isFinite, range.contains(number) else {
                throw fail("expected a number from \(Self.plain(range.lowerBound)) to \(Self.plain(range.upperBound))")
            }
            return number
        }
        func amount() throws(AuditSettingError) -> MajorAmount {
            guard let amount = MajorAmount(value), amount.tenThousandths > 0 else {
                throw fail("expected a positive amount in major units with at most 4 decimals")
            }
            return amount
        }
        switch key {
        case "duplicateWindowDays": duplicateWindowDays = try integer(0...366)
        case "splitWindowDays": splitWindowDays = try integer(0...366)
        case "approvalThreshold": approvalThreshold = try amount()
        case "roundUnit": roundUnit = try amount()
        case "roundMinimumCount": roundMinimumCount = try integer(1...1_000_000_000)
        case "roundShareFactor": roundShareFactor = try number(1...1_000_000)
        case "roundMinimumShare": roundMinimumShare = try number(0...1)
        case "holidays":
            var dates: [CivilDate] = []
            for text in value.split(separator: ",", omittingEmptySubsequences: false) where !value.isEmpty {
                guard let date = CivilDate(iso: String(text)) else {
                    let expectation = "expected dates YYYY-MM-DD separated by commas, found '\(text)'"
                    throw AuditSettingError(description: "holidays: " + expectation, expectation: expectation)
                }
                dates.append(date)
            }
            holidays = dates.sorted()
        case "yearEndMonthRatio": yearEndMonthRatio = try number(1...1_000_000)
        case "yearEndQuarterRatio": yearEndQuarterRatio = try number(1...1_000_000)
        case "benfordMinimumCount": benfordMinimumCount = try integer(1...1_000_000_000)
        case "benfordTwoDigitMinimumCount": benfordTwoDigitMinimumCount = try integer(1...1_000_000_000)
        case "concentrationHHI": concentrationHHI = try number(0...10_000)
        case "concentrationMinimumVendors": concentrationMinimumVendors = try integer(1...1_000_000_000)
        case "outlierFence": outlierFence = try number(0.1...1_000_000)
        case "outlierMinimumCount": outlierMinimumCount = try integer(4...1_000_000_000)
        default:
            let keys = Self.keys.joined(separator: ", ")
            throw AuditSettingError(
                description: "expected one of the audit settings \(keys), found '\(key)'",
                expectation: "unknown parameter '\(key)'; expected one of \(keys)")
        }
    }

    /// A number without a fraction when it has none: `3`, `0.25`.
    static func plain(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)
    }
}
