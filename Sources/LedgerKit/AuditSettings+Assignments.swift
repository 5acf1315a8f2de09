/// Audit settings as the command line writes them: `NAME=VALUE`, one per `--audit` option,
/// with the names of the publisher's `audit` object (docs/audit-rules.md).
///
///     let settings = try AuditSettings(assignments: ["approvalThreshold=25000", "holidays=2024-12-25,2025-01-01"])
///     settings.assignments    // ["approvalThreshold=25000", "holidays=2024-12-25,2025-01-01"]
extension AuditSettings {
    /// Why an assignment cannot be read; ``description`` names it and says what was expected.
    public struct AssignmentError: Error, Hashable, Sendable, CustomStringConvertible {
        /// The assignment as written.
        public let assignment: String
        /// What was expected.
        public let expectation: String

        public var description: String { "--audit \(assignment): \(expectation)" }
    }

    /// The names an assignment may set, in the order ``assignments`` writes them.
    public static let assignmentNames = [
        "duplicateWindowDays", "splitWindowDays", "approvalThreshold", "roundUnit", "roundMinimumCount", "roundShareFactor",
        "roundMinimumShare", "holidays", "yearEndMonthRatio", "yearEndQuarterRatio", "benfordMinimumCount",
        "benfordTwoDigitMinimumCount", "concentrationHHI", "concentrationMinimumVendors", "outlierFence", "outlierMinimumCount",
    ]

    /// Reads `NAME=VALUE` assignments; a later one for the same name wins. Values take the
    /// ranges the ledger's `audit` object takes: days 0–366, amounts positive in major units
    /// (at most four decimals), shares 0–1, ratios and factors at least 1, HHI 0–10,000,
    /// holidays as dates `YYYY-MM-DD` separated by commas.
    ///
    /// - Throws: ``AssignmentError`` for the first assignment that cannot be read.
    public init(assignments: [String]) throws(AssignmentError) {
        self.init()
        for assignment in assignments {
            guard let equals = assignment.firstIndex(of: "=") else {
                throw AssignmentError(assignment: assignment, expectation: "expected NAME=VALUE, such as approvalThreshold=25000")
            }
            let name = String(assignment[..<equals])
            let value = String(assignment[assignment.index(after: equals)...])
            func fail(_ expectation: String) -> AssignmentError { AssignmentError(assignment: assignment, expectation: expectation) }
            func integer(_ range: ClosedRange<Int>) throws(AssignmentError) -> Int {
                guard let number = Int(value), range.contains(number) else { throw fail("expected a whole number from \(range.lowerBound) to \(range.upperBound)") }
                return number
            }
            func number(_ range: ClosedRange<Double>) throws(AssignmentError) -> Double {
                guard let number = Double(value), number.isFinite, range.contains(number) else {
                    throw fail("expected a number from \(Self.plain(range.lowerBound)) to \(Self.plain(range.upperBound))")
                }
                return number
            }
            func amount() throws(AssignmentError) -> MajorAmount {
                guard let amount = MajorAmount(value), amount.tenThousandths > 0 else { throw fail("expected a positive amount in major units with at most 4 decimals") }
                return amount
            }
            switch name {
            case "duplicateWindowDays": duplicateWindowDays = try integer(0...366)
            case "splitWindowDays": splitWindowDays = try integer(0...366)
            case "approvalThreshold": approvalThreshold = try amount()
            case "roundUnit": roundUnit = try amount()
            case "roundMinimumCount": roundMinimumCount = try integer(1...1_000_000_000)
            case "roundShareFactor": roundShareFactor = try number(1...1_000_000)
            case "roundMinimumShare": roundMinimumShare = try number(0...1)
            case "holidays":
                var days: [CivilDate] = []
                for text in value.split(separator: ",", omittingEmptySubsequences: false) where !value.isEmpty {
                    guard let day = CivilDate(iso: String(text)) else { throw fail("expected dates YYYY-MM-DD separated by commas, found '\(text)'") }
                    days.append(day)
                }
                holidays = days.sorted()
            case "yearEndMonthRatio": yearEndMonthRatio = try number(1...1_000_000)
            case "yearEndQuarterRatio": yearEndQuarterRatio = try number(1...1_000_000)
            case "benfordMinimumCount": benfordMinimumCount = try integer(1...1_000_000_000)
            case "benfordTwoDigitMinimumCount": benfordTwoDigitMinimumCount = try integer(1...1_000_000_000)
            case "concentrationHHI": concentrationHHI = try number(0...10_000)
            case "concentrationMinimumVendors": concentrationMinimumVendors = try integer(1...1_000_000_000)
            case "outlierFence": outlierFence = try number(0.1...1_000_000)
            case "outlierMinimumCount": outlierMinimumCount = try integer(4...1_000_000_000)
            default: throw fail("unknown parameter '\(name)'; expected one of \(Self.assignmentNames.joined(separator: ", "))")
            }
        }
    }

    /// The settings given, as `NAME=VALUE` assignments that ``init(assignments:)`` reads back.
    public var assignments: [String] {
        let values: [String?] = [
            duplicateWindowDays.map(String.init), splitWindowDays.map(String.init), approvalThreshold?.description,
            roundUnit?.description, roundMinimumCount.map(String.init), roundShareFactor.map(Self.plain),
            roundMinimumShare.map(Self.plain), holidays.map { $0.map(\.description).joined(separator: ",") },
            yearEndMonthRatio.map(Self.plain), yearEndQuarterRatio.map(Self.plain), benfordMinimumCount.map(String.init),
            benfordTwoDigitMinimumCount.map(String.init), concentrationHHI.map(Self.plain), concentrationMinimumVendors.map(String.init),
            outlierFence.map(Self.plain), outlierMinimumCount.map(String.init),
        ]
        return zip(Self.assignmentNames, values).compactMap { name, value in value.map { name + "=" + $0 } }
    }

    /// The amounts given that have more decimals than `currency` allows, as messages.
    public func amountProblems(currency: Currency) -> [String] {
        [("approvalThreshold", approvalThreshold), ("roundUnit", roundUnit)].compactMap { name, amount in
            guard let amount, amount.minorUnits(exponent: currency.exponent) == nil else { return nil }
            return "--audit \(name)=\(amount): expected an amount with at most \(currency.exponent) decimal places (\(currency.code))"
        }
    }

    /// A number without a fraction when it has none: `3`, `0.25`.
    private static func plain(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)
    }
}
