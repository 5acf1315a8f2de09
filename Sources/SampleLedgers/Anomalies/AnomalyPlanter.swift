import LedgerKit

/// Plants one case of every audit rule into a generated ledger, as the ledger document
/// `planted.json`: an agency `AUDX` ("Planted anomalies") with one program per rule, an agency
/// `AUDN` without budget lines, a category `AUDX`, their vendors, budget lines and line items,
/// all in the ledger's first fiscal year (which must be complete). The publisher lists one
/// public holiday (`holiday(of:)`) for the holiday case.
///
/// The cases are placed so that each is found by its own rule with the default parameters of
/// docs/audit-rules.md (amounts in major units, so the same in dollars and in yen); other rules
/// may flag them too (the large planted payments are outliers of the planted category). Seeded:
/// the same blueprint and seed give the same bytes.
struct AnomalyPlanter {
    private let blueprint: LedgerBlueprint
    private let window: FiscalWindow
    private let holiday: Int
    private var random: SeededRandom
    private var out = JSONWriter(capacity: 1 << 18)
    private var lineItems = JSONWriter(capacity: 1 << 18)
    private var number = 0
    /// The organisation the next line items are planted under.
    private var program = "AUDX"
    private(set) var anomalies: [PlantedAnomaly] = []

    /// The number of line items planted so far.
    var lineItemCount: Int { number }

    /// The planted programs under agency `AUDX`.
    static let programs: [(code: String, name: String)] = [
        ("AUDX-DUP", "Duplicate payment"), ("AUDX-INV", "Invoice paid twice"), ("AUDX-SPL", "Split purchase"),
        ("AUDX-RND", "Round amounts"), ("AUDX-WKD", "Weekend payment"), ("AUDX-HOL", "Holiday payment"),
        ("AUDX-SRG", "Year-end surge"), ("AUDX-BEN", "Benford deviation"), ("AUDX-CON", "Vendor concentration"),
        ("AUDX-OUT", "Outlier"), ("AUDX-OVR", "Overspent budget line"),
    ]

    /// The public holiday the planted ledger lists: the first weekday 150 days or more into the
    /// first fiscal year.
    static func holiday(of blueprint: LedgerBlueprint) -> CivilDate {
        let first = blueprint.publisher.calendar.firstDay(of: blueprint.fiscalYears[0])
        var day = first.adding(days: 150)
        while day.isWeekend { day = day.adding(days: 1) }
        return day
    }

    init(_ blueprint: LedgerBlueprint, seed: UInt64) {
        self.blueprint = blueprint
        window = FiscalWindow(fiscalYear: blueprint.fiscalYears[0], calendar: blueprint.publisher.calendar, asOf: blueprint.publisher.asOf)
        precondition(window.isComplete, "anomalies are planted into a completed fiscal year")
        holiday = Int(Self.holiday(of: blueprint).dayNumber)
        random = SeededRandom(seed: seed, stream: 0xA0D17, 6)
    }

    /// The `planted.json` document.
    mutating func document() -> [UInt8] {
        plantDuplicates()
        plantSplit()
        plantRoundAmounts()
        plantCalendarCases()
        plantSurge()
        plantBenford()
        plantConcentration()
        plantOutlier()
        plantBudgetCases()
        writeHeader()
        out.raw(lineItems.bytes)
        out.raw("\n  ]\n}\n")
        return out.bytes
    }

    // MARK: - The cases

    private mutating func plantDuplicates() {
        let day = weekday(window.firstDay + 30)
        let amount = major(12_345, cents: 67)
        program = "AUDX-DUP"
        var ids = [item(day, amount, vendor: "DUP", reference: "PLANT-INV-1001")]
        ids.append(item(weekday(day + 2), amount, vendor: "DUP", reference: "PLANT-INV-1002"))
        record("duplicate-payment", ids)

        let first = weekday(window.firstDay + 60)
        let invoice = major(8_765, cents: 43)
        program = "AUDX-INV"
        ids = [item(first, invoice, vendor: "INV", reference: "PLANT-INV-2001")]
        ids.append(item(weekday(first + 40), invoice, vendor: "INV", reference: "PLANT-INV-2001"))
        record("duplicate-invoice", ids)
    }

