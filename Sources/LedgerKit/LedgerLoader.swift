import Foundation

/// The result of loading one ledger: the ledger (best effort when there are errors) and its diagnostics.
public struct LedgerLoad: Sendable {
    /// The ledger's name (its root folder or file).
    public let name: String
    /// The ledger as far as it could be read; use it only when `diagnostics.hasErrors` is false.
    public let ledger: Ledger
    /// Every problem found, in the order found.
    public let diagnostics: DiagnosticLog
    /// Wall-clock time the load took, in seconds.
    public let seconds: Double

    /// Whether the ledger has no errors (warnings allowed).
    public var isValid: Bool { !diagnostics.hasErrors }
}

/// Loads ledgers: reads every file, validates everything, resolves references across files.
public enum LedgerLoader {
    /// Loads the ledger described by `source`, keeping at most `diagnosticLimit` diagnostics.
    ///
    /// The root file's publisher is read first, since every amount depends on its currency; then
    /// every file, the root file included, in Unicode code-point order of the paths. That order
    /// decides which of two duplicate definitions is the first.
    public static func load(_ source: LedgerSource, diagnosticLimit: Int = 1000) -> LedgerLoad {
        let started = DispatchTime.now().uptimeNanoseconds
        var parser = LedgerParser(diagnosticLimit: diagnosticLimit)
        var rootReadable = false
        if let root = source.files.first {
            let failure = withBytes(of: root) { parser.readPublisher($0, name: root.path, format: root.format) }
            if let failure {
                parser.log.ioError(at: SourceLocation(file: root.path, line: 0, column: 0), failure)
                // Its publisher cannot be read: do not also report it missing.
                parser.rootFileUnreadable = true
                parser.documentStoppedEarly = true
            } else {
                rootReadable = true
            }
        }
        let order = source.files.indices.sorted { source.files[$0].path.utf8.lexicographicallyPrecedes(source.files[$1].path.utf8) }
        for index in order where index != 0 || rootReadable {
            let file = source.files[index]
            let failure = withBytes(of: file) { parser.parse($0, name: file.path, format: file.format, isRoot: index == 0) }
            if let failure {
                parser.log.ioError(at: SourceLocation(file: file.path, line: 0, column: 0), failure)
                // Its definitions are unknown: do not report references to them as unknown.
                parser.documentStoppedEarly = true
            }
        }
        if source.files.count > Int(UInt16.max) {
            parser.log.error(at: nil, "expected at most \(UInt16.max) files in a ledger, found \(source.files.count)")
        }
        let ledger = parser.finish()
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
        return LedgerLoad(name: source.name, ledger: ledger, diagnostics: parser.log, seconds: seconds)
    }

    /// Calls `body` with the bytes of `file`; returns why the file cannot be read instead, if it cannot.
    private static func withBytes(of file: LedgerSource.File, _ body: (UnsafeBufferPointer<UInt8>) -> Void) -> String? {
        switch file.contents {
        case .memory(let bytes):
            bytes.withUnsafeBufferPointer(body)
            return nil
        case .disk:
            do {
                let mapped = try MappedFile(path: file.path)
                withExtendedLifetime(mapped) { body(mapped.bytes) }
                return nil
            } catch {
                return error.message
            }
        }
    }
}
