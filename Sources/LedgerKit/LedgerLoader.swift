import Foundation
#if canImport(Glibc)
import Glibc
#endif

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
    /// How JSON Lines files are spread over threads. The ledger is the same whatever the choice, and so
    /// are the diagnostics, line by line; within one line, a repeat found only when chunks are merged
    /// (an id or inline vendor first defined in an earlier chunk) is placed by its column.
    public enum Parallelism: Sendable, Equatable {
        /// Chunks on every core when there is more than one and the files are large (8 MB or more).
        case automatic
        /// One thread.
        case none
        /// Chunks of about this many bytes, whatever the size and cores (for tests).
        case chunks(ofBytes: Int)
    }

    /// Loads the ledger described by `source`, keeping at most `diagnosticLimit` diagnostics.
    ///
    /// The root file's publisher is read first, since every amount depends on its currency; then
    /// every file, the root file included, in Unicode code-point order of the paths. That order
    /// decides which of two duplicate definitions is the first. Large JSON Lines files are parsed
    /// in chunks on every core and merged in that order, with the same ledger as one thread (see `Parallelism`).
    public static func load(_ source: LedgerSource, diagnosticLimit: Int = 1000, parallelism: Parallelism = .automatic) -> LedgerLoad {
        let started = DispatchTime.now().uptimeNanoseconds
        let inputs = source.files.map(LoadInput.init)
        let ledgerAndLog = withExtendedLifetime(inputs) {
            read(source, inputs, diagnosticLimit: diagnosticLimit, parallelism: parallelism)
                ?? read(source, inputs, diagnosticLimit: diagnosticLimit, parallelism: .none)!
        }
        MallocTrim.releaseFreeMemory()
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
        return LedgerLoad(name: source.name, ledger: ledgerAndLog.0, diagnostics: ledgerAndLog.1, seconds: seconds)
    }

    /// Reads every input; returns `nil` when a parallel read must be redone on one thread (a total overflowed).
    private static func read(
        _ source: LedgerSource, _ inputs: [LoadInput], diagnosticLimit: Int, parallelism: Parallelism
    ) -> (Ledger, DiagnosticLog)? {
        var parser = LedgerParser(diagnosticLimit: diagnosticLimit)
        var rootReadable = false
        if let root = source.files.first {
            if let bytes = inputs[0].bytes {
                parser.readPublisher(bytes, name: root.path, format: root.format)
                rootReadable = true
            } else {
                parser.log.ioError(at: SourceLocation(file: root.path, line: 0, column: 0), inputs[0].failure ?? "cannot read")
                // Its publisher cannot be read: do not also report it missing.
                parser.rootFileUnreadable = true
                parser.documentStoppedEarly = true
            }
        }
        let order = source.files.indices
            .sorted { source.files[$0].path.utf8.lexicographicallyPrecedes(source.files[$1].path.utf8) }
            .filter { $0 != 0 || rootReadable }
        let chunked = planChunks(source, inputs, order: order, parser: parser, parallelism: parallelism)
        chunked?.start()
        defer { chunked?.waitForAll() }
        var nextChunk = 0
        var reserved = false
        for index in order {
            let file = source.files[index]
            guard let bytes = inputs[index].bytes else {
                parser.log.ioError(at: SourceLocation(file: file.path, line: 0, column: 0), inputs[index].failure ?? "cannot read")
                // Its definitions are unknown: do not report references to them as unknown.
                parser.documentStoppedEarly = true
                continue
            }
            guard let chunked, nextChunk < chunked.chunks.count, chunked.chunks[nextChunk].file == index else {
                parser.releasesReadPages = inputs[index].isMapped
                parser.parse(bytes, name: file.path, format: file.format, isRoot: index == 0)
                parser.releasesReadPages = false
                continue
            }
            _ = parser.beginFile(bytes, name: file.path, isRoot: index == 0)
            var lineOffset = 0
            while nextChunk < chunked.chunks.count, chunked.chunks[nextChunk].file == index {
                let chunk = chunked.result(nextChunk)
                if !reserved {
                    // Room for every line item to come, estimated from the first chunk, so the columns never regrow.
                    let rowsPerByte = Double(chunk.ledger.lineItems.count) / Double(max(1, chunked.chunks[nextChunk].range.count))
                    let expected = Int(rowsPerByte * Double(chunked.totalBytes) * 1.02) + 16
                    parser.ledger.lineItems.reserve(expected, like: chunk.ledger.lineItems)
                    parser.reserveLineItemIds(expected, like: chunk)
                    reserved = true
                }
                guard parser.canMergeTotal(of: chunk) else { return nil }
                parser.merge(chunk, from: bytes, lineOffset: lineOffset)
                lineOffset += chunk.linesRead
                nextChunk += 1
            }
        }
        if source.files.count > Int(UInt16.max) {
            parser.log.error(at: nil, "expected at most \(UInt16.max) files in a ledger, found \(source.files.count)")
        }
        return (parser.finish(), parser.log)
    }

    /// Chunks for the readable JSON Lines files, each with a chunk parser that knows the file's index.
    private static func planChunks(
        _ source: LedgerSource, _ inputs: [LoadInput], order: [Int], parser: LedgerParser, parallelism: Parallelism
    ) -> ChunkedLineItems? {
        guard parallelism != .none else { return nil }
        var files: [Int] = []
        var starts: [Int] = []
        var templates: [LedgerParser] = []
        var fileIndex = 0
        for index in order {
            guard let bytes = inputs[index].bytes else { continue }
            if source.files[index].format == .jsonLines {
                files.append(index)
                starts.append(LedgerParser.byteOrderMarkLength(bytes))
                var template = parser.chunkParser(name: source.files[index].path, fileIndex: UInt16(clamping: fileIndex))
                template.releasesReadPages = inputs[index].isMapped
                templates.append(template)
            }
            fileIndex += 1
        }
        return ChunkedLineItems(buffers: inputs.map { $0.bytes ?? UnsafeBufferPointer(start: nil, count: 0) },
            files: files, starts: starts, templates: templates, parallelism: parallelism)
    }
}

/// The bytes of one input file for the duration of a load: mapped from disk, or held in memory.
private final class LoadInput {
    let bytes: UnsafeBufferPointer<UInt8>?
    let failure: String?
    /// Whether `bytes` are a file mapping (whose read pages may be given back).
    var isMapped: Bool { mapped != nil }
    private let mapped: MappedFile?
    private let copy: UnsafeMutableBufferPointer<UInt8>?

    init(_ file: LedgerSource.File) {
        switch file.contents {
        case .memory(let contents):
            let buffer = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: contents.count)
            _ = buffer.initialize(from: contents)
            copy = buffer
            mapped = nil
            failure = nil
            bytes = UnsafeBufferPointer(buffer)
        case .disk:
            copy = nil
            do {
                let map = try MappedFile(path: file.path)
                mapped = map
                bytes = map.bytes
                failure = nil
            } catch {
                mapped = nil
                bytes = nil
                failure = error.message
            }
        }
    }

    deinit { copy?.deallocate() }
}

/// glibc's `malloc_trim`, looked up at run time (Swift's Glibc module does not export it).
private enum MallocTrim {
    private typealias Function = @convention(c) (Int) -> Int32
    private static let function: Function? = {
        #if canImport(Glibc)
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "malloc_trim") else { return nil }
        return unsafeBitCast(symbol, to: Function.self)
        #else
        return nil
        #endif
    }()

    /// Gives the free pages of every malloc arena back to the system. The chunk parsers' columns
    /// are freed into per-thread arenas, which would otherwise keep them resident after a load.
    static func releaseFreeMemory() { _ = function?(0) }
}
