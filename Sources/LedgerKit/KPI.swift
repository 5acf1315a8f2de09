/// How often a KPI is measured.
public enum KPIFrequency: String, CaseIterable, Sendable {
    case monthly, quarterly, annual
}

/// Which way a KPI improves.
public enum KPIDirection: String, CaseIterable, Sendable {
    /// Higher values are better (e.g. potholes filled).
    case higher
    /// Lower values are better (e.g. response time).
    case lower
}

/// A reporting period of a KPI: a calendar month, a fiscal quarter, or a fiscal year.
public enum KPIPeriod: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// A calendar month, `2024-07`.
    case month(year: Int, month: Int)
    /// A fiscal quarter, `FY2025-Q1`.
    case fiscalQuarter(fiscalYear: Int, quarter: Int)
    /// A fiscal year, `FY2025`.
    case fiscalYear(Int)

    /// The frequency this kind of period belongs to.
    public var frequency: KPIFrequency {
        switch self {
        case .month: .monthly
        case .fiscalQuarter: .quarterly
        case .fiscalYear: .annual
        }
    }

    /// Parses `2024-07`, `FY2025-Q1` or `FY2025`; `nil` for anything else.
    public init?(_ text: String) {
        let bytes = Array(text.utf8)
        func number(_ range: Range<Int>) -> Int? {
            guard range.upperBound <= bytes.count else { return nil }
            var value = 0
            for index in range {
                guard JSONScanner.isDigit(bytes[index]) else { return nil }
                value = value * 10 + Int(bytes[index] - 48)
            }
            return value
        }
        if bytes.count == 7, bytes[4] == UInt8(ascii: "-"), let year = number(0..<4), let month = number(5..<7),
            (1...12).contains(month)
        {
            self = .month(year: year, month: month)
        } else if bytes.count == 6, text.hasPrefix("FY"), let year = number(2..<6) {
            self = .fiscalYear(year)
        } else if bytes.count == 9, text.hasPrefix("FY"), bytes[6] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "Q"),
            let year = number(2..<6), let quarter = number(8..<9), (1...4).contains(quarter)
        {
            self = .fiscalQuarter(fiscalYear: year, quarter: quarter)
        } else {
            return nil
        }
    }

    /// The period as written in a ledger.
    public var description: String {
        switch self {
        case .month(let year, let month): "\(year)-\(month < 10 ? "0" : "")\(month)"
        case .fiscalQuarter(let year, let quarter): "FY\(year)-Q\(quarter)"
        case .fiscalYear(let year): "FY\(year)"
        }
    }

    private var sortKey: (Int, Int, Int) {
        switch self {
        case .month(let year, let month): (0, year, month)
        case .fiscalQuarter(let year, let quarter): (1, year, quarter)
        case .fiscalYear(let year): (2, year, 0)
        }
    }

    public static func < (lhs: KPIPeriod, rhs: KPIPeriod) -> Bool { lhs.sortKey < rhs.sortKey }
}

/// A value of a KPI for one period.
public struct KPIValue: Sendable, Hashable {
    /// The period the value is for.
    public var period: KPIPeriod
    /// The value, in the KPI's unit.
    public var value: Double
}

/// A key performance indicator with its targets and observations.
public struct KPI: Sendable {
    /// The KPI's id, unique in the ledger.
    public var id: String
    /// Organisation node index of the organisation responsible.
    public var organisation: Int32
    /// Display name.
    public var name: String
    /// Unit of the values, e.g. "%", "days".
    public var unit: String
    /// Whether higher or lower values are better.
    public var direction: KPIDirection
    /// How often it is measured.
    public var frequency: KPIFrequency
    /// The starting point, if published.
    public var baseline: KPIValue?
    /// Targets per period, sorted by period.
    public var targets: [KPIValue]
    /// Observations per period, sorted by period.
    public var observations: [KPIValue]
    /// Optional description.
    public var description: String?
    /// Where the KPI is defined.
    public var source: RecordSource
}
