import LedgerKit
import Testing
import TestSupport

/// The publisher's optional `audit` object: parameters of the audit rules (docs/ledger-format.md §4.1).
@Suite("Publisher: audit settings")
struct AuditSettingsTests {
    static func root(audit: String, currency: String = "USD") -> String {
        var document = LedgerDocument()
        document.publisher = JSONObject.publisher(currency: currency).with("audit", audit).text
        return document.text
    }

    @Test("every parameter is read; amounts in major units, holidays sorted")
    func everyParameter() throws {
        let audit = """
            {"duplicateWindowDays": 10, "splitWindowDays": 0, "approvalThreshold": "25000.50", "roundUnit": 500, \
            "roundMinimumCount": 8, "roundShareFactor": 2.5, "roundMinimumShare": 0.5, "holidays": ["2025-01-01", "2024-12-25"], \
            "yearEndMonthRatio": 4, "yearEndQuarterRatio": 2.5, "benfordMinimumCount": 800, "benfordTwoDigitMinimumCount": 5000, \
            "concentrationHHI": 1800, "concentrationMinimumVendors": 3, "outlierFence": 1.5, "outlierMinimumCount": 30}
            """
        let load = LedgerFixture.load(Self.root(audit: audit))
        #expect(load.report == [])
        let settings = try #require(load.ledger.publisher).audit
        #expect(settings.duplicateWindowDays == 10)
        #expect(settings.splitWindowDays == 0)
        #expect(settings.approvalThreshold == MajorAmount("25000.5"))
        #expect(settings.approvalThreshold?.minorUnits(exponent: 2) == 2_500_050)
        #expect(settings.roundUnit?.minorUnits(exponent: 0) == 500)
        #expect(settings.roundMinimumCount == 8)
        #expect(settings.roundShareFactor == 2.5)
        #expect(settings.roundMinimumShare == 0.5)
        #expect(settings.holidays == [CivilDate(year: 2024, month: 12, day: 25)!, CivilDate(year: 2025, month: 1, day: 1)!])
        #expect(settings.yearEndMonthRatio == 4)
        #expect(settings.yearEndQuarterRatio == 2.5)
        #expect(settings.benfordMinimumCount == 800)
        #expect(settings.benfordTwoDigitMinimumCount == 5000)
        #expect(settings.concentrationHHI == 1800)
        #expect(settings.concentrationMinimumVendors == 3)
        #expect(settings.outlierFence == 1.5)
        #expect(settings.outlierMinimumCount == 30)
    }

    @Test("without an audit object nothing is set")
    func absent() throws {
        let load = LedgerFixture.load(LedgerDocument().text)
        #expect(try #require(load.ledger.publisher).audit == AuditSettings())
    }

