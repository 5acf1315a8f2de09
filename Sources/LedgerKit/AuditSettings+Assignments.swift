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

    /// Reads `NAME=VALUE` assignments with ``set(_:)``; a later one for the same name wins.
    /// Values take the ranges the ledger's `audit` object takes: days 0–366, amounts positive
    /// in major units (at most four decimals), shares 0–1, ratios and factors at least 1, HHI
    /// 0–10,000, holidays as dates `YYYY-MM-DD` separated by commas (none when empty).
    ///
    /// - Throws: ``AssignmentError`` for the first assignment that cannot be read.
    public init(assignments: [String]) throws(AssignmentError) {
        self.init()
        for assignment in assignments {
            do {
                try set(assignment)
            } catch {
                throw AssignmentError(assignment: assignment, expectation: error.expectation)
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
        return zip(Self.keys, values).compactMap { name, value in value.map { name + "=" + $0 } }
    }

    /// The amounts given that have more decimals than `currency` allows, as messages.
    public func amountProblems(currency: Currency) -> [String] {
        [("approvalThreshold", approvalThreshold), ("roundUnit", roundUnit)].compactMap { name, amount in
            guard let amount, amount.minorUnits(exponent: currency.exponent) == nil else { return nil }
            return "--audit \(name)=\(amount): expected an amount with at most \(currency.exponent) decimal places (\(currency.code))"
        }
    }
}
