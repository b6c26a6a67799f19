#ifndef PEACEKEEPING_MAPPING_GUARD_H
#define PEACEKEEPING_MAPPING_GUARD_H

#include <stddef.h>

// While a mapped file is read, a SIGBUS from reading past its end (the file was cut
// short meanwhile) puts a page of zeros in place of the missing one instead of ending
// the program; the reader then finds nonsense, and the caller, seeing the file changed,
// says so. A fault anywhere else goes on to whoever handled SIGBUS before.

// Starts guarding [base, base + length); returns 0 when too many mappings are guarded.
int pk_guard_mapping(const void *base, size_t length);

// Stops guarding the mapping at base; returns 1 if a page of it was found missing.
int pk_unguard_mapping(const void *base);

#endif