    static let cases: [BrokenCase] = [
        BrokenCase("audit not an object", root(audit: "[]"), [
            "ledger.json:3:131: error: $.publisher.audit: expected an object of audit rule parameters, found an array",
        ]),
        BrokenCase("wrong types and values out of range", root(audit: #"{"duplicateWindowDays": 400, "roundShareFactor": 0.5, "roundMinimumShare": "half", "concentrationHHI": 20000}"#), [
            "ledger.json:3:155: error: $.publisher.audit.duplicateWindowDays: expected an integer from 0 to 366, found 400",
            "ledger.json:3:180: error: $.publisher.audit.roundShareFactor: expected a number from 1 to 1000000, found 0.5",
            "ledger.json:3:206: error: $.publisher.audit.roundMinimumShare: expected a number, found \"half\"",
            "ledger.json:3:234: error: $.publisher.audit.concentrationHHI: expected a number from 0 to 10000, found 20000",
        ]),
        BrokenCase("amounts: not positive, not a decimal", root(audit: #"{"approvalThreshold": 0, "roundUnit": "1e3"}"#), [
            "ledger.json:3:153: error: $.publisher.audit.approvalThreshold: expected a positive amount in major units with at most 4 decimals, found 0",
            "ledger.json:3:169: error: $.publisher.audit.roundUnit: expected a positive amount in major units with at most 4 decimals, found 1e3",
        ]),
        BrokenCase("an amount finer than a cent", root(audit: #"{"roundUnit": "10.001"}"#), [
            "ledger.json:3:145: error: $.publisher.audit.roundUnit: expected an amount with at most 2 decimal places (USD), found 10.001",
        ]),
        BrokenCase("an amount finer than the yen, and a holiday that does not exist", root(audit: #"{"approvalThreshold": "100.5", "holidays": ["2025-02-29"]}"#, currency: "JPY"), [
            "ledger.json:3:153: error: $.publisher.audit.approvalThreshold: expected an amount with at most 0 decimal places (JPY), found 100.5",
            "ledger.json:3:175: error: $.publisher.audit.holidays[0]: expected a date YYYY-MM-DD, found \"2025-02-29\" (that day does not exist)",
        ]),
        BrokenCase("the currency after the audit object still decides the decimals", #"{"format": "govlens-ledger/1", "publisher": {"name": "T", "audit": {"roundUnit": "0.5"}, "currency": "JPY", "fiscalYearStart": {"month": 4, "day": 1}, "asOf": "2025-03-31"}}"#, [
            "ledger.json:1:82: error: $.publisher.audit.roundUnit: expected an amount with at most 0 decimal places (JPY), found 0.5",
        ]),
        BrokenCase("an unknown key is a warning", root(audit: #"{"splitWindow": 3}"#), [
            "ledger.json:3:132: warning: $.publisher.audit.splitWindow: unknown key 'splitWindow' ignored",
        ]),
    ]

    @Test("problems in the audit object, each reported where it is", arguments: cases)
    func problems(_ brokenCase: BrokenCase) {
        brokenCase.check()
    }

    @Test("settings override one another key by key")
    func overriding() {
        var ledger = AuditSettings()
        ledger.splitWindowDays = 3
        ledger.approvalThreshold = MajorAmount(major: 10_000)
        var commandLine = AuditSettings()
        commandLine.splitWindowDays = 5
        let merged = ledger.overriding(with: commandLine)
        #expect(merged.splitWindowDays == 5)
        #expect(merged.approvalThreshold == MajorAmount(major: 10_000))
        #expect(MajorAmount("0.5")?.minorUnits(exponent: 0) == nil)
        #expect(MajorAmount("12.3400")?.description == "12.34")
        #expect(MajorAmount("1e3") == nil)
    }
}

/// Audit settings as a command line gives them: `KEY=VALUE`.
@Suite("Audit settings from text")
struct AuditSettingsTextTests {
    @Test("every key of the audit object can be set, with the same ranges")
    func settingEveryKey() throws {
        var settings = AuditSettings()
        try settings.set("splitWindowDays=3")
        try settings.set("approvalThreshold=25000.5")
        try settings.set("holidays=2025-01-01,2024-12-25")
        try settings.set("outlierFence=1.5")
        #expect(settings.splitWindowDays == 3)
        #expect(settings.approvalThreshold == MajorAmount("25000.5"))
        #expect(settings.holidays == [CivilDate(iso: "2024-12-25")!, CivilDate(iso: "2025-01-01")!])
        #expect(settings.outlierFence == 1.5)
        #expect(AuditSettings.keys.count == 16)
    }

    @Test("wrong keys and values say what was expected", arguments: [
        ("splitWindowDays", "expected an audit setting KEY=VALUE, found 'splitWindowDays'"),
        ("splitWindowDays=400", "splitWindowDays: expected a whole number from 0 to 366, found '400'"),
        ("roundMinimumShare=2", "roundMinimumShare: expected a number from 0 to 1, found '2'"),
        ("approvalThreshold=-5", "approvalThreshold: expected a positive amount in major units with at most 4 decimals, found '-5'"),
        ("holidays=2025-02-29", "holidays: expected dates YYYY-MM-DD separated by commas, found '2025-02-29'"),
    ])
    func rejected(_ assignment: String, _ message: String) {
        var settings = AuditSettings()
        do {
            try settings.set(assignment)
            Issue.record("\(assignment) was accepted")
        } catch {
            #expect(error.description == message)
        }
        #expect(settings == AuditSettings())
    }

    @Test("an unknown key lists the keys")
    func unknownKey() {
        var settings = AuditSettings()
        do {
            try settings.set("splitWindow=3")
            Issue.record("an unknown key was accepted")
        } catch {
            #expect(error.description.hasPrefix("expected one of the audit settings duplicateWindowDays, splitWindowDays,"))
            #expect(error.description.hasSuffix("found 'splitWindow'"))
        }
    }
}
