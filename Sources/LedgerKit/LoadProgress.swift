#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Synchronization

/// How far a load has got, shared between the thread that loads and one that shows it.
///
/// The loader counts the bytes of each file (or window, or chunk of a JSON Lines file) as it
/// finishes with them; ``fraction`` is that count over ``totalBytes``. Reading it from another
/// thread is safe at any time.
///
/// ```swift
/// let progress = LoadProgress(totalBytes: sources.reduce(0) { $0 + $1.byteCount })
/// Thread { loads = sources.map { LedgerLoader.load($0, progress: progress) } }.start()
/// drawBar(progress.fraction)
/// ```
public final class LoadProgress: Sendable {
    /// Bytes the load will read in all.
    public let totalBytes: Int
    private let done = Atomic<Int>(0)

    /// Progress over `totalBytes` bytes, none done yet.
    public init(totalBytes: Int) {
        self.totalBytes = max(0, totalBytes)
    }

    /// Bytes done so far (at most ``totalBytes``).
    public var doneBytes: Int { min(totalBytes, done.load(ordering: .relaxed)) }

    /// The share done, 0...1 (1 when there is nothing to read).
    public var fraction: Double {
        totalBytes == 0 ? 1 : Double(doneBytes) / Double(totalBytes)
    }

    /// Counts `bytes` more as done.
    func advance(by bytes: Int) {
        done.add(bytes, ordering: .relaxed)
    }
}

extension LedgerSource {
    /// The bytes of every file: their sizes on disk (0 for a file that cannot be read), or the
    /// length of the contents held in memory.
    public var byteCount: Int {
        files.reduce(0) { total, file in
            switch file.contents {
            case .memory(let bytes): total + bytes.count
            case .disk: total + Self.sizeOnDisk(file.path)
            }
        }
    }

    /// The size of the file at `path`, or 0 when it cannot be examined.
    private static func sizeOnDisk(_ path: String) -> Int {
        var status = stat()
        return stat(path, &status) == 0 ? Int(status.st_size) : 0
    }
}
