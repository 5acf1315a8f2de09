import Analytics
import LedgerKit

/// The concrete values the named queries use, chosen from the ledger by fixed rules so that the
/// same ledger always gives the same queries, and printed so that the DuckDB reference asks
/// exactly the same questions.
///
/// Rules (ties go to the first in code or label order): the agency is the organisation root with
/// the most spending line items; the program is that agency's child with the most; the category
/// is the category root with the most; the vendor is the one with the most spending line items in
/// the agency; the quarter is the fiscal quarter holding the middle day of the line items' dates;
/// the fiscal year is the one holding the publisher's as-of date; amounts are 10,000 to 100,000
/// major units; the text is "repair"; the vendor kind is "individual".
struct BenchmarkParameters {
    let agency: Int32
    let program: Int32
    let category: Int32
    let vendor: Int32
    let vendorKind: VendorKind
    let quarter: Period
    let fiscalYear: Period
    let amounts: ClosedRange<Int64>
    let text: String

    /// The parameters for `store`'s ledger, which must have spending line items.
    init(_ store: LedgerStore) {
        let ledger = store.ledger
        func busiest(_ report: Report, excluding excluded: ReportKey? = nil) -> ReportKey {
            report.rows.filter { $0.key != excluded }.max { $0.measures.count < $1.measures.count }!.key
        }
        func node(_ key: ReportKey) -> Int32 {
            guard case .node(_, let node) = key else { preconditionFailure("expected a node, got \(key)") }
            return node
        }
        agency = node(busiest(store.report(LineItemFilter(), groupedBy: .classification(.organisation, depth: 0))))
        let agencyFilter = LineItemFilter(organisation: agency)
        program = node(busiest(store.report(agencyFilter, groupedBy: .children(of: agency, in: .organisation)),
                               excluding: .node(.organisation, agency)))
        category = node(busiest(store.report(LineItemFilter(), groupedBy: .classification(.category, depth: 0))))
        guard case .vendor(let busiestVendor) = busiest(store.report(agencyFilter, groupedBy: .vendor)) else {
            preconditionFailure("a vendor report has vendor keys")
        }
        vendor = busiestVendor
        vendorKind = .individual
        let dates = ledger.lineItems.dates
        let middle = (Int(dates.min()!) + Int(dates.max()!)) / 2
        quarter = Period(.quarter, containing: CivilDate(dayNumber: Int32(middle)), calendar: ledger.calendar)
        fiscalYear = Period(.fiscalYear, containing: ledger.publisher!.asOf, calendar: ledger.calendar)
        let unit = ledger.currency.minorUnitsPerMajor
        amounts = (10_000 * unit)...(100_000 * unit)
        text = "repair"
    }

    /// The parameters as codes, ids and ISO dates, for the DuckDB reference and the report.
    func described(in store: LedgerStore) -> Description {
        let ledger = store.ledger
        return Description(
            agency: ledger.classification(.organisation).codes[Int(agency)],
            program: ledger.classification(.organisation).codes[Int(program)],
            category: ledger.classification(.category).codes[Int(category)],
            vendor: ledger.vendors.ids[Int(vendor)],
            vendorKind: vendorKind.rawValue,
            quarter: .init(quarter), fiscalYear: .init(fiscalYear),
            amounts: [amounts.lowerBound, amounts.upperBound],
            text: text
        )
    }

    /// The parameters as the JSON output carries them.
    struct Description: Codable {
        /// A period as a label and its first and last day.
        struct Span: Codable {
            let label: String
            let start: String
            let end: String

            init(_ period: Period) {
                label = period.description
                start = period.start.description
                end = period.end.description
            }
        }

        let agency: String
        let program: String
        let category: String
        let vendor: String
        let vendorKind: String
        let quarter: Span
        let fiscalYear: Span
        /// Smallest and largest amount, inclusive, in minor units.
        let amounts: [Int64]
        let text: String
    }
}
