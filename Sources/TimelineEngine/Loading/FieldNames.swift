import Algorithms

/// Suggestions for misspelled names: `orgnaizations` → `organizations`, `artemiss` →
/// `artemis`. Built once for a list of names; each suggestion then costs a few dozen
/// short comparisons however long the list, and a comparison stops past the distance
/// a typo could be.
struct FieldNames {
    /// How far apart a name and a suggestion may be at the most.
    static let cutOff = 3
    /// How many neighbours on each side, in each order, are compared.
    static let neighbours = 16

    /// A name as compared (lower case, and for `reversed` written backwards) and as given.
    private typealias Entry = (key: [UInt32], name: String)

    private let sorted: [Entry]
    /// The names written backwards, sorted: a typo near a name's start leaves its end.
    private let reversed: [Entry]

    init(_ names: some Sequence<String>) {
        let entries = names.map { (key: Self.key($0), name: $0) }
        sorted = entries.sorted { Self.precedes($0.key, $1.key) }
        reversed = entries.map { (key: Array($0.key.reversed()), name: $0.name) }
            .sorted { Self.precedes($0.key, $1.key) }
    }

    /// `lexicographicallyPrecedes`, by index: the generic one, through iterators, took
    /// most of the time to sort a million event ids.
    private static func precedes(_ one: [UInt32], _ other: [UInt32]) -> Bool {
        one.withUnsafeBufferPointer { one in
            other.withUnsafeBufferPointer { other in
                for index in 0..<min(one.count, other.count) where one[index] != other[index] { return one[index] < other[index] }
                return one.count < other.count
            }
        }
    }

    /// The closest of `candidates` to `name`, if close enough to be a likely typo.
    static func suggestion(for name: String, among candidates: [String]) -> String? {
        FieldNames(candidates).suggestion(for: name)
    }

    /// Up to this many names, every one is compared: the length filter and the cut-off
    /// make a comparison cheap. Beyond, only neighbours are.
    static let comparedAll = 64

    /// The closest name to `name`, if close enough to be a likely typo.
    func suggestion(for name: String) -> String? {
        let word = Self.key(name)
        let backwards = Array(word.reversed())
        let near = sorted.count <= Self.comparedAll ? sorted[...]
            : Self.around(word, in: sorted) + Self.around(word.dropLast(), in: sorted)
                + (Self.around(backwards, in: reversed) + Self.around(backwards.dropLast(), in: reversed))
                    .map { (key: Array($0.key.reversed()), name: $0.name) }
        var best: (name: String, distance: Int)?
        for candidate in near where candidate.name != name {
            let allowed = max(1, min(Self.cutOff, candidate.key.count / 3))
            guard let distance = Self.distance(word, candidate.key, atMost: allowed) else { continue }
            if best == nil || distance < best!.distance { best = (candidate.name, distance) }
        }
        return best?.name
    }

    /// A name as compared: its Unicode scalars in lower case.
    private static func key(_ name: String) -> [UInt32] { name.lowercased().unicodeScalars.map(\.value) }

    /// The entries next to where `word` would stand among `entries`, sorted.
    private static func around(_ word: some Collection<UInt32>, in entries: [Entry]) -> ArraySlice<Entry> {
        let position = entries.partitioningIndex { !$0.key.lexicographicallyPrecedes(word) }
        return entries[max(0, position - neighbours)..<min(entries.count, position + neighbours)]
    }

    /// Edit distance counting a swap of two neighbours as one edit, if it is at most
    /// `limit`: only cells within `limit` of the diagonal are filled, three rows kept.
    static func distance<Letter: Equatable>(_ a: [Letter], _ b: [Letter], atMost limit: Int) -> Int? {
        guard abs(a.count - b.count) <= limit else { return nil }
        guard !a.isEmpty, !b.isEmpty else { return max(a.count, b.count) }
        let outside = limit + 1
        var before = [Int](repeating: outside, count: b.count + 1)
        var previous = (0...b.count).map { min($0, outside) }
        var current = [Int](repeating: outside, count: b.count + 1)
        for i in 1...a.count {
            // Only the band is read: the cells beside it are set apart, the rest left alone.
            let band = max(1, i - limit)...min(b.count, i + limit)
            current[0] = min(i, outside)
            if band.lowerBound > 1 { current[band.lowerBound - 1] = outside }
            if band.upperBound < b.count { current[band.upperBound + 1] = outside }
            var smallest = current[0]
            for j in band {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] { value = min(value, before[j - 2] + 1) }
                current[j] = min(value, outside)
                smallest = min(smallest, current[j])
            }
            if smallest > limit { return nil }
            (before, previous, current) = (previous, current, before)
        }
        return previous[b.count] <= limit ? previous[b.count] : nil
    }
}
