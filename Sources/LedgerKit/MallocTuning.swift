#if canImport(Glibc)
import Glibc
#endif

/// glibc's malloc tuned for loading large ledgers: `mallopt` and `malloc_trim`, looked up at run
/// time (Swift's Glibc module does not export them); elsewhere these do nothing.
public enum MallocTuning {
    private typealias Mallopt = @convention(c) (Int32, Int32) -> Int32
    private typealias MallocTrim = @convention(c) (Int) -> Int32

    private static func symbol(_ name: String) -> UnsafeMutableRawPointer? {
        #if canImport(Glibc)
        dlsym(UnsafeMutableRawPointer(bitPattern: 0), name)
        #else
        nil
        #endif
    }

    /// Makes every thread allocate from glibc's main arena. Call it first thing in `main`, before
    /// any thread allocates: glibc fixes the number of arenas when a second thread first needs one.
    ///
    /// The loader parses chunks of JSON Lines on worker threads, and what a thread frees stays in
    /// its own arena. `malloc_trim` gives back the free pages inside every arena but never shrinks
    /// the top of a thread's arena, so without this 13–35 MB of freed chunk columns stayed
    /// resident after a load of 1M line items (`Benchmarks/README.md`, memory per line item).
    public static func useOneArena() {
        let arenaMaximum: Int32 = -8  // M_ARENA_MAX in <malloc.h>
        guard let mallopt = symbol("mallopt") else { return }
        _ = unsafeBitCast(mallopt, to: Mallopt.self)(arenaMaximum, 1)
    }

    /// Gives the free pages of every malloc arena, and the top of the main one, back to the system.
    static func releaseFreeMemory() {
        guard let trim = symbol("malloc_trim") else { return }
        _ = unsafeBitCast(trim, to: MallocTrim.self)(0)
    }
}
