import Analytics
import LedgerKit

extension LineItemsPanel {
    /// The Line items panel's table: every line item listed, in the panel's order, with every
    /// column of the list and the fields behind it (id, kind, vendor kind, codes, reference);
    /// the opened line item alone when one is open.
    static func table(_ state: AppState) -> ViewTable {
        let columns = [
            ViewTable.Column("Id", .text), ViewTable.Column("Date", .date), ViewTable.Column("Date estimated", .text),
            ViewTable.Column("Kind", .text), ViewTable.Column("Vendor", .text), ViewTable.Column("Vendor kind", .text),
            ViewTable.Column("Organisation", .text), ViewTable.Column("Category", .text), ViewTable.Column("Fund", .text),
            ViewTable.Column("Description", .text), ViewTable.Column("Reference", .text), ViewTable.Column("Amount", .money),
            ViewTable.Column("Flags", .text),
        ]
        let ledger = state.store.ledger
        let items = ledger.lineItems
        let organisations = ledger.classification(.organisation).codes
        let categories = ledger.classification(.category).codes
        let funds = ledger.classification(.fund).codes
        let rows = state.openLineItem.map { [$0] } ?? state.lineItems.rows
        let values: [[ViewTable.Value]] = rows.map { row in
            let item = Int(row)
            let vendor = Int(items.vendors[item])
            return [
                .text(items.ids[item]), .date(items.date(item)), .text(items.dateEstimated[item] ? "yes" : "no"),
                .text(items.kinds[item].name), .text(ledger.vendors.names[vendor]), .text(ledger.vendors.kinds[vendor].rawValue),
                .text(organisations[Int(items.organisations[item])]), .text(categories[Int(items.categories[item])]),
                .text(funds[Int(items.funds[item])]), .text(items.descriptions[item]), .text(items.references[item]),
                .money(items.amounts[item]), .text(LineItemFlag.labels(LineItemFlag.flags(of: item, in: items, audit: state.audit))),
            ]
        }
        return ViewTable(view: Panel.lineItems.exportName, currency: ledger.currency, columns: columns, rows: values)
    }
}
