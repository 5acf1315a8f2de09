#ifndef GOVLENS_CPREFETCH_H
#define GOVLENS_CPREFETCH_H

/// Asks the CPU to bring the cache line at `address` in, for writing, without waiting for it:
/// a hash table probe issued early, so several misses overlap instead of one after another.
static inline void govlens_prefetch_for_write(const void *address) {
    __builtin_prefetch(address, 1, 3);
}

#endif
