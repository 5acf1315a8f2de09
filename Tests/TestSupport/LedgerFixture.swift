import LedgerKit

/// Loads ledgers held in memory, so tests need no files; the first file is the root file.
public enum LedgerFixture {
    /// Loads `files` (name, bytes) as one ledger; a name ending in `.jsonl` is JSON Lines.
    public static func load(bytes files: [(name: String, bytes: [UInt8])], diagnosticLimit: Int = 1000) -> LedgerLoad {
        let source = LedgerSource(
            name: files.first?.name ?? "ledger",
            files: files.map { .init(path: $0.name, format: LedgerSource.File.format(ofName: $0.name), contents: .memory($0.bytes)) })
        return LedgerLoader.load(source, diagnosticLimit: diagnosticLimit)
    }

    /// Loads `files` (name, UTF-8 text) as one ledger.
    public static func load(_ files: [(name: String, text: String)], diagnosticLimit: Int = 1000) -> LedgerLoad {
        load(bytes: files.map { ($0.name, Array($0.text.utf8)) }, diagnosticLimit: diagnosticLimit)
    }

    /// Loads one root file `ledger.json` with `text`.
    public static func load(_ text: String, name: String = "ledger.json") -> LedgerLoad {
        load([(name, text)])
    }

    /// Loads one root file `ledger.json` with `bytes`.
    public static func load(bytes: [UInt8], name: String = "ledger.json") -> LedgerLoad {
        load(bytes: [(name, bytes)])
    }

    /// Loads the standard root document followed by a `.jsonl` file with `lines` joined by `separator`.
    public static func loadLines(
        _ lines: [String], separator: String = "\n", root: LedgerDocument = LedgerDocument(), name: String = "items.jsonl"
    ) -> LedgerLoad {
        load([("ledger.json", root.text), (name, lines.joined(separator: separator))])
    }

    /// Discovers and loads every ledger under `paths`, like the command line does.
    public static func discoverAndLoad(_ paths: [String], diagnosticLimit: Int = 1000) throws(LedgerInputError) -> [LedgerLoad] {
        try LedgerDiscovery.discover(paths).map { LedgerLoader.load($0, diagnosticLimit: diagnosticLimit) }
    }
}

extension LedgerLoad {
    /// Every diagnostic kept, as printed (`FILE:LINE:COLUMN: error: $.path: message`); a
    /// diagnostic's notes follow it on their own lines within the same element.
    public var report: [String] { diagnostics.diagnostics.map(\.description) }

    /// The line-item ids loaded, in order.
    public var lineItemIds: [String] { (0..<ledger.lineItems.count).map { ledger.lineItems.ids[$0] } }
}
