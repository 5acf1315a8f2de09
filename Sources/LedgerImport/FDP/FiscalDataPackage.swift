import Foundation
import LedgerKit

/// Reads a Fiscal Data Package (FDP 1.0: a `columnType` on each field of a resource's schema) as a
/// column map, so that its CSV resources are imported like any other (docs/import.md, "Fiscal Data Packages").
///
/// A resource with a `date:fiscal-year` column holds budget lines; one with a `date:generic` column
/// holds line items. What the FDP does not carry comes from `Settings`, or from fixed stand-ins: a
/// single fund `ALL` ("All funds"), a category `UNCLASSIFIED` and an organisation named after the publisher.
public enum FiscalDataPackage {
    /// What the person importing must supply.
    public struct Settings: Sendable {
        /// The fiscal calendar (the FDP 1.0 has none).
        public var calendar: FiscalCalendar
        /// The date the data is complete up to.
        public var asOf: CivilDate
        /// The currency when the package gives none.
        public var currency: Currency?
        /// The kind of every vendor of spending resources.
        public var vendorKind: String?
        /// The phase of budget amounts when a resource has no `phase:id` column.
        public var phase: String

        /// Reads the settings from command-line text; throws with a message naming the bad one.
        public init(
            fiscalYearStart: String, naming: String, asOf: String, currency: String?, vendorKind: String?, phase: String
        ) throws {
            let parts = fiscalYearStart.split(separator: "-")
            guard parts.count == 2, let month = Int(parts[0]), let day = Int(parts[1]), (1...12).contains(month), (1...28).contains(day) else {
                throw SettingsError(description: "--fiscal-year-start: expected MM-DD with a day from 1 to 28, found '\(fiscalYearStart)'")
            }
            guard let naming = FiscalCalendar.Naming(rawValue: naming) else {
                throw SettingsError(description: "--fiscal-year-naming: expected 'end' or 'start', found '\(naming)'")
            }
            guard let date = CivilDate(iso: asOf) else { throw SettingsError(description: "--as-of: expected YYYY-MM-DD, found '\(asOf)'") }
            calendar = FiscalCalendar(startMonth: month, startDay: day, naming: naming)
            self.asOf = date
            if let currency {
                guard let known = Currency(code: currency) else {
                    throw SettingsError(description: "--currency: expected an ISO 4217 code, found '\(currency)'")
                }
                self.currency = known
            }
            if let vendorKind, !["business", "individual", "government", "non-profit"].contains(vendorKind) {
                throw SettingsError(description: "--vendor-kind: expected business, individual, government or non-profit, found '\(vendorKind)'")
            }
            self.vendorKind = vendorKind
            guard ["proposed", "adopted", "revised", "executed"].contains(phase) else {
                throw SettingsError(description: "--phase: expected proposed, adopted, revised or executed, found '\(phase)'")
            }
            self.phase = phase
        }
    }

    /// A setting that cannot be used.
    public struct SettingsError: Error, Sendable, CustomStringConvertible {
        public let description: String
    }

    /// The column map for the package in `data`, and the paths of its CSV resources (relative to the package's folder).
    public static func map(_ data: Data, file: String, settings: Settings) throws(MapError) -> (map: ImportMap, resources: [String]) {
        let root = try MapObject.parse(data, file: file)
        guard let resources = try root.objects("resources"), !resources.isEmpty else {
            throw root.error("resources", "expected an array of at least one resource, found none")
        }
        var tables: [ImportTable] = []
        var paths: [String] = []
        var currencies: Set<String> = []
        for resource in resources {
            guard let path = try resource.string("path") else {
                throw resource.error(nil, "expected a 'path' to a CSV file, found none")
            }
            let columns = try FDPColumns(resource)
            currencies.formUnion(columns.currencies)
            tables.append(ImportTable(files: "^" + NSRegularExpression.escapedPattern(for: (path as NSString).lastPathComponent) + "$", records: try columns.records(settings: settings, publisherName: try publisherName(root))))
            paths.append(path)
        }
        guard let currency = try packageCurrency(currencies, settings: settings, root: root) else {
            throw root.error(nil, "expected a currency (a value-currency:code constant, or --currency), found none")
        }
        let publisher = Publisher(
            name: try publisherName(root), currency: currency, calendar: settings.calendar, asOf: settings.asOf,
            licence: try licence(root), source: try root.string("homepage"))
        return (ImportMap(publisher: publisher, tables: tables), paths)
    }

    private static func publisherName(_ root: MapObject) throws(MapError) -> String {
        if let publishers = try? root.objects("publishers"), let first = publishers.first, let name = try first.string("name") { return name }
        if let title = try root.string("title") { return title }
        if let name = try root.string("name") { return name }
        throw root.error(nil, "expected a 'title' or 'name' for the publisher, found none")
    }

    private static func licence(_ root: MapObject) throws(MapError) -> String? {
        guard let licences = try root.objects("licenses"), let first = licences.first else { return nil }
        if let title = try first.string("title") { return title }
        return try first.string("name")
    }

    private static func packageCurrency(_ codes: Set<String>, settings: Settings, root: MapObject) throws(MapError) -> Currency? {
        guard codes.count <= 1 else {
            throw root.error("resources", "expected one currency, found \(codes.sorted().joined(separator: ", ")): import each currency as its own ledger")
        }
        if let code = codes.first {
            guard let currency = Currency(code: code) else { throw root.error("resources", "expected an ISO 4217 currency code, found '\(code)'") }
            if let given = settings.currency, given != currency {
                throw root.error("resources", "expected the currency given with --currency, \(given.code), found \(code)")
            }
            return currency
        }
        return settings.currency
    }
}
