import CMappingGuard
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where the text of events lives: in memory, or in the data file they were loaded from.
///
/// A large timeline keeps its titles and summaries in its file and reads an event's
/// text when it is shown, so that a million events fit in memory next to their search
/// index. A file changed on disk since it was loaded is noticed, not misread.
final class TextStore: Sendable {
    enum Source: Sendable {
        case memory([UInt8])
        case file(OpenFile)
    }

    let sources: [Source]

    init(sources: [Source]) { self.sources = sources }

    /// The bytes of `span`, or nil when its file has changed since it was loaded.
    func bytes(_ span: TextSpan) -> [UInt8]? {
        let range = span.offset..<(span.offset + Int(span.count))
        switch sources[Int(span.source)] {
        case .memory(let bytes): return Array(bytes[range])
        case .file(let file): return file.read(range)
        }
    }

    /// One string of an event whose text is at `span`; empty when its file has changed.
    func string(_ range: TextRange, in span: TextSpan) -> String {
        guard !range.isAbsent, let bytes = bytes(TextSpan(source: Int(span.source), offset: span.offset + Int(range.offset),
                                                            count: range.count)) else { return "" }
        return TextRange(offset: 0, count: range.count, isEscaped: range.isEscaped).string(in: bytes)
    }

    /// The name of the file a span comes from, for messages.
    func fileName(of span: TextSpan) -> String? {
        guard case .file(let file) = sources[Int(span.source)] else { return nil }
        return file.path
    }
}

/// A data file kept open after loading, read with `pread` and checked against the size
/// and modification time it had when it was loaded.
final class OpenFile: Sendable {
    let path: String
    private let descriptor: Int32
    private let size: Int
    private let modified: timespec

    /// Opens `path`; nil when it cannot be opened or is not a regular file.
    init?(path: String) {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        var status = stat()
        guard fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG else {
            close(descriptor)
            return nil
        }
        self.path = path
        self.descriptor = descriptor
        size = Int(status.st_size)
        modified = status.st_mtim
    }

    deinit { close(descriptor) }

    var byteCount: Int { size }

    /// Maps the whole file for reading and passes its bytes to `body`, with a function
    /// that gives a stretch of them back to the system once read, so that a large file
    /// does not stay resident. The bytes are valid until `body` returns. Read `randomly`,
    /// pages are not read far ahead. Nil when the file cannot be mapped.
    func withMappedBytes<Result>(randomly: Bool = false,
                                 _ body: (UnsafeRawBufferPointer, _ release: @escaping @Sendable (Range<Int>) -> Void) throws -> Result) rethrows -> Result? {
        guard size > 0 else { return try body(UnsafeRawBufferPointer(start: nil, count: 0), { _ in }) }
        guard let mapping = mmap(nil, size, PROT_READ, MAP_PRIVATE, descriptor, 0), mapping != MAP_FAILED else {
            return nil
        }
        // A file cut short while it is read must not end the program (SIGBUS): the
        // missing pages read as zeros, and the loader finds the file changed.
        let guarded = pk_guard_mapping(mapping, size) != 0
        defer {
            if guarded { _ = pk_unguard_mapping(mapping) }
            munmap(mapping, size)
        }
        madvise(mapping, size, randomly ? MADV_NORMAL : MADV_SEQUENTIAL)
        let page = Int(sysconf(Int32(_SC_PAGESIZE)))
        let address = Int(bitPattern: mapping)
        return try body(UnsafeRawBufferPointer(start: mapping, count: size)) { range in
            // Only whole pages inside the range: the pages at its ends may hold bytes still to be read.
            let start = (range.lowerBound + page - 1) / page * page
            let end = range.upperBound / page * page
            guard end > start, let pointer = UnsafeMutableRawPointer(bitPattern: address + start) else { return }
            madvise(pointer, end - start, MADV_DONTNEED)
        }
    }

    /// Whether the file still has the size and modification time it had when opened.
    var isUnchanged: Bool {
        var status = stat()
        return fstat(descriptor, &status) == 0 && Int(status.st_size) == size
            && status.st_mtim.tv_sec == modified.tv_sec && status.st_mtim.tv_nsec == modified.tv_nsec
    }

    func read(_ range: Range<Int>) -> [UInt8]? {
        guard isUnchanged else { return nil }
        var bytes = [UInt8](repeating: 0, count: range.count)
        return bytes.withUnsafeMutableBufferPointer { read(range, into: $0) } ? bytes : nil
    }

    /// Reads `range` into `buffer`, without checking that the file is unchanged (the
    /// caller does, once for many reads); false when fewer bytes came.
    func read(_ range: Range<Int>, into buffer: UnsafeMutableBufferPointer<UInt8>) -> Bool {
        pread(descriptor, buffer.baseAddress, range.count, off_t(range.lowerBound)) == range.count
    }
}