    /// Three payments within a day, each below 50,000 and together about 63,000.
    private mutating func plantSplit() {
        let day = weekday(window.firstDay + 90)
        program = "AUDX-SPL"
        var ids = [item(day, major(24_500, cents: 10), vendor: "SPL")]
        ids.append(item(day, major(19_800, cents: 20), vendor: "SPL"))
        ids.append(item(weekday(day + 1), major(18_900, cents: 30), vendor: "SPL"))
        record("split-purchase", ids)
    }

    /// Twelve payments of whole thousands, 25 days apart.
    private mutating func plantRoundAmounts() {
        program = "AUDX-RND"
        var ids: [String] = []
        for index in 0..<12 {
            ids.append(item(weekday(window.firstDay + 10 + 25 * index), major(Int64(3_000 + 1_000 * index)), vendor: "RND"))
        }
        record("round-amounts", ids)
    }

    private mutating func plantCalendarCases() {
        var saturday = window.firstDay + 120
        while CivilDate(dayNumber: Int32(saturday)).isoWeekday != 6 { saturday += 1 }
        program = "AUDX-WKD"
        record("weekend-payment", [item(saturday, major(2_222, cents: 22), vendor: "WKD")])
        program = "AUDX-HOL"
        record("holiday-payment", [item(holiday, major(3_333, cents: 33), vendor: "HOL")])
    }

    /// Eleven months of about 10,000 and a last month of about 60,000: six times the mean.
    private mutating func plantSurge() {
        program = "AUDX-SRG"
        var ids: [String] = []
        for month in 0..<12 {
            let day = weekday(window.monthStarts[month] + 10)
            ids.append(item(day, major(month == 11 ? 60_000 : 10_000, cents: Int64(month + 1)), vendor: "SRG"))
        }
        record("year-end-surge", ids)
    }

    /// 1,200 payments of 4,000.01–4,999.99 to 40 vendors on weekdays through the year: every
    /// first digit a 4.
    private mutating func plantBenford() {
        program = "AUDX-BEN"
        var ids: [String] = []
        for index in 0..<1_200 {
            let day = weekday(window.firstDay + random.below(window.yearEnd - window.firstDay - 3))
            let amount = major(Int64(4_000 + random.below(1_000)), cents: Int64(1 + random.below(99)))
            ids.append(item(day, amount, vendor: "BEN-\(JSONWriter.padded(index % 40 + 1, width: 2))"))
        }
        record("benford", ids)
    }

    /// Six businesses, one of them paid 20 times about 20,000 and the others once about 1,000.
    private mutating func plantConcentration() {
        program = "AUDX-CON"
        var ids: [String] = []
        for index in 0..<20 {
            ids.append(item(weekday(window.firstDay + 5 + 17 * index), major(20_000 + Int64(index * 37), cents: 11), vendor: "CON-1"))
        }
        for vendor in 2...6 {
            ids.append(item(weekday(window.firstDay + 40 * vendor), major(1_000 + Int64(vendor * 13), cents: 21), vendor: "CON-\(vendor)"))
        }
        record("vendor-concentration", ids)
    }

    private mutating func plantOutlier() {
        program = "AUDX-OUT"
        record("outlier", [item(weekday(window.firstDay + 200), major(2_000_000, cents: 55), vendor: "OUT")])
    }

    /// Spending of agency `AUDN`, which no budget line covers, and two payments charged to a
    /// budget line of 10,000 that together exceed it.
    private mutating func plantBudgetCases() {
        program = "AUDN"
        record("no-budget-line", [item(weekday(window.firstDay + 210), major(7_654, cents: 32), vendor: "NOB")])
        program = "AUDX-OVR"
        var ids = [item(weekday(window.firstDay + 220), major(6_100, cents: 11), vendor: "OVR")]
        ids.append(item(weekday(window.firstDay + 250), major(5_900, cents: 22), vendor: "OVR"))
        record("overspent-budget-line", ids)
    }

    // MARK: - Writing

