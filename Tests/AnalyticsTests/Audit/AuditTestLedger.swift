import Analytics
import LedgerKit
import TestSupport

/// A small ledger for the audit rules' edges, built payment by payment.
///
/// Publisher "Test Town" (USD unless `currency` says otherwise, fiscal year from July 1, as of
/// 2025-03-31); organisations PW › PW-STR, PW-PRK and FIN; categories CONT and SUP; fund GF;
/// businesses V-1 … V-6 and an individual P-1. Budget lines are added by `budget`.
struct AuditTestLedger {
    var currency = "USD"
    /// Raw JSON of the publisher's `audit` object, or nil for none.
    var audit: String?
    private(set) var items: [String] = []
    private(set) var budgetLines: [String] = []

    /// Adds a line item and returns its row.
    @discardableResult
    mutating func add(
        _ date: String, _ amount: String, kind: String = "payment", vendor: String = "V-1", organisation: String = "PW-STR",
        category: String = "CONT", reference: String? = nil
    ) -> Int32 {
        var item = JSONObject.lineItem(id: "LI-\(items.count + 1)", date: date, kind: kind, amount: "\"\(amount)\"")
            .with("organisation", string: organisation).with("category", string: category).with("vendor", string: vendor)
        if let reference { item = item.with("reference", string: reference) }
        items.append(item.text)
        return Int32(items.count - 1)
    }

    /// Adds an adopted budget line of `fiscalYear` for `organisation` / `category` / GF.
    mutating func budget(_ amount: String, organisation: String = "PW-STR", category: String = "CONT", fiscalYear: Int = 2025) {
        budgetLines.append(JSONObject.budgetLine(id: "BL-\(budgetLines.count + 1)", fiscalYear: fiscalYear, amount: "\"\(amount)\"")
            .with("organisation", string: organisation).with("category", string: category).text)
    }

    /// The loaded ledger's store; the ledger must be valid.
    func store() -> LedgerStore {
        var document = LedgerDocument()
        var publisher = JSONObject.publisher(currency: currency)
        if let audit { publisher = publisher.with("audit", audit) }
        document.publisher = publisher.text
        document.classifications = """
            {"organisation": [{"code": "PW", "name": "Public Works"}, {"code": "PW-STR", "name": "Streets", "parent": "PW"}, \
            {"code": "PW-PRK", "name": "Parks", "parent": "PW"}, {"code": "FIN", "name": "Finance"}], \
            "category": [{"code": "CONT", "name": "Contracts"}, {"code": "SUP", "name": "Supplies"}], \
            "fund": [{"code": "GF", "name": "General Fund"}]}
            """
        document.vendors = (1...6).map { JSONObject.vendor(id: "V-\($0)", name: "Vendor \($0)").text }
            + [JSONObject.vendor(id: "P-1", name: "Jane Roe", kind: "individual").text]
        document.lineItems = items
        document.budgetLines = budgetLines.isEmpty ? nil : budgetLines
        let load = LedgerFixture.load([("ledger.json", document.text)])
        precondition(load.isValid, "\(load.report)")
        return LedgerStore(load.ledger)
    }

    /// The audit of the ledger with its own parameters, changed by `change`.
    func audit(_ change: (inout AuditParameters) -> Void = { _ in }) -> AuditReport {
        let store = store()
        var parameters = AuditParameters(ledger: store.ledger)
        change(&parameters)
        return store.audit(parameters)
    }
}

extension AuditReport {
    /// The rows the findings of `rule` list, ascending, each once.
    func rows(_ rule: AuditRule) -> [Int32] { result(rule).allRows.rows }
}
