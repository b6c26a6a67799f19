#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Says, before a load allocates anything, when the memory the process may use (as a
/// `ulimit -v` sets it) is too small for the files, instead of a trap once it runs out:
/// Swift cannot recover from a failed allocation. A limit enforced later (a cgroup's)
/// cannot be seen this way.
enum MemoryCheck {
    /// Memory the fast JSON reader takes per byte of file: the mapping, and the columns
    /// built from it (the benchmark's peak is 0.95 of the file's size at a million events).
    static let fastPerByte = 2
    /// What the careful reader takes per byte: a tree of every value, about sixteen times
    /// the text it was read from.
    static let carefulPerByte = 16

    /// A failure that names each file and what loading them needs, if that much cannot be had.
    static func shortage(for files: [OpenFile], perByte: Int, doing what: String = "load it") -> LoadFailure? {
        let needed = files.reduce(0) { $0 + $1.byteCount } * perByte
        guard needed > 64 << 20, !canReserve(needed) else { return nil }
        let megabytes = needed >> 20
        return LoadFailure(diagnostics: files.map {
            Diagnostic(file: $0.path, position: nil,
                       message: "not enough memory to \(what): this takes about \(megabytes) MB, more than this process may use")
        })
    }

    /// Whether `bytes` of address space can be had now; it is given back at once.
    private static func canReserve(_ bytes: Int) -> Bool {
        guard let reserved = mmap(nil, bytes, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0),
              reserved != MAP_FAILED else { return false }
        munmap(reserved, bytes)
        return true
    }
}
