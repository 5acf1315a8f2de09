/// Where the files of a generated ledger go: memory or disk.
protocol LedgerOutput {
    /// Flush a file in chunks of about this many bytes; nil hands over each file whole.
    var chunkSize: Int? { get }
    mutating func begin(_ path: String) throws
    /// Takes the bytes (leaving `bytes` empty but keeping its capacity).
    mutating func write(_ bytes: inout [UInt8]) throws
    mutating func end() throws
}

/// What was generated.
public struct LedgerSummary: Sendable, Equatable {
    /// Number of line items over all files.
    public var lineItems: Int
    /// Number of budget lines over all phases.
    public var budgetLines: Int
    /// Bytes written over all files.
    public var bytes: Int
    /// Relative paths of the files written, in order.
    public var files: [String]
}
