/// Reads the files of one ledger into a `Ledger`, reporting every problem with its location.
///
/// One parser per ledger: files are fed in order with `parse(_:name:kind:)`, then `finish()`
/// resolves references across files. Syntax errors stop the file they occur in (in JSON Lines,
/// only the line); type and value errors are reported and the value skipped, so one run finds
/// as many problems as possible.
struct LedgerParser {
    var ledger = Ledger()
    var log: DiagnosticLog
    var scanner: JSONScanner
    var fileName = ""
    var fileIndex: UInt16 = 0
    /// The publisher's currency once read (also when the publisher is otherwise invalid).
    var currency: Currency?
    /// Decimals of `currency`; 2 until it is known.
    var exponent = 2
    var classificationTables: [CodeTable] = ClassificationKind.allCases.map {
        CodeTable(noun: "\($0.rawValue) code", definedIn: "classifications.\($0.rawValue)")
    }
    var vendorTable = CodeTable(noun: "vendor id", definedIn: "vendors or an inline vendor")
    var budgetLineTable = CodeTable(noun: "budget line id", definedIn: "budgetLines")
    var lineItemIds = ByteInterner(capacity: 1 << 16)
    /// Where each id of `lineItemIds` is first defined, for the note on a duplicate.
    var lineItemIdLines: [RecordSource] = []
    /// The line-item row of each id of `lineItemIds`, or -1 when its line item was not loaded.
    var rowOfLineItemId: [Int32] = []
    /// The most bytes any one store of text (ids, codes, descriptions, references) may hold: its
    /// offsets are 32-bit. Lower in tests.
    var textLimit = Int(UInt32.max)
    /// Whether a record was left out because the stores of text were full (reported once).
    var textLimitReached = false
    /// Lines read by a chunk parser (see `ChunkedLineItems`).
    var linesRead = 0
    /// For a chunk parser: inline vendor definitions, in order, to check against earlier chunks on merging.
    var deferredVendorDefinitions: [VendorDefinition]?
    /// For a chunk parser: the column of each id of `lineItemIds`, for a duplicate found on merging.
    var lineItemIdColumns: [UInt32]?
    /// The index of the array element being read, set by `parseArray` (-1 for a line of JSON Lines).
    var elementIndex = -1
    /// For each line item loaded, its index in its file's `lineItems` (-1 in JSON Lines), for diagnostic paths.
    var lineItemIndexes: [Int32] = []
    /// KPI ids by their bytes (a `String` key would merge ids that differ only in Unicode normalisation).
    var kpiDefinitions: [[UInt8]: SourceLocation] = [:]
    var classificationNodes: [[NodeDefinition?]] = Array(repeating: [], count: ClassificationKind.allCases.count)
    var vendorDefinitions: [(name: String, kind: VendorKind, inline: Bool)?] = []
    var budgetLineByHandle: [Int32] = []
    var absoluteLineItemTotal: Int64 = 0
    var absoluteBudgetTotal: Int64 = 0
    var totalsOverflowed = (lineItems: false, budget: false)
    var publisherLocation: SourceLocation?
    var rootFileName: String?
    /// Whether the root file had a syntax error before its publisher could be found.
    var rootFileUnreadable = false
    /// Whether a `.json` document was not read to its end (syntax error), or a file not at all, so
    /// definitions may be missing.
    var documentStoppedEarly = false

    /// A classification node as defined, before parents are resolved.
    struct NodeDefinition {
        var name: String
        var parent: Int32
        var description: String?
        /// Where its `parent` value is (where its `code` is, when it has no parent).
        var parentLocation: SourceLocation
        /// Its JSON path, e.g. `$.classifications.organisation[3]`.
        var path: String
    }

    init(diagnosticLimit: Int) {
        log = DiagnosticLog(limit: diagnosticLimit)
        scanner = JSONScanner(UnsafeBufferPointer(start: nil, count: 0))
    }

    /// The location of `mark` in the current file.
    func location(_ mark: JSONMark) -> SourceLocation {
        SourceLocation(file: fileName, line: mark.line, column: scanner.column(of: mark))
    }

    /// The path of file `index`: the file being read when it is that one, since a chunk parser
    /// (`ChunkedLineItems`) registers no files and knows only its own.
    func path(ofFile index: UInt16) -> String {
        index == fileIndex ? fileName : ledger.files[Int(index)].path
    }

    /// A `RecordSource` for a record starting at `mark`.
    func recordSource(_ mark: JSONMark) -> RecordSource {
        RecordSource(file: fileIndex, line: UInt32(clamping: mark.line))
    }

    mutating func error(_ mark: JSONMark, _ path: String, _ message: String, notes: [Diagnostic] = []) {
        log.error(at: location(mark), path: path, message, notes: notes)
    }

    mutating func warning(_ mark: JSONMark, _ path: String, _ message: String) {
        log.warning(at: location(mark), path: path, message)
    }
}
