import Dispatch

/// Runs `work(part)` for every part in `0..<count`, on the calling thread and the other cores:
/// each thread takes the next part not yet taken, so when no other core is free the calling
/// thread does them all, one after the other (it waits only for a part another thread started).
///
/// `work` may run on several threads at once: calls for different parts must touch disjoint
/// state (each part writes its own slot of a buffer made for the purpose), which is what makes
/// lending it to other threads sound.
func forEachPart(_ count: Int, _ work: (Int) -> Void) {
    guard count > 1 else {
        if count == 1 { work(0) }
        return
    }
    withoutActuallyEscaping(work) { work in
        nonisolated(unsafe) let work = work
        DispatchQueue.concurrentPerform(iterations: count) { work($0) }
    }
}
