import Foundation

/// JSON Lines files split into chunks at line starts and parsed on all cores, while the loader
/// reads the ledger's other files in order and merges each chunk at its file's turn.
///
/// Each thread reads its chunk into a buffer of its own, parses it and lets go of the buffer. Chunks
/// are started in order, and at most `slots` are parsed or waiting to be merged at once, so memory
/// holds the ledger being built, the chunks being read and a few chunks' columns, never a whole file.
final class ChunkedLineItems: @unchecked Sendable {
    /// One byte range of one file.
    struct Chunk {
        /// Position of the file in the load's file list.
        let file: Int
        let range: Range<Int>
    }

    /// A chunk parsed, or the reason it could not be read.
    enum Outcome {
        case parsed(LedgerParser)
        case failed(InputFile.ReadError)
    }

    let chunks: [Chunk]
    /// Bytes in all chunks.
    let totalBytes: Int
    private let done: [DispatchSemaphore]
    /// One slot per chunk, each written by the one thread that parses the chunk, then read after its
    /// semaphore: a plain buffer, since an Array's copy-on-write check is not safe across threads.
    private let results: UnsafeMutableBufferPointer<Outcome?>
    private var handedOver: [Bool]
    private let inputs: [LoadInput]
    private let templates: [LedgerParser]
    private let threadCount: Int
    /// Chunks that may be parsed or wait for merging at once.
    private let slots: DispatchSemaphore
    private let nextLock = NSLock()
    private var next = 0

    /// Plans chunks for the files at `files` (positions into `inputs`), or returns `nil` when one thread is better.
    ///
    /// `templates[i]` is the empty chunk parser for file `files[i]`; `starts[i]` is where its lines start (after a BOM).
    /// Finding where lines end reads a little of each file; a file that cannot be read there gets one
    /// last chunk to its end, whose own read then fails and reports why.
    init?(
        inputs: [LoadInput], files: [Int], starts: [Int], templates: [LedgerParser],
        parallelism: LedgerLoader.Parallelism
    ) {
        let total = files.reduce(0) { $0 + inputs[$1].size }
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
            for range in Self.split(inputs[file], from: starts[position], target: target) {
                chunks.append(Chunk(file: file, range: range))
            }
        }
        self.chunks = chunks
        totalBytes = chunks.reduce(0) { $0 + $1.range.count }
        self.inputs = inputs
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
            do throws(InputFile.ReadError) {
                let bytes = try inputs[chunks[index].file].read(chunks[index].range)
                var parser = templates[index]
                // Room for the chunk's ids (a line item takes well over 100 bytes), so the table never regrows.
                parser.lineItemIds.reserve(bytes.count / 100, averageBytes: 16)
                parser.linesRead = bytes.withBytes { parser.parseLineWindow($0, firstLine: 1) }
                results[index] = .parsed(parser)
            } catch {
                results[index] = .failed(error)
            }
            done[index].signal()
        }
    }

    /// Waits for chunk `index` and hands over its outcome (once); its slot goes to the next chunk.
    func result(_ index: Int) -> Outcome {
        done[index].wait()
        handedOver[index] = true
        let outcome = results[index]!
        results[index] = nil
        slots.signal()
        return outcome
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

    /// Ranges of about `target` bytes from `start` to the end of `input`, each ending just after a line feed.
    static func split(_ input: LoadInput, from start: Int, target: Int) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var lower = start
        while lower < input.size {
            let upper = (try? input.lineEnd(searchingFrom: min(lower + target, input.size))) ?? input.size
            ranges.append(lower..<upper)
            lower = upper
        }
        return ranges
    }
}
