import LedgerKit

/// A generated line item before it is written: indices into the ledger's tables.
///
/// Records are small plain values so that a year of them can be sorted cheaply and a
/// synthetic ledger can stream millions of them through one reusable buffer.
struct LineItemRecord {
    /// Day number of the date.
    var day: Int32
    /// Order of generation within the year; breaks ties when sorting by date.
    var sequence: Int32
    var program: Int32
    var category: Int16
    var fund: Int16
    /// Region index, or -1.
    var region: Int16
    var kind: LineItemKind
    var dateEstimated: Bool
    /// Vendor index, or `-(n + 1)` for the n-th inline payee of the year.
    var vendor: Int32
    var amount: Int64
    var description: Int32
    /// Reference prefix index, or -1 for no reference.
    var referencePrefix: Int16
    var referenceNumber: Int32
    /// Index of the year's budget line, or -1.
    var budgetLine: Int32
}
