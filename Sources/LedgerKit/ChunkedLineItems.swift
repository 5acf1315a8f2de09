import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// JSON Lines files split into chunks at line starts and parsed on all cores, while the loader
/// reads the ledger's other files in order and merges each chunk at its file's turn.
///
/// Chunks are started in order, and at most `slots` are parsed or waiting to be merged at once, so
/// memory holds the ledger being built plus a few chunks, never every chunk's columns at once.
final class ChunkedLineItems: @unchecked Sendable {
    /// One byte range of one file.
    struct Chunk {
        /// Position of the file in the load's file list.
        let file: Int
        let range: Range<Int>
    }


    let chunks: [Chunk]
    /// Bytes in all chunks.
    let totalBytes: Int
    private let done: [DispatchSemaphore]
    /// One slot per chunk, each written by the one thread that parses the chunk, then read after its
    /// semaphore: a plain buffer, since an Array's copy-on-write check is not safe across threads.
    private let results: UnsafeMutableBufferPointer<LedgerParser?>
    private var handedOver: [Bool]
    private let buffers: [UnsafeBufferPointer<UInt8>]
    private let templates: [LedgerParser]
    private let threadCount: Int
    /// Chunks that may be parsed or wait for merging at once.
    private let slots: DispatchSemaphore
    private let nextLock = NSLock()
    private var next = 0

    /// Plans chunks for the files at `files` (positions into `buffers`), or returns `nil` when one thread is better.
    ///
    /// `templates[i]` is the empty chunk parser for file `files[i]`; `starts[i]` is where its lines start (after a BOM).
    init?(
        buffers: [UnsafeBufferPointer<UInt8>], files: [Int], starts: [Int], templates: [LedgerParser],
        parallelism: LedgerLoader.Parallelism
    ) {
        let total = files.reduce(0) { $0 + buffers[$1].count }
        let target: Int
        let processors = ProcessInfo.processInfo.activeProcessorCount
        switch parallelism {
        case .none:
            return nil
        case .chunks(let bytes):
            target = max(1, bytes)
        case .automatic:
            guard processors > 1, total >= 8 << 20 else { return nil }
            target = max(2 << 20, total / (processors * 12))
        }
        threadCount = max(2, processors)
        slots = DispatchSemaphore(value: threadCount + 1)
        guard total > 0 else { return nil }
        var chunks: [Chunk] = []
        for (position, file) in files.enumerated() {
            for range in Self.split(buffers[file], from: starts[position], target: target) {
                chunks.append(Chunk(file: file, range: range))
            }
        }
        self.chunks = chunks
        totalBytes = chunks.reduce(0) { $0 + $1.range.count }
        self.buffers = buffers
        var templateOfFile: [Int: LedgerParser] = [:]
        for (position, file) in files.enumerated() { templateOfFile[file] = templates[position] }
        self.templates = chunks.map { templateOfFile[$0.file]! }
        done = chunks.map { _ in DispatchSemaphore(value: 0) }
        results = .allocate(capacity: chunks.count)
        results.initialize(repeating: nil)
        handedOver = Array(repeating: false, count: chunks.count)
    }

    deinit {
        _ = results.deinitialize()
        results.deallocate()
    }

    /// Starts the threads that parse the chunks, in order, as slots free up.
    func start() {
        for _ in 0..<min(threadCount, chunks.count) {
            let thread = Thread { self.work() }
            thread.stackSize = 8 << 20
            thread.start()
        }
    }

    private func work() {
        while true {
            slots.wait()
            nextLock.lock()
            let index = next
            next += 1
            nextLock.unlock()
            guard index < chunks.count else {
                slots.signal()
                return
            }
            var parser = templates[index]
            parser.linesRead = parser.parseLineChunk(buffers[chunks[index].file], range: chunks[index].range)
            results[index] = parser
            done[index].signal()
        }
    }

    /// Waits for chunk `index` and hands over its parser (once); its slot goes to the next chunk.
    func result(_ index: Int) -> LedgerParser {
        done[index].wait()
        handedOver[index] = true
        let parser = results[index]!
        results[index] = nil
        slots.signal()
        return parser
    }

    /// Waits for every chunk not yet handed over, so that no thread still reads the buffers.
    func waitForAll() {
        for index in chunks.indices where !handedOver[index] {
            done[index].wait()
            handedOver[index] = true
            results[index] = nil
            slots.signal()
        }
    }

    /// Ranges of about `target` bytes from `start` to the end, each ending just after a line feed.
    static func split(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, target: Int) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var lower = start
        while lower < bytes.count {
            var upper = min(lower + target, bytes.count)
            if upper < bytes.count, let base = bytes.baseAddress,
                let lineFeed = memchr(base + upper, 0x0A, bytes.count - upper)
            {
                upper = UnsafeRawPointer(lineFeed) - UnsafeRawPointer(base) + 1
            } else {
                upper = bytes.count
            }
            ranges.append(lower..<upper)
            lower = upper
        }
        return ranges
    }
}
