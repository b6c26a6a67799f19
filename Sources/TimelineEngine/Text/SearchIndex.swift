#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The folded search text of every event, in chunks of contiguous bytes searched with
/// `memchr` and `memcmp`: a scan of a million events takes a fraction of a second.
/// Chunks let indexes built in parallel be joined without copying their text.
struct SearchIndex: Sendable {
    struct Chunk: Sendable {
        var storage = [UInt8]()
        /// Where each event's text starts in `storage`; one more entry marks the end.
        var starts: [Int32] = [0]

        var count: Int { starts.count - 1 }
    }

    /// Events per chunk: a few megabytes of text, enough for `memchr` to run at speed.
    static let chunkEvents = 1 << 14

    private(set) var chunks = [Chunk()]
    /// The entry of each chunk's first event.
    private var chunkStarts = [0]

    var count: Int { chunkStarts[chunkStarts.count - 1] + chunks[chunks.count - 1].count }

    init() {}

    /// An index of chunks already folded (see `CompactLayout`).
    init(chunks: [Chunk]) {
        for chunk in chunks where chunk.count > 0 { append(contentsOf: SearchIndex(chunk)) }
    }

    private init(_ chunk: Chunk) { chunks = [chunk] }

    /// The folded text of one entry.
    func text(of entry: Int) -> ArraySlice<UInt8> {
        let index = chunk(of: entry)
        let local = entry - chunkStarts[index]
        let starts = chunks[index].starts
        return chunks[index].storage[Int(starts[local])..<Int(starts[local + 1])]
    }

    /// Folds one more searchable text of the event being added, a space after the one before.
    mutating func add(_ text: UnsafeBufferPointer<UInt8>, folder: inout SearchKey.Folder) {
        let last = chunks.count - 1
        if chunks[last].storage.count > chunks[last].starts[chunks[last].count] { chunks[last].storage.append(0x20) }
        folder.append(text, to: &chunks[last].storage)
    }

    /// Ends the event being added; the next `add` starts the next one.
    mutating func closeEvent() {
        let last = chunks.count - 1
        chunks[last].starts.append(Int32(chunks[last].storage.count))
        if chunks[last].count == Self.chunkEvents {
            chunkStarts.append(count)
            var next = Chunk()
            next.storage.reserveCapacity(chunks[last].storage.count + chunks[last].storage.count / 8)
            next.starts.reserveCapacity(Self.chunkEvents + 1)
            chunks.append(next)
        }
    }

    /// Adds the entries of `other` after these.
    mutating func append(contentsOf other: SearchIndex) {
        for chunk in other.chunks where chunk.count > 0 {
            let start = count
            if chunks[chunks.count - 1].count == 0 {
                chunks.removeLast()
                chunkStarts.removeLast()
            }
            chunks.append(chunk)
            chunkStarts.append(start)
        }
    }

    /// Whether the event's text holds every term.
    func contains(_ entry: Int, all terms: SearchPattern) -> Bool {
        let chunk = chunk(of: entry)
        return chunks[chunk].holds(entry - chunkStarts[chunk], terms)
    }

    /// The events, among `events`, whose text holds every term, in the same order;
    /// `entry` gives each event's entry in the index.
    func filter(_ events: ArraySlice<Int>, all terms: SearchPattern, entry: (Int) -> Int) -> [Int] {
        events.filter { contains(entry($0), all: terms) }
    }

    /// Calls `body` with each entry of `entries` whose text holds every term, in order.
    func forEachEntry(in entries: Range<Int>, holding terms: SearchPattern, _ body: (Int) -> Void) {
        guard !entries.isEmpty else { return }
        var chunk = chunk(of: entries.lowerBound)
        while chunk < chunks.count, chunkStarts[chunk] < entries.upperBound {
            let first = chunkStarts[chunk]
            let local = max(0, entries.lowerBound - first)..<min(chunks[chunk].count, entries.upperBound - first)
            chunks[chunk].storage.withUnsafeBytes { buffer in
                for entry in local where chunks[chunk].holds(entry, terms, in: buffer) { body(first + entry) }
            }
            chunk += 1
        }
    }

    /// The chunk that holds `entry`.
    private func chunk(of entry: Int) -> Int {
        var low = 0, high = chunkStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if chunkStarts[middle] <= entry { low = middle } else { high = middle - 1 }
        }
        return low
    }
}

