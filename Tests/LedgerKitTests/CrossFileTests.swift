import LedgerKit
import Testing
import TestSupport

/// Checks across records and files: unique ids and codes, references, hierarchies, KPI periods,
/// inline vendors, dates against the budget and the as-of date, and totals.
@Suite("Cross-file checks")
struct CrossFileTests {
    static let root = LedgerDocument()
    static let item = JSONObject.lineItem()

    static func rootWith(_ edit: (inout LedgerDocument) -> Void) -> String {
        var document = root
        edit(&document)
        return document.text
    }

    /// A second document holding only the given classifications (raw JSON object) after `format`.
    static func classificationsPart(_ classifications: String) -> String {
        var document = LedgerDocument.part()
        document.classifications = classifications
        return document.text
    }

    static let duplicateCases: [BrokenCase] = [
        BrokenCase("a vendor id defined in two files", files: [
            ("ledger.json", root.text), ("vendors.json", LedgerDocument.part(vendors: [JSONObject.vendor(name: "Other Co.").text]).text),
        ], [
            "vendors.json:4:12: error: $.vendors[0].id: expected a unique vendor id, found 'V-1' again\nledger.json:6:12: note: 'V-1' first defined here",
        ]),
        BrokenCase("a budget line id defined in two files", files: [
            ("ledger.json", rootWith { $0.budgetLines = [JSONObject.budgetLine().text] }),
            ("budget/fy2026.json", LedgerDocument.part(budgetLines: [JSONObject.budgetLine(fiscalYear: 2026).text]).text),
        ], [
            "ledger.json:9:12: error: $.budgetLines[0].id: expected a unique budget line id, found 'BL-1' again\nbudget/fy2026.json:4:12: note: 'BL-1' first defined here",
        ]),
        BrokenCase("a line-item id defined in a document and in JSON Lines", files: [
            ("ledger.json", rootWith { $0.lineItems = [item.text] }),
            ("spending/2025-01.jsonl", [JSONObject.lineItem(id: "LI-2").text, item.text].joined(separator: "\n")),
        ], [
            "spending/2025-01.jsonl:2:8: error: $.id: expected a unique line-item id, found 'LI-1' again\nledger.json:9: note: 'LI-1' first defined here",
        ]),
        BrokenCase("a KPI id defined in two files", files: [
            ("ledger.json", rootWith { $0.kpis = [JSONObject.kpi().text] }),
            ("kpis.json", LedgerDocument.part(kpis: [JSONObject.kpi(frequency: "annual").text]).text),
        ], [
            "ledger.json:9:12: error: $.kpis[0].id: expected a unique KPI id, found 'KPI-1' again\nkpis.json:4:12: note: 'KPI-1' first defined here",
        ]),
        BrokenCase("a classification code defined in two files", files: [
            ("ledger.json", root.text),
            ("more.json", classificationsPart(#"{"organisation": [{"code": "LIB", "name": "Library"}, {"code": "PW", "name": "Works"}]}"#)),
        ], [
            "more.json:3:85: error: $.classifications.organisation[1].code: expected a unique organisation code, found 'PW' again\nledger.json:4:49: note: 'PW' first defined here",
        ]),
        BrokenCase("the same code in two classifications, the same id in two namespaces", files: [
            ("ledger.json", rootWith {
                $0.classifications = #"{"organisation": [{"code": "GF", "name": "Gen. Fund office"}, {"code": "PW-STR", "name": "Streets"}], "#
                    + #""category": [{"code": "CONT", "name": "Contracts"}], "fund": [{"code": "GF", "name": "General Fund"}]}"#
                $0.vendors = [JSONObject.vendor(id: "LI-1").text]
                $0.budgetLines = [JSONObject.budgetLine(id: "LI-1").text]
                $0.lineItems = [item.with("vendor", "\"LI-1\"").with("budgetLine", "\"LI-1\"").text]
                $0.kpis = [JSONObject.kpi(id: "LI-1").with("organisation", "\"GF\"").text]
            }),
        ], []),
    ]

    @Test("ids and codes are unique across files: an error at the second, a note at the first", arguments: duplicateCases)
    func duplicates(_ brokenCase: BrokenCase) {
        brokenCase.check()
    }

    static let referenceCases: [BrokenCase] = [
        BrokenCase("unknown references: one error per code at its first use, with the number of uses", files: [
            ("ledger.json", rootWith {
                $0.budgetLines = [JSONObject.budgetLine().with("category", "\"CAPX\"").text]
                $0.lineItems = [item.with("organisation", "\"PW-X\"").text, JSONObject.lineItem(id: "LI-2").with("organisation", "\"PW-X\"").text]
                $0.kpis = [JSONObject.kpi().with("organisation", "\"LIB\"").text]
            }),
            ("items.jsonl", [
                JSONObject.lineItem(id: "LI-3").with("organisation", "\"PW-X\"").with("vendor", "\"V-404\"").text,
                JSONObject.lineItem(id: "LI-4").with("budgetLine", "\"BL-404\"").with("function", "\"04.5\"").text,
            ].joined(separator: "\n")),
        ], [
            "items.jsonl:1:54: error: $.organisation: expected an organisation code defined in classifications.organisation, found 'PW-X' (used 3 times)",
            "ledger.json:16:37: error: $.kpis[0].organisation: expected an organisation code defined in classifications.organisation, found 'LIB'",
            "ledger.json:9:78: error: $.budgetLines[0].category: expected a category code defined in classifications.category, found 'CAPX'",
            "items.jsonl:2:190: error: $.function: expected a function code defined in classifications.function, found '04.5'",
            "items.jsonl:1:106: error: $.vendor: expected a vendor id defined in vendors or an inline vendor, found 'V-404'",
            "items.jsonl:2:168: error: $.budgetLine: expected a budget line id defined in budgetLines, found 'BL-404'",
        ]),
        BrokenCase("a code used before the file that defines it is fine", files: [
            ("ledger.json", rootWith { $0.lineItems = [item.with("organisation", "\"LIB\"").text] }),
            ("more.json", classificationsPart(#"{"organisation": [{"code": "LIB", "name": "Library"}]}"#)),
        ], []),
        BrokenCase("a syntax error in a document hides unknown references (their definitions may be after it)", files: [
            ("ledger.json", String(rootWith {
                $0.classifications = #"{"organisation": [{"code": "PW", "name": "Public Works"}], "category": [{"code": "CONT", "name": "C"}], "fund": [{"code": "GF", "name": "G"}]}"#
            }.dropLast(4))),
            ("items.jsonl", item.text),
        ], [
            "ledger.json:7:3: error: expected ',' or ']' after an array element, found end of file",
        ]),
    ]

    @Test("references to codes, vendors and budget lines", arguments: referenceCases)
    func references(_ brokenCase: BrokenCase) {
        brokenCase.check()
    }

    static func organisations(_ nodes: String) -> String {
        rootWith {
            $0.classifications = "{\"organisation\": [\(nodes)], \"category\": [], \"fund\": []}"
            $0.vendors = nil
        }
    }

    static func chain(_ levels: Int) -> String {
        (1...levels).map { "{\"code\": \"L\($0)\", \"name\": \"Level \($0)\"" + ($0 > 1 ? ", \"parent\": \"L\($0 - 1)\"}" : "}") }
            .joined(separator: ", ")
    }

    static let hierarchyCases: [BrokenCase] = [
        BrokenCase("a cycle, with a node below it listed first", organisations(
            #"{"code": "D", "name": "d", "parent": "A"}, {"code": "A", "name": "a", "parent": "B"}, {"code": "B", "name": "b", "parent": "A"}"#), [
                "ledger.json:4:120: error: $.classifications.organisation[1].parent: expected a hierarchy without cycles, found 'A' among its own ancestors",
            ]),
        BrokenCase("a node that is its own parent", organisations(#"{"code": "C", "name": "c", "parent": "C"}"#), [
            "ledger.json:4:77: error: $.classifications.organisation[0].parent: expected a hierarchy without cycles, found 'C' among its own ancestors",
        ]),
        BrokenCase("a parent that does not exist", organisations(#"{"code": "E", "name": "e", "parent": "ZZ"}, {"code": "F", "name": "f", "parent": "ZZ"}"#), [
            "ledger.json:4:77: error: $.classifications.organisation[0].parent: expected an organisation code defined in classifications.organisation, found 'ZZ' (used 2 times)",
        ]),
        BrokenCase("a parent from another classification", rootWith {
            $0.classifications = #"{"organisation": [{"code": "X", "name": "x", "parent": "GF"}], "category": [], "fund": [{"code": "GF", "name": "General Fund"}]}"#
        }, [
            "ledger.json:4:77: error: $.classifications.organisation[0].parent: expected an organisation code defined in classifications.organisation, found 'GF'",
        ]),
        BrokenCase("nine levels: a root and eight below it", organisations(chain(9)), []),
        BrokenCase("ten levels", organisations(chain(10)), [
            "ledger.json:4:529: error: $.classifications.organisation[9].parent: expected at most 8 levels below a root, found 'L10' deeper",
        ]),
    ]

    @Test("classification hierarchies: parents exist, no cycles, depth", arguments: hierarchyCases)
    func hierarchies(_ brokenCase: BrokenCase) {
        brokenCase.check()
    }

    @Test("a cycle is broken where it is reported, so the rest of the hierarchy stays usable")
    func cycleIsBroken() {
        let load = LedgerFixture.load(Self.organisations(
            #"{"code": "D", "name": "d", "parent": "A"}, {"code": "A", "name": "a", "parent": "B"}, {"code": "B", "name": "b", "parent": "A"}"#))
        let organisation = load.ledger.classification(.organisation)
        #expect(organisation.codes == ["D", "A", "B"])
        #expect(organisation.parents == [1, -1, 1])
        #expect(organisation.roots == [1])
        #expect(organisation.depth(of: 0) == 1)
    }
}
