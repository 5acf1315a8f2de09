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
    ///
    /// Files are read with `pread` into buffers of the loader's own, never mapped: a `.json` document
    /// whole, a `.jsonl` file 16 MiB at a time (a chunk or a window, extended to the end of its last
    /// line). A file that shrinks while it is read is an I/O error, reported like an unreadable file.
    ///
    /// `progress`, if given, counts the bytes of each file, window or chunk as it is done with
    /// them, for another thread to show.
    public static func load(
        _ source: LedgerSource, diagnosticLimit: Int = 1000, parallelism: Parallelism = .automatic, progress: LoadProgress? = nil
    ) -> LedgerLoad {
        load(source, diagnosticLimit: diagnosticLimit, parallelism: parallelism, textLimit: Int(UInt32.max), progress: progress)
    }

    /// `load` with a lower limit on each store of text (see `LedgerParser.textLimit`), for tests.
    static func load(
        _ source: LedgerSource, diagnosticLimit: Int, parallelism: Parallelism, textLimit: Int, progress: LoadProgress? = nil
    ) -> LedgerLoad {
        let started = DispatchTime.now().uptimeNanoseconds
        let inputs = source.files.map(LoadInput.init)
        let ledgerAndLog =
            read(source, inputs, diagnosticLimit: diagnosticLimit, parallelism: parallelism, textLimit: textLimit, progress: progress)
            ?? read(source, inputs, diagnosticLimit: diagnosticLimit, parallelism: .none, textLimit: textLimit, progress: nil)!
        MallocTuning.releaseFreeMemory()
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
        return LedgerLoad(name: source.name, ledger: ledgerAndLog.0, diagnostics: ledgerAndLog.1, seconds: seconds)
    }

    /// Bytes of a JSON Lines file read at a time on one thread (then up to the end of the last line).
    static let windowBytes = 16 << 20

    /// Reads every input; returns `nil` when a parallel read must be redone on one thread (a total overflowed, or a
    /// store of text would), so that the line item that does not fit is the one reported.
    private static func read(
        _ source: LedgerSource, _ inputs: [LoadInput], diagnosticLimit: Int, parallelism: Parallelism, textLimit: Int,
        progress: LoadProgress?
    ) -> (Ledger, DiagnosticLog)? {
        var parser = LedgerParser(diagnosticLimit: diagnosticLimit)
        parser.textLimit = textLimit
        var rootBytes: InputBytes?
        var rootReadable = false
        if let root = source.files.first {
            do throws(InputFile.ReadError) {
                if root.format == .json {
                    let bytes = try inputs[0].readAll()
                    bytes.withBytes { parser.readPublisher($0, name: root.path, format: root.format) }
                    rootBytes = bytes
                } else {
                    try inputs[0].checkOpened()
                    parser.readPublisher(UnsafeBufferPointer(start: nil, count: 0), name: root.path, format: root.format)
                }
                rootReadable = true
            } catch {
                parser.log.ioError(at: SourceLocation(file: root.path, line: 0, column: 0), error.message)
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
            let filesBefore = parser.ledger.files.count
            do throws(InputFile.ReadError) {
                if file.format == .json {
                    let bytes = try index == 0 ? rootBytes! : inputs[index].readAll()
                    if index == 0 { rootBytes = nil }
                    bytes.withBytes { parser.parse($0, name: file.path, format: .json, isRoot: index == 0) }
                    progress?.advance(by: bytes.count)
                    continue
                }
                let head = try inputs[index].head()
                let start = head.withBytes { LedgerParser.byteOrderMarkLength($0) }
                parser.beginFile(name: file.path, byteCount: inputs[index].size, byteOrderMarkLength: start, isRoot: index == 0)
                if head.withBytes({ parser.rejectsOtherEncoding($0) }) { continue }
                guard let chunked, nextChunk < chunked.chunks.count, chunked.chunks[nextChunk].file == index else {
                    try readLineWindows(inputs[index], from: start, into: &parser, progress: progress)
                    continue
                }
                var lineOffset = 0
                while nextChunk < chunked.chunks.count, chunked.chunks[nextChunk].file == index {
                    let outcome = chunked.result(nextChunk)
                    nextChunk += 1
                    guard case .parsed(let chunk) = outcome else {
                        if case .failed(let error) = outcome { throw error }
                        continue
                    }
                    if !reserved {
                        // Room for every line item to come, estimated from the first chunk, so the columns never regrow.
                        let rowsPerByte = Double(chunk.ledger.lineItems.count) / Double(max(1, chunked.chunks[nextChunk - 1].range.count))
                        let expected = Int(rowsPerByte * Double(chunked.totalBytes) * 1.02) + 16
                        parser.ledger.lineItems.reserve(expected, like: chunk.ledger.lineItems)
                        parser.reserveLineItemIds(expected, like: chunk)
                        reserved = true
                    }
                    guard parser.canMerge(chunk) else { return nil }
                    parser.merge(chunk, lineOffset: lineOffset)
                    progress?.advance(by: chunked.chunks[nextChunk - 1].range.count)
                    lineOffset += chunk.linesRead
                }
            } catch {
                // A file that opened has its place among the files (the chunk parsers count on it), even when reading it failed.
                if inputs[index].failure == nil && parser.ledger.files.count == filesBefore {
                    parser.beginFile(name: file.path, byteCount: inputs[index].size, byteOrderMarkLength: 0, isRoot: index == 0)
                }
                parser.log.ioError(at: SourceLocation(file: file.path, line: 0, column: 0), error.message)
                // Its definitions are unknown: do not report references to them as unknown.
                parser.documentStoppedEarly = true
                while let chunked, nextChunk < chunked.chunks.count, chunked.chunks[nextChunk].file == index {
                    _ = chunked.result(nextChunk)
                    nextChunk += 1
                }
            }
        }
        if source.files.count > Int(UInt16.max) {
            parser.log.error(at: nil, "expected at most \(UInt16.max) files in a ledger, found \(source.files.count)")
        }
        return (parser.finish(), parser.log)
    }

    /// Reads a JSON Lines file on one thread, `windowBytes` (up to a line end) at a time.
    private static func readLineWindows(
        _ input: LoadInput, from start: Int, into parser: inout LedgerParser, progress: LoadProgress?
    ) throws(InputFile.ReadError) {
        var lower = start
        var line = 1
        while lower < input.size {
            let upper = try input.lineEnd(searchingFrom: min(lower + windowBytes, input.size))
            let window = try input.read(lower..<upper)
            line += window.withBytes { parser.parseLineWindow($0, firstLine: line) }
            progress?.advance(by: window.count)
            lower = upper
        }
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
            // A file that cannot be opened gets no file index (it is reported, not registered).
            guard inputs[index].failure == nil else { continue }
            if source.files[index].format == .jsonLines, let head = try? inputs[index].head(),
                let start = head.withBytes({ LedgerParser.otherEncoding($0) == nil ? LedgerParser.byteOrderMarkLength($0) : nil })
            {
                files.append(index)
                starts.append(start)
                templates.append(parser.chunkParser(name: source.files[index].path, fileIndex: UInt16(clamping: fileIndex)))
            }
            fileIndex += 1
        }
        return ChunkedLineItems(inputs: inputs, files: files, starts: starts, templates: templates, parallelism: parallelism)
    }
}

