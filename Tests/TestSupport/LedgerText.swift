/// A JSON object written on one line from ordered members whose values are raw JSON text, so a
/// test can put any value (a wrong type, a malformed number, an unknown key) where it wants.
///
///     JSONObject.lineItem().with("amount", "1e5").without("fund").text
///     // {"id": "LI-1", "date": "2025-01-15", …, "amount": 1e5}
public struct JSONObject: Sendable, CustomStringConvertible {
    /// Keys with raw JSON values, in output order.
    public var members: [(key: String, value: String)]

    /// Creates an object from members with raw JSON values.
    public init(_ members: [(key: String, value: String)]) { self.members = members }

    /// The object with `key` set to the raw JSON `value` (in place if present, else appended).
    public func with(_ key: String, _ value: String) -> JSONObject {
        var copy = self
        if let index = copy.members.firstIndex(where: { $0.key == key }) {
            copy.members[index].value = value
        } else {
            copy.members.append((key, value))
        }
        return copy
    }

    /// The object with `key` set to the JSON string `text` (quoted, with `"` and `\` escaped).
    public func with(_ key: String, string text: String) -> JSONObject { with(key, JSONObject.quote(text)) }

    /// The object without `key`.
    public func without(_ key: String) -> JSONObject {
        JSONObject(members.filter { $0.key != key })
    }

    /// `{"key": value, …}` on one line.
    public var text: String {
        "{" + members.map { "\(JSONObject.quote($0.key)): \($0.value)" }.joined(separator: ", ") + "}"
    }

    public var description: String { text }

    /// `text` as a JSON string literal (only `"` and `\` escaped; the tests choose the rest).
    public static func quote(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }

    /// A valid line item of the standard ledger (`LedgerDocument`): a USD 100.00 payment to `V-1`.
    ///
    /// Keys in order: id, date, organisation (`PW-STR`), category (`CONT`), fund (`GF`), vendor,
    /// kind, amount.
    public static func lineItem(
        id: String = "LI-1", date: String = "2025-01-15", kind: String = "payment", amount: String = "\"100.00\""
    ) -> JSONObject {
        JSONObject([
            ("id", quote(id)), ("date", quote(date)), ("organisation", "\"PW-STR\""), ("category", "\"CONT\""),
            ("fund", "\"GF\""), ("vendor", "\"V-1\""), ("kind", quote(kind)), ("amount", amount),
        ])
    }

    /// A valid budget line of the standard ledger: FY2025, PW-STR / CONT / GF, adopted, USD 1000.00.
    ///
    /// Keys in order: id, fiscalYear, organisation, category, fund, phase, amount.
    public static func budgetLine(id: String = "BL-1", fiscalYear: Int = 2025, amount: String = "\"1000.00\"") -> JSONObject {
        JSONObject([
            ("id", quote(id)), ("fiscalYear", String(fiscalYear)), ("organisation", "\"PW-STR\""),
            ("category", "\"CONT\""), ("fund", "\"GF\""), ("phase", "\"adopted\""), ("amount", amount),
        ])
    }

    /// A valid KPI of the standard ledger, owned by `PW`, without baseline, targets or observations.
    ///
    /// Keys in order: id, organisation, name, unit, direction, frequency.
    public static func kpi(id: String = "KPI-1", frequency: String = "monthly") -> JSONObject {
        JSONObject([
            ("id", quote(id)), ("organisation", "\"PW\""), ("name", "\"Potholes filled\""), ("unit", "\"%\""),
            ("direction", "\"higher\""), ("frequency", quote(frequency)),
        ])
    }

    /// A vendor object.
    public static func vendor(id: String = "V-1", name: String = "Paving Co.", kind: String = "business") -> JSONObject {
        JSONObject([("id", quote(id)), ("name", quote(name)), ("kind", quote(kind))])
    }

