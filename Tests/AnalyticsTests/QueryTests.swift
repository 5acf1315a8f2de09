import Analytics
import LedgerKit
import Testing
import TestSupport

/// The query core on a small hand-made ledger: every number here is computed by hand.
@Suite("Selection and grouped reports")
struct QueryTests {
    /// PW › PW-STR, PW-PRK; FIN. Category CONT › CONT-IT; fund GF. Vendors V-1 (business), V-2 (individual).
    static let store: LedgerStore = {
        var document = LedgerDocument()
        document.classifications = """
            {"organisation": [{"code": "PW", "name": "Public Works"}, {"code": "PW-STR", "name": "Streets", "parent": "PW"}, \
            {"code": "PW-PRK", "name": "Parks", "parent": "PW"}, {"code": "FIN", "name": "Finance"}], \
            "category": [{"code": "CONT", "name": "Contracts"}, {"code": "CONT-IT", "name": "IT contracts", "parent": "CONT"}], \
            "fund": [{"code": "GF", "name": "General Fund"}]}
            """
        document.vendors = [JSONObject.vendor().text, JSONObject.vendor(id: "V-2", name: "Jane Roe", kind: "individual").text]
        func item(_ id: String, _ date: String, _ org: String, _ amount: String, kind: String = "payment", category: String = "CONT", vendor: String = "V-1", description: String = "Road works") -> String {
            JSONObject.lineItem(id: id, date: date, kind: kind, amount: "\"\(amount)\"")
                .with("organisation", string: org).with("category", string: category).with("vendor", string: vendor)
                .with("description", string: description).text
        }
        document.lineItems = [
            item("L1", "2024-07-15", "PW-STR", "100.00"),
            item("L2", "2024-08-01", "PW-STR", "250.50", category: "CONT-IT", description: "Traffic SIGNAL software"),
            item("L3", "2024-08-20", "PW-PRK", "-20.00", kind: "refund", vendor: "V-2"),
            item("L4", "2024-10-01", "PW", "1000.00", kind: "obligation"),
            item("L5", "2025-01-31", "FIN", "75.25", vendor: "V-2", description: "Audit fee"),
            item("L6", "2025-02-01", "PW-PRK", "5.00", kind: "adjustment"),
        ]
        let load = LedgerFixture.load([("ledger.json", document.text)])
        precondition(load.isValid, "\(load.diagnostics.diagnostics)")
        return LedgerStore(load.ledger)
    }()

    static func node(_ code: String) -> Int32 { store.ledger.classification(.organisation).index(ofCode: code)! }

    @Test("the default filter selects spending: payments, refunds and adjustments, not obligations")
    func spendingByDefault() {
        let selection = Self.store.select(LineItemFilter())
        #expect(selection.count == 5)
        let report = Self.store.report(selection, groupedBy: .lineItemKind)
        #expect(report.total.sum == 41_075)
        #expect(report.rows.map(\.label) == ["payment", "refund", "adjustment"])
        #expect(report.rows.map(\.measures.sum) == [42_575, -2_000, 500])
    }

    @Test("an organisation filter takes the node's whole subtree")
    func subtree() {
        let publicWorks = Self.store.select(LineItemFilter(organisation: Self.node("PW"), kinds: Set(LineItemKind.allCases)))
        #expect(publicWorks.rows == [0, 1, 2, 3, 5])
        let parks = Self.store.select(LineItemFilter(organisation: Self.node("PW-PRK")))
        #expect(parks.rows == [2, 5])
    }

    @Test("grouping by agency rolls programs up; by program, agency-level rows stand for themselves")
    func classificationDepth() {
        let agencies = Self.store.report(LineItemFilter(), groupedBy: .classification(.organisation, depth: 0))
        #expect(agencies.rows.map(\.label) == ["Finance", "Public Works"])
        #expect(agencies.rows.map(\.measures.sum) == [7_525, 33_550])
        #expect(agencies.rows.map(\.measures.count) == [1, 4])
        #expect(abs(agencies.rows[1].share - 33_550.0 / 41_075.0) < 1e-12)
        let children = Self.store.report(
            LineItemFilter(organisation: Self.node("PW"), kinds: Set(LineItemKind.allCases)),
            groupedBy: .children(of: Self.node("PW"), in: .organisation))
        #expect(children.rows.map(\.label) == ["Public Works", "Parks", "Streets"])
        #expect(children.rows.map(\.measures.sum) == [100_000, -1_500, 35_050])
    }

    @Test("minimum and maximum per group")
    func minimumAndMaximum() {
        let report = Self.store.report(LineItemFilter(organisation: Self.node("PW")), groupedBy: .classification(.organisation, depth: 0))
        #expect(report.rows.count == 1)
        #expect(report.rows[0].measures.minimum == -2_000)
        #expect(report.rows[0].measures.maximum == 25_050)
    }

    @Test("months and fiscal quarters on a July fiscal year")
    func periods() {
        let months = Self.store.report(LineItemFilter(), groupedBy: .time(.month))
        #expect(months.rows.map(\.label) == ["2024-07", "2024-08", "2025-01", "2025-02"])
        #expect(months.rows.map(\.measures.sum) == [10_000, 23_050, 7_525, 500])
        let quarters = Self.store.report(LineItemFilter(), groupedBy: .time(.quarter))
        #expect(quarters.rows.map(\.label) == ["FY2025-Q1", "FY2025-Q3"])
        #expect(quarters.rows.map(\.measures.sum) == [33_050, 8_025])
        let years = Self.store.report(LineItemFilter(), groupedBy: .time(.fiscalYear))
        #expect(years.rows.map(\.label) == ["FY2025"])
    }

    @Test("vendor kind, amount range, date range and text search")
    func conditions() {
        #expect(Self.store.select(LineItemFilter(vendorKinds: [.individual])).rows == [2, 4])
        #expect(Self.store.select(LineItemFilter(amounts: 0...10_000)).rows == [0, 4, 5])
        let january = CivilDate(iso: "2025-01-01")!...CivilDate(iso: "2025-01-31")!
        #expect(Self.store.select(LineItemFilter(dates: january)).rows == [4])
        #expect(Self.store.select(LineItemFilter(text: "signal")).rows == [1])
        #expect(Self.store.select(LineItemFilter(text: "JANE")).rows == [2, 4])
        #expect(Self.store.select(LineItemFilter(text: "L5")).rows == [4])
        #expect(Self.store.select(LineItemFilter(text: "nothing like this")).rows.isEmpty)
    }

    @Test("a category without line items and a function nobody uses give empty or 'none' groups")
    func emptyGroups() {
        let functions = Self.store.report(LineItemFilter(), groupedBy: .classification(.function, depth: 0))
        #expect(functions.rows.map(\.key) == [.none])
        #expect(functions.rows[0].measures.sum == 41_075)
        let empty = Self.store.report(LineItemFilter(organisation: Self.node("FIN"), vendorKinds: [.business]), groupedBy: .vendor)
        #expect(empty.rows.isEmpty)
        #expect(empty.total.count == 0)
    }
}
