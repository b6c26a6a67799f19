#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The folded search text of every event in one contiguous buffer, searched with
/// `memchr` and `memcmp`: a scan of a million events takes milliseconds.
struct SearchIndex: Sendable {
    private var storage = [UInt8]()
    /// Where each event's text starts in `storage`; one more entry marks the end.
    private var starts = [0]

    init(events: Int = 0, bytes: Int = 0) {
        starts.reserveCapacity(events + 1)
        storage.reserveCapacity(bytes)
    }

    /// Folds one more searchable text of the event being added.
    mutating func add(_ text: UnsafeBufferPointer<UInt8>, folder: inout SearchKey.Folder) {
        folder.append(text, to: &storage, wordsFrom: starts[starts.count - 1])
    }

    /// Ends the event being added; the next `add` starts the next one.
    mutating func closeEvent() { starts.append(storage.count) }

    /// Whether the event's text holds every term.
    func contains(_ event: Int, all terms: SearchPattern) -> Bool {
        storage.withUnsafeBytes { holds(event, terms, in: $0) }
    }

    /// The events, among `events`, whose text holds every term, in the same order;
    /// `entry` gives each event's entry in the index.
    func filter(_ events: ArraySlice<Int>, all terms: SearchPattern, entry: (Int) -> Int) -> [Int] {
        storage.withUnsafeBytes { buffer in events.filter { holds(entry($0), terms, in: buffer) } }
    }

    /// Calls `body` with each entry of `entries` whose text holds every term, in order.
    func forEachEntry(in entries: Range<Int>, holding terms: SearchPattern, _ body: (Int) -> Void) {
        storage.withUnsafeBytes { buffer in
            for entry in entries where holds(entry, terms, in: buffer) { body(entry) }
        }
    }

    private func holds(_ event: Int, _ terms: SearchPattern, in buffer: UnsafeRawBufferPointer) -> Bool {
        let start = starts[event]
        let count = starts[event + 1] - start
        let base = buffer.baseAddress! + start
        return terms.terms.allSatisfy { term in
            term.withUnsafeBytes { Self.occurs($0, in: base, count: count) }
        }
    }

    private static func occurs(_ term: UnsafeRawBufferPointer, in base: UnsafeRawPointer, count: Int) -> Bool {
        guard let first = term.first, term.count <= count else { return term.isEmpty }
        let last = count - term.count
        var offset = 0
        while offset <= last {
            guard let hit = memchr(base + offset, Int32(first), last - offset + 1) else { return false }
            if memcmp(hit, term.baseAddress!, term.count) == 0 { return true }
            offset = base.distance(to: UnsafeRawPointer(hit)) + 1
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
}
