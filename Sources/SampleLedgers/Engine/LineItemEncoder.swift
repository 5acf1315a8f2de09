import LedgerKit

/// Writes line item records of one fiscal year as JSON Lines.
///
/// This is the hot path of the synthetic generator: every field is either pre-encoded
/// bytes or digits written straight into the buffer.
struct LineItemEncoder {
    private let tables: LedgerTables
    private let decimals: Int
    private let idPrefix: [UInt8]
    private let idDigits: Int
    private let firstDay: Int
    /// Quoted `YYYY-MM-DD` of every day of the year.
    private let dates: [[UInt8]]
    private let references: [[UInt8]]
    private let referenceDated: [Bool]
    private let referenceDigits: Int
    private let budgetLineIds: [[UInt8]]
    private let payeePrefix: [UInt8]

    /// Prepares the tables of fiscal year `window.fiscalYear`; `budgetLineIds` are the ids records may reference.
    init(_ blueprint: LedgerBlueprint, tables: LedgerTables, window: FiscalWindow, budgetLineIds: [String]) {
        self.tables = tables
        decimals = blueprint.publisher.decimals
        let year = window.fiscalYear
        idPrefix = JSONWriter.escaped("\(blueprint.lineItemPrefix)-\(year)-")
        idDigits = blueprint.lineItemDigits
        firstDay = window.firstDay
        dates = (window.firstDay...window.yearEnd).map { Array("\"\(CivilDate(dayNumber: Int32($0)))\"".utf8) }
        let shortYear = JSONWriter.padded(year % 100, width: 2)
        references = zip(tables.referencePrefixes, tables.referenceDated).map { prefix, dated in
            JSONWriter.escaped(dated ? "\(prefix)-" : "\(prefix)-\(shortYear)-")
        }
        referenceDated = tables.referenceDated
        referenceDigits = blueprint.referenceDigits
        self.budgetLineIds = budgetLineIds.map { JSONWriter.escaped($0) }
        payeePrefix = JSONWriter.escaped("PAYEE-\(year)-")
    }

    /// Appends one line item (and a newline); `number` is its position in the year's file.
    func encode(_ record: LineItemRecord, number: Int, into out: inout JSONWriter) {
        out.raw("{\"id\":\"")
        out.raw(idPrefix)
        out.padded(number, width: idDigits)
        out.raw("\",\"date\":")
        out.raw(dates[Int(record.day) - firstDay])
        if record.dateEstimated { out.raw(",\"dateEstimated\":true") }
        out.raw(",\"organisation\":")
        out.quoted(tables.programCodes[Int(record.program)])
        out.raw(",\"category\":")
        out.quoted(tables.categoryCodes[Int(record.category)])
        out.raw(",\"fund\":")
        out.quoted(tables.fundCodes[Int(record.fund)])
        if record.region >= 0 {
            out.raw(",\"region\":")
            out.quoted(tables.regionCodes[Int(record.region)])
        }
        if record.vendor >= 0 {
            out.raw(",\"vendor\":")
            out.quoted(tables.vendorIds[Int(record.vendor)])
        } else {
            let serial = Int(-record.vendor) - 1
            out.raw(",\"vendor\":{\"id\":\"")
            out.raw(payeePrefix)
            out.padded(serial + 1, width: 5)
            out.raw("\",\"name\":")
            out.quoted(tables.payeeNames[serial % tables.payeeNames.count])
            out.raw(",\"kind\":\"individual\"}")
        }
        switch record.kind {
        case .obligation: out.raw(",\"kind\":\"obligation\",\"amount\":")
        case .payment: out.raw(",\"kind\":\"payment\",\"amount\":")
        case .refund: out.raw(",\"kind\":\"refund\",\"amount\":")
        case .adjustment: out.raw(",\"kind\":\"adjustment\",\"amount\":")
        }
        out.amount(record.amount, decimals: decimals)
        out.raw(",\"description\":")
        out.quoted(tables.phrases[Int(record.description)])
        if record.referencePrefix >= 0 {
            let prefix = Int(record.referencePrefix)
            out.raw(",\"reference\":\"")
            out.raw(references[prefix])
            out.padded(record.referenceNumber, width: referenceDated[prefix] ? 8 : referenceDigits)
            out.raw("\"")
        }
        if record.budgetLine >= 0 {
            out.raw(",\"budgetLine\":")
            out.quoted(budgetLineIds[Int(record.budgetLine)])
        }
        out.raw("}\n")
    }
}
