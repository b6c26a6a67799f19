import CMappingGuard
import CPrefetch
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The text of many events read one after another, straight from memory and from the
/// data files mapped for the while, without a system call per event (see
/// `TextStore.withBatch`); or of a few events, each text read from its file (`pread`),
/// where mapping a whole file would cost more than it saves.
///
/// Events in timeline order are all over a file whose events are in another order,
/// so each would cost a page fault or a read (1 to 4 µs, 1 to 4 s a million) if the
/// pages read were given back as they went, as the loader does. They are kept mapped
/// until the batch ends: they are the system's cache of the file, not a copy, and
/// count in the process's resident memory only while mapped.
struct TextBatch: @unchecked Sendable {
    /// Events read between two checks that the files are unchanged.
    static let window = 4096

    /// Each source's bytes; none for a file not mapped.
    fileprivate let bytes: [UnsafeRawBufferPointer?]
    fileprivate let files: [OpenFile?]
    /// For each mapped file, what gives a stretch of its pages back to the system.
    fileprivate let releases: [(@Sendable (Range<Int>) -> Void)?]
    /// For each source, where the pages not given back start.
    private var released: [Int]
    /// What was read from files not mapped.
    fileprivate let reads = SpanReads()
    private var readInWindow = 0

    fileprivate init(bytes: [UnsafeRawBufferPointer?], files: [OpenFile?], releases: [(@Sendable (Range<Int>) -> Void)?]) {
        self.bytes = bytes
        self.files = files
        self.releases = releases
        released = Array(repeating: 0, count: bytes.count)
    }

    /// Gives back the mapped pages before `span`: those of its file before it, and those
    /// of the files before that one, which the events still to be read do not need. A
    /// page needed after all is mapped again from the system's cache of the file.
    mutating func release(before span: TextSpan) {
        for source in 0...Int(span.source) {
            let end = source == Int(span.source) ? span.offset : bytes[source]?.count ?? 0
            // A span before those given back starts another pass over the file, which maps its pages again.
            if end < released[source] { released[source] = 0 }
            // A few calls a file rather than one a block: each one interrupts the other core.
            guard let release = releases[source], end - released[source] >= Self.releasedAtOnce else { continue }
            release(released[source]..<end)
            released[source] = end
        }
    }

    /// Tells the system that the reads to come are scattered over the mapped files
    /// (events in timeline order from a file in another order): each page is then mapped
    /// as it is read, not with the 64 KiB around it, so that the pages mapped, which a
    /// batch keeps (see above), are the pages read. A reader that stops early (`| head`)
    /// has fewer to unmap at exit, and fewer are resident meanwhile.
    func expectScatteredReads() {
        for case let (mapped?, _?) in zip(bytes, files) {
            madvise(UnsafeMutableRawPointer(mutating: mapped.baseAddress), mapped.count, MADV_RANDOM)
        }
    }

    /// The least stretch of a file given back at once.
    private static let releasedAtOnce = 16 << 20

    /// The bytes of `span`, valid while the batch lasts.
    func bytes(_ span: TextSpan) -> UnsafeBufferPointer<UInt8> {
        let range = span.offset..<(span.offset + Int(span.count))
        guard let source = bytes[Int(span.source)] else { return reads.read(range, from: files[Int(span.source)]!) }
        return UnsafeBufferPointer(rebasing: source.bindMemory(to: UInt8.self)[range])
    }

    /// Asks for the first bytes of `span` (a kibibyte, an event's text or most of it) to be
    /// brought into the cache, when they are in memory or mapped (see `pk_prefetch`).
    func prefetch(_ span: TextSpan) {
        guard let source = bytes[Int(span.source)]?.baseAddress else { return }
        for offset in stride(from: span.offset, to: span.offset + min(Int(span.count), 1024), by: 64) {
            pk_prefetch(source + offset)
        }
    }

    /// Counts one event read; at the end of a window, throws if a file changed meanwhile
    /// (its text can no longer be trusted).
    mutating func didRead() throws(DataFileChanged) {
        readInWindow += 1
        guard readInWindow == Self.window else { return }
        readInWindow = 0
        try check()
    }

    /// Throws if a file changed since it was loaded.
    func check() throws(DataFileChanged) {
        for case let file? in files where !file.isUnchanged || reads.hasFailed {
            throw DataFileChanged(path: file.path)
        }
    }
}

/// Texts read from files a span at a time, kept until the batch ends.
private final class SpanReads: @unchecked Sendable {
    private var buffers: [UnsafeMutableBufferPointer<UInt8>] = []
    /// Whether a read came back short: the file changed.
    private(set) var hasFailed = false

    deinit { buffers.forEach { $0.deallocate() } }

    func read(_ range: Range<Int>, from file: OpenFile) -> UnsafeBufferPointer<UInt8> {
        let buffer = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: range.count)
        buffer.initialize(repeating: 0)
        buffers.append(buffer)
        if !file.read(range, into: buffer) { hasFailed = true }
        return UnsafeBufferPointer(buffer)
    }
}

/// A data file that could not be read again after it was loaded, as its events were
/// being read: it changed on disk, or there was no room in memory to map it.
public struct DataFileChanged: Error, CustomStringConvertible {
    public let path: String
    var reason = "changed on disk while its events were being read: load it again"
    public var description: String { "\(path) \(reason)" }
}

extension TextStore {
    /// Runs `body` with every source's bytes at hand: those in memory, and the files
    /// mapped (`mappingFiles`, for many events) or read a text at a time (for a few).
    func withBatch<Result>(mappingFiles: Bool = true, _ body: (inout TextBatch) throws -> Result) throws -> Result {
        try withSources(from: 0, mappingFiles: mappingFiles, bytes: [], files: [], releases: []) { bytes, files, releases in
            var batch = TextBatch(bytes: bytes, files: files, releases: releases)
            let result = try body(&batch)
            try batch.check()
            return result
        }
    }

    private func withSources<Result>(
        from index: Int, mappingFiles: Bool, bytes: [UnsafeRawBufferPointer?], files: [OpenFile?],
        releases: [(@Sendable (Range<Int>) -> Void)?],
        _ body: ([UnsafeRawBufferPointer?], [OpenFile?], [(@Sendable (Range<Int>) -> Void)?]) throws -> Result
    ) throws -> Result {
        guard index < sources.count else { return try body(bytes, files, releases) }
        switch sources[index] {
        case .memory(let memory):
            return try memory.withUnsafeBytes { pointer in
                try withSources(from: index + 1, mappingFiles: mappingFiles, bytes: bytes + [pointer], files: files + [nil],
                                releases: releases + [nil], body)
            }
        case .file(let file) where !mappingFiles:
            return try withSources(from: index + 1, mappingFiles: mappingFiles, bytes: bytes + [nil], files: files + [file],
                                   releases: releases + [nil], body)
        case .file(let file):
            let result = try file.withMappedBytes(randomly: true) { pointer, release in
                try withSources(from: index + 1, mappingFiles: mappingFiles, bytes: bytes + [pointer], files: files + [file],
                                releases: releases + [release], body)
            }
            guard let result else {
                throw DataFileChanged(path: file.path, reason: "could not be mapped into memory to read its events again: \(String(cString: strerror(errno)).lowercased())")
            }
            return result
        }
    }
}