/// One input file of a load: opened from disk, or bytes held in memory; read a range at a time.
final class LoadInput: @unchecked Sendable {
    /// The input's size in bytes (0 when it could not be opened).
    let size: Int
    /// Why the file could not be opened, if it could not.
    let failure: InputFile.ReadError?
    private let file: InputFile?
    private let contents: [UInt8]?

    init(_ file: LedgerSource.File) {
        switch file.contents {
        case .memory(let contents):
            self.contents = contents
            self.file = nil
            failure = nil
            size = contents.count
        case .disk:
            contents = nil
            do {
                let opened = try InputFile(path: file.path)
                self.file = opened
                size = opened.size
                failure = nil
            } catch {
                self.file = nil
                size = 0
                failure = error
            }
        }
    }

    /// Throws why the file could not be opened, if it could not.
    func checkOpened() throws(InputFile.ReadError) {
        if let failure { throw failure }
    }

    /// The bytes at `range`, in a buffer of their own.
    func read(_ range: Range<Int>) throws(InputFile.ReadError) -> InputBytes {
        try checkOpened()
        if let contents { return InputBytes(contents, range) }
        return try InputBytes(file!, range)
    }

    /// Every byte of the input.
    func readAll() throws(InputFile.ReadError) -> InputBytes { try read(0..<size) }

    /// The input's first four bytes (fewer when it is shorter): enough to tell a byte-order mark.
    func head() throws(InputFile.ReadError) -> InputBytes { try read(0..<min(4, size)) }

    /// The offset just after the first line feed at or after `offset`, or the input's size when there is none.
    func lineEnd(searchingFrom offset: Int) throws(InputFile.ReadError) -> Int {
        let block = 64 << 10
        var lower = offset
        while lower < size {
            let bytes = try read(lower..<min(lower + block, size))
            let lineFeed = bytes.withBytes { block -> Int? in
                guard let base = block.baseAddress, let found = memchr(base, 0x0A, block.count) else { return nil }
                return UnsafeRawPointer(found) - UnsafeRawPointer(base)
            }
            if let lineFeed { return lower + lineFeed + 1 }
            lower += bytes.count
        }
        return size
    }
}
