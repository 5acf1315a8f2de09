import Foundation
import LedgerKit

extension ImportMap {
    /// The format identifier every map file starts with.
    public static let formatName = "govlens-import-map/1"

    /// Reads a map file (docs/import.md); every problem names the JSON path.
    ///
    /// - Parameters:
    ///   - data: the file's bytes.
    ///   - file: the name used in messages.
    public static func read(_ data: Data, file: String) throws(MapError) -> ImportMap {
        let root = try MapObject.parse(data, file: file)
        try root.checkKeys(["format", "publisher", "missing", "tables"])
        let format = try root.requiredString("format")
        guard format == formatName else { throw root.error("format", "expected \"\(formatName)\", found \"\(format)\"") }
        let publisher = try readPublisher(try root.requiredObject("publisher"))
        let missing = try root.strings("missing") ?? []
        guard let tableObjects = try root.objects("tables"), !tableObjects.isEmpty else {
            throw root.error("tables", "expected an array of at least one table, found none")
        }
        var tables: [ImportTable] = []
        for object in tableObjects { tables.append(try readTable(object)) }
        return ImportMap(publisher: publisher, missing: missing, tables: tables)
    }

    static func readPublisher(_ object: MapObject) throws(MapError) -> Publisher {
        try object.checkKeys(["name", "currency", "fiscalYearStart", "fiscalYearNaming", "asOf", "licence", "source", "language"])
        let code = try object.requiredString("currency")
        guard let currency = Currency(code: code) else {
            throw object.error("currency", "expected an ISO 4217 currency code such as \"GBP\", found \"\(code)\"")
        }
        let start = try object.requiredObject("fiscalYearStart")
        try start.checkKeys(["month", "day"])
        guard let month = try start.integer("month"), (1...12).contains(month) else {
            throw start.error("month", "expected a month from 1 to 12")
        }
        guard let day = try start.integer("day"), (1...28).contains(day) else {
            throw start.error("day", "expected a day from 1 to 28")
        }
        let namingText = try object.string("fiscalYearNaming") ?? "end"
        guard let naming = FiscalCalendar.Naming(rawValue: namingText) else {
            throw object.error("fiscalYearNaming", "expected \"end\" or \"start\", found \"\(namingText)\"")
        }
        let asOfText = try object.requiredString("asOf")
        guard let asOf = CivilDate(iso: asOfText) else {
            throw object.error("asOf", "expected a date YYYY-MM-DD, found \"\(asOfText)\"")
        }
        return Publisher(
            name: try object.requiredString("name"), currency: currency,
            calendar: FiscalCalendar(startMonth: month, startDay: day, naming: naming), asOf: asOf,
            licence: try object.string("licence"), source: try object.string("source"), language: try object.string("language"))
    }

    private static func readTable(_ object: MapObject) throws(MapError) -> ImportTable {
        try object.checkKeys(["files", "records", "fields"])
        let pattern = try object.string("files")
        var groups: [String] = []
        if let pattern {
            guard let expression = try? NSRegularExpression(pattern: pattern) else {
                throw object.error("files", "expected a regular expression, found \"\(pattern)\"")
            }
            groups = FileNamePattern.groupNames(in: expression.pattern)
        }
        let reader = FieldReader(placeholders: Set(["value", "file", "line", "row"] + groups))
        let fields = try object.requiredObject("fields")
        let kind = try object.requiredString("records")
        let records: RecordFields
        switch kind {
        case "lineItems": records = .lineItems(try reader.lineItemFields(fields))
        case "budgetLines": records = .budgetLines(try reader.budgetLineFields(fields))
        case "kpis": records = .kpis(try reader.kpiFields(fields))
        default: throw object.error("records", "expected \"lineItems\", \"budgetLines\" or \"kpis\", found \"\(kind)\"")
        }
        return ImportTable(files: pattern, records: records)
    }
}
