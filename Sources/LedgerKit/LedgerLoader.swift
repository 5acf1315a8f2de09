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
    public static func load(_ source: LedgerSource, diagnosticLimit: Int = 1000) -> LedgerLoad {
        let started = DispatchTime.now().uptimeNanoseconds
        var parser = LedgerParser(diagnosticLimit: diagnosticLimit)
        for (position, file) in source.files.enumerated() {
            let isRoot = position == 0
            switch file.contents {
            case .memory(let bytes):
                bytes.withUnsafeBufferPointer { parser.parse($0, name: file.path, format: file.format, isRoot: isRoot) }
            case .disk:
                do {
                    let mapped = try MappedFile(path: file.path)
                    withExtendedLifetime(mapped) {
                        parser.parse(mapped.bytes, name: file.path, format: file.format, isRoot: isRoot)
                    }
                } catch {
                    parser.log.ioError(at: SourceLocation(file: file.path, line: 0, column: 0), error.message)
                }
            }
        }
        if source.files.count > Int(UInt16.max) {
            parser.log.error(at: nil, "expected at most \(UInt16.max) files in a ledger, found \(source.files.count)")
        }
        let ledger = parser.finish()
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
        return LedgerLoad(name: source.name, ledger: ledger, diagnostics: parser.log, seconds: seconds)
    }
}