    /// A publisher: "Test Town", USD, fiscal year from July 1 (named by its end), as of 2025-03-31.
    ///
    /// Keys in order: name, currency, fiscalYearStart, asOf.
    public static func publisher(
        currency: String = "USD", startMonth: Int = 7, startDay: Int = 1, asOf: String = "2025-03-31"
    ) -> JSONObject {
        JSONObject([
            ("name", "\"Test Town\""), ("currency", quote(currency)),
            ("fiscalYearStart", "{\"month\": \(startMonth), \"day\": \(startDay)}"), ("asOf", quote(asOf)),
        ])
    }
}

/// A ledger document (`.json`) with one top-level member per line and one array element per
/// line, so that positions in it are easy to state. With every section set it reads:
///
///     line 1   {
///     line 2     "format": "govlens-ledger/1",
///     line 3     "publisher": {…},
///     line 4     "classifications": {…},
///     line 5     "vendors": [
///     line 6       {"id": "V-1", …}               (elements start at column 5)
///     line 7     ],
///              then "budgetLines", "lineItems", "kpis" the same way, then `extraMembers`
///            }
///
/// The defaults make a valid root file of the standard test ledger: publisher "Test Town" (USD,
/// July 1 fiscal year, as of 2025-03-31); organisations `PW` › `PW-STR`; category `CONT`; fund
/// `GF`; vendor `V-1`. A section set to `nil` is left out.
public struct LedgerDocument: Sendable, CustomStringConvertible {
    /// Raw JSON of `format`.
    public var format: String? = "\"govlens-ledger/1\""
    /// Raw JSON of `publisher`.
    public var publisher: String? = JSONObject.publisher().text
    /// Raw JSON of `classifications`.
    public var classifications: String? = LedgerDocument.standardClassifications
    /// Raw JSON elements of `vendors`.
    public var vendors: [String]? = [JSONObject.vendor().text]
    /// Raw JSON elements of `budgetLines`.
    public var budgetLines: [String]?
    /// Raw JSON elements of `lineItems`.
    public var lineItems: [String]?
    /// Raw JSON elements of `kpis`.
    public var kpis: [String]?
    /// Raw members (`"key": value`) added at the end, one per line.
    public var extraMembers: [String] = []

    /// The standard classifications, on one line.
    public static let standardClassifications =
        #"{"organisation": [{"code": "PW", "name": "Public Works"}, {"code": "PW-STR", "name": "Streets", "parent": "PW"}], "#
        + #""category": [{"code": "CONT", "name": "Contractual services"}], "fund": [{"code": "GF", "name": "General Fund"}]}"#

    /// The default root document.
    public init() {}

    /// A non-root document holding only `format` and the sections given.
    public static func part(
        budgetLines: [String]? = nil, lineItems: [String]? = nil, kpis: [String]? = nil, vendors: [String]? = nil
    ) -> LedgerDocument {
        var document = LedgerDocument()
        document.publisher = nil
        document.classifications = nil
        document.vendors = vendors
        document.budgetLines = budgetLines
        document.lineItems = lineItems
        document.kpis = kpis
        return document
    }

    /// The document's text, ending with a line feed.
    public var text: String {
        var members: [String] = []
        if let format { members.append("  \"format\": \(format)") }
        if let publisher { members.append("  \"publisher\": \(publisher)") }
        if let classifications { members.append("  \"classifications\": \(classifications)") }
        for (key, elements) in [("vendors", vendors), ("budgetLines", budgetLines), ("lineItems", lineItems), ("kpis", kpis)] {
            guard let elements else { continue }
            if elements.isEmpty {
                members.append("  \"\(key)\": []")
            } else {
                members.append("  \"\(key)\": [\n" + elements.map { "    " + $0 }.joined(separator: ",\n") + "\n  ]")
            }
        }
        members += extraMembers.map { "  " + $0 }
        return "{\n" + members.joined(separator: ",\n") + "\n}\n"
    }

    public var description: String { text }
}