    /// Format, classifications, vendors, budget lines, and the opening of `lineItems`.
    private mutating func writeHeader() {
        let fund = blueprint.funds[0].code
        let year = window.fiscalYear
        out.raw("{\n  \"format\": \"govlens-ledger/1\",\n  \"classifications\": {\n    \"organisation\": [")
        out.raw("\n      {\"code\": \"AUDX\", \"name\": \"Planted anomalies\"},\n      {\"code\": \"AUDN\", \"name\": \"Planted anomalies without a budget\"}")
        for program in Self.programs {
            out.member(",\n      {\"code\": ", program.code)
            out.member(", \"name\": ", program.name)
            out.raw(", \"parent\": \"AUDX\"}")
        }
        out.raw("\n    ],\n    \"category\": [\n      {\"code\": \"AUDX\", \"name\": \"Planted purchases\"}\n    ]\n  },\n  \"vendors\": [")
        let vendors = ["DUP", "INV", "SPL", "RND", "WKD", "HOL", "SRG", "OUT", "NOB", "OVR"]
            + (1...40).map { "BEN-\(JSONWriter.padded($0, width: 2))" } + (1...6).map { "CON-\($0)" }
        for (index, vendor) in vendors.enumerated() {
            out.member(index == 0 ? "\n    {\"id\": " : ",\n    {\"id\": ", "PLANT-V-\(vendor)")
            out.member(", \"name\": ", "Planted vendor \(vendor)")
            out.raw(", \"kind\": \"business\"}")
        }
        out.raw("\n  ],\n  \"budgetLines\": [")
        let lines: [(id: String, organisation: String, amount: Int64)] = [
            ("PLANT-BL-AUDX", "AUDX", major(1_000_000_000)), ("PLANT-BL-OVR", "AUDX-OVR", major(10_000)),
        ]
        for (index, line) in lines.enumerated() {
            out.member(index == 0 ? "\n    {\"id\": " : ",\n    {\"id\": ", line.id)
            out.raw(", \"fiscalYear\": ")
            out.int(year)
            out.member(", \"organisation\": ", line.organisation)
            out.member(", \"category\": \"AUDX\", \"fund\": ", fund)
            out.raw(", \"phase\": \"adopted\", \"amount\": ")
            out.amount(line.amount, decimals: blueprint.publisher.decimals)
            out.raw("}")
        }
        out.raw("\n  ],\n  \"lineItems\": [")
    }

    /// Writes one payment and returns its id.
    private mutating func item(_ day: Int, _ amount: Int64, vendor: String, reference: String? = nil) -> String {
        number += 1
        let id = "PLANT-\(JSONWriter.padded(number, width: 6))"
        lineItems.member(number == 1 ? "\n    {\"id\": " : ",\n    {\"id\": ", id)
        lineItems.member(", \"date\": ", CivilDate(dayNumber: Int32(day)).description)
        lineItems.member(", \"organisation\": ", program)
        lineItems.member(", \"category\": \"AUDX\", \"fund\": ", blueprint.funds[0].code)
        lineItems.member(", \"vendor\": ", "PLANT-V-\(vendor)")
        lineItems.raw(", \"kind\": \"payment\", \"amount\": ")
        lineItems.amount(amount, decimals: blueprint.publisher.decimals)
        lineItems.member(", \"description\": ", "Planted: \(program)")
        lineItems.member(", \"reference\": ", reference)
        lineItems.raw("}")
        return id
    }

    /// Records the anomaly of `rule` behind `ids`, planted under `program`.
    private mutating func record(_ rule: String, _ ids: [String]) {
        anomalies.append(PlantedAnomaly(rule: rule, organisation: program, fiscalYear: window.fiscalYear, lineItemIds: ids))
    }

    /// `day`, or the next weekday that is not the planted holiday.
    private func weekday(_ day: Int) -> Int {
        var day = day
        while CivilDate(dayNumber: Int32(day)).isWeekend || day == holiday { day += 1 }
        return day
    }

    /// An amount of `units` major units and `cents` hundredths (dropped for a currency without decimals).
    private func major(_ units: Int64, cents: Int64 = 0) -> Int64 {
        var unit: Int64 = 1
        for _ in 0..<blueprint.publisher.decimals { unit *= 10 }
        return units * unit + (unit >= 100 ? cents * unit / 100 : 0)
    }
}