extension SearchIndex.Chunk {
    func holds(_ entry: Int, _ terms: SearchPattern) -> Bool {
        storage.withUnsafeBytes { holds(entry, terms, in: $0) }
    }

    func holds(_ entry: Int, _ terms: SearchPattern, in buffer: UnsafeRawBufferPointer) -> Bool {
        let start = Int(starts[entry])
        let count = Int(starts[entry + 1]) - start
        guard let base = buffer.baseAddress.map({ $0 + start }) else { return terms.isEmpty }
        return terms.terms.allSatisfy { term in
            term.withUnsafeBytes { Self.occurs($0, in: base, count: count) }
        }
    }

    private static func occurs(_ term: UnsafeRawBufferPointer, in base: UnsafeRawPointer, count: Int) -> Bool {
        let text = UnsafeRawBufferPointer(start: base, count: count)
        guard let first = term.first else { return true }
        var offset = 0
        while offset < count {
            guard let hit = memchr(base + offset, Int32(first), count - offset) else { return false }
            let start = base.distance(to: UnsafeRawPointer(hit))
            if SearchPattern.isWordStart(start, in: text), SearchPattern.matches(term, at: start, in: text) { return true }
            offset = start + 1
        }
        return false
    }
}

/// A search, folded once: the words an event's text must all hold.
public struct SearchPattern: Sendable, Equatable {
    let terms: [[UInt8]]
    /// The whole query, folded.
    let folded: String

    public init(_ query: String) {
        folded = SearchKey.fold(query)
        terms = folded.split(separator: " ").map { Array($0.utf8) }
    }

    /// Whether every match of this pattern also matches `other` (this one only adds
    /// letters to it), so a search can narrow the previous matches as it is typed.
    public func narrows(_ other: SearchPattern) -> Bool {
        !other.isEmpty && folded.hasPrefix(other.folded)
    }

    /// Whether the search has no words, and so matches nothing in particular.
    public var isEmpty: Bool { terms.isEmpty }

    /// The folded words, as text.
    public var words: [String] { terms.map { String(decoding: $0, as: UTF8.self) } }

    /// Whether every word of the search starts a word of `text`.
    public func isFound(in text: String) -> Bool {
        var folder = SearchKey.Folder()
        let folded = folder.fold(text)
        return folded.withUnsafeBytes { buffer in
            terms.allSatisfy { term in
                term.withUnsafeBytes { term in
                    buffer.indices.contains { Self.isWordStart($0, in: buffer) && Self.matches(term, at: $0, in: buffer) }
                }
            }
        }
    }

    /// The offsets of the characters of `text` that a word of the search covers, for
    /// showing where it matched.
    public func matchedCharacters(in text: String) -> Set<Int> {
        var folder = SearchKey.Folder()
        var folded = [UInt8]()
        var origin = [Int]()
        for (offset, character) in text.enumerated() {
            folded += folder.fold(String(character))
            origin += Array(repeating: offset, count: folded.count - origin.count)
        }
        var covered = Set<Int>()
        folded.withUnsafeBytes { buffer in
            for term in terms {
                term.withUnsafeBytes { term in
                    for start in buffer.indices where Self.isWordStart(start, in: buffer) {
                        if let end = Self.end(of: term, at: start, in: buffer) { covered.formUnion(origin[start..<end]) }
                    }
                }
            }
        }
        return covered
    }

    /// Whether a word may start at `start` of folded text: at its beginning, after a
    /// space, or after an apostrophe ("ivoire" in "d’Ivoire").
    static func isWordStart(_ start: Int, in text: UnsafeRawBufferPointer) -> Bool {
        guard start < text.count, text[start] != 0x20, text[start] != SearchKey.apostrophe else { return false }
        return start == 0 || text[start - 1] == 0x20 || text[start - 1] == SearchKey.apostrophe
    }

    /// Whether `term` is read at `start` of folded text, apostrophes skipped ("divoire").
    static func matches(_ term: UnsafeRawBufferPointer, at start: Int, in text: UnsafeRawBufferPointer) -> Bool {
        end(of: term, at: start, in: text) != nil
    }

    /// Where `term`, read from `start` with apostrophes skipped, ends in the text, if it is there.
    private static func end(of term: UnsafeRawBufferPointer, at start: Int, in text: UnsafeRawBufferPointer) -> Int? {
        var position = start
        for byte in term {
            while position < text.count, text[position] == SearchKey.apostrophe { position += 1 }
            guard position < text.count, text[position] == byte else { return nil }
            position += 1
        }
        return position
    }
}
