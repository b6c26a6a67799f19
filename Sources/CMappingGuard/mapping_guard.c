#define _GNU_SOURCE
#include "mapping_guard.h"
#include <signal.h>
#include <stdatomic.h>
#include <stdint.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

enum { slots = 16 };

static _Atomic(uintptr_t) starts[slots];
static _Atomic(size_t) lengths[slots];
static atomic_int missing[slots];
static struct sigaction previous;
static atomic_int installed;

static void on_bus_error(int signal, siginfo_t *info, void *context) {
    uintptr_t address = (uintptr_t)info->si_addr;
    for (int slot = 0; slot < slots; slot++) {
        uintptr_t start = atomic_load(&starts[slot]);
        if (start != 0 && address >= start && address < start + atomic_load(&lengths[slot])) {
            uintptr_t page = (uintptr_t)sysconf(_SC_PAGESIZE);
            void *zeros = mmap((void *)(address & ~(page - 1)), page, PROT_READ,
                               MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0);
            if (zeros != MAP_FAILED) {
                atomic_store(&missing[slot], 1);
                return;
            }
        }
    }
    // Not ours: the fault happens again once this returns, for the handler before.
    sigaction(SIGBUS, &previous, NULL);
    atomic_store(&installed, 0);
    (void)signal;
    (void)context;
}

int pk_guard_mapping(const void *base, size_t length) {
    if (!atomic_exchange(&installed, 1)) {
        struct sigaction action;
        memset(&action, 0, sizeof action);
        action.sa_sigaction = on_bus_error;
        action.sa_flags = SA_SIGINFO;
        sigemptyset(&action.sa_mask);
        sigaction(SIGBUS, &action, &previous);
    }
    for (int slot = 0; slot < slots; slot++) {
        uintptr_t empty = 0;
        // The slot is claimed first; nothing reads the mapping before this returns.
        if (atomic_compare_exchange_strong(&starts[slot], &empty, (uintptr_t)base)) {
            atomic_store(&lengths[slot], length);
            atomic_store(&missing[slot], 0);
            return 1;
        }
    }
    return 0;
}

int pk_unguard_mapping(const void *base) {
    for (int slot = 0; slot < slots; slot++) {
        if (atomic_load(&starts[slot]) == (uintptr_t)base) {
            int found = atomic_load(&missing[slot]);
            atomic_store(&starts[slot], 0);
            return found;
        }
    }
    return 0;
}
