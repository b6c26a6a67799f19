#ifndef PEACEKEEPING_PREFETCH_H
#define PEACEKEEPING_PREFETCH_H

// Asks for the cache line at address to be brought in, without waiting for it: events
// read in timeline order are all over memory, and asking for the next ones' data while
// one is written lets the misses overlap instead of following one another. Swift has
// no such call of its own. A hint only: an address that is never read costs nothing.
static inline void pk_prefetch(const void *address) { __builtin_prefetch(address); }

#endif
