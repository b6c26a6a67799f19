/// What orders the events of a store, one key per row: the days of its span, then the
/// first bytes of its title. Each reader of a large file sorts the keys of its own part
/// on its own core, and joining two parts merges their sorted keys in one pass.
struct OrderKeys: Sendable {
    struct Key: Sendable {
        let days: UInt64
        let title: TitlePrefix
        let row: Int32

        init(span: TimeSpan, title: TitlePrefix, row: Int) {
            days = Self.unsigned(span.earliestStart) << 32 | Self.unsigned(span.latestEnd)
            self.title = title
            self.row = Int32(row)
        }

        /// The same key for the row `offset` rows further on.
        func moved(by offset: Int32) -> Key { Key(days: days, title: title, row: row + offset) }

        private init(days: UInt64, title: TitlePrefix, row: Int32) {
            self.days = days
            self.title = title
            self.row = row
        }

        /// A day as an unsigned number in the same order.
        private static func unsigned(_ day: DayStamp) -> UInt64 {
            UInt64(UInt32(truncatingIfNeeded: day.value) ^ 1 << 31)
        }

        /// Whether the keys alone cannot tell the two events apart.
        func ties(_ other: Key) -> Bool { days == other.days && title == other.title }

        static func < (lhs: Key, rhs: Key) -> Bool {
            lhs.days != rhs.days ? lhs.days < rhs.days : lhs.title < rhs.title
        }
    }

    /// The first 32 bytes of a text as big-endian integers, which sort like the texts.
    struct TitlePrefix: Sendable, Equatable {
        let words: (UInt64, UInt64, UInt64, UInt64)

        init(_ bytes: UnsafeBufferPointer<UInt8>) {
            func word(_ start: Int) -> UInt64 {
                guard bytes.count < 32 else {
                    return UnsafeRawPointer(bytes.baseAddress! + start).loadUnaligned(as: UInt64.self).bigEndian
                }
                return (start..<(start + 8)).reduce(0) { $0 << 8 | UInt64($1 < bytes.count ? bytes[$1] : 0) }
            }
            words = (word(0), word(8), word(16), word(24))
        }

        static func == (lhs: Self, rhs: Self) -> Bool { lhs.words == rhs.words }
        static func < (lhs: Self, rhs: Self) -> Bool { lhs.words < rhs.words }
    }

    /// In row order as appended, or sorted (then ties keep no particular order).
    private(set) var keys: [Key] = []
    private(set) var isSorted = true

    mutating func reserveCapacity(_ count: Int) { keys.reserveCapacity(count) }

    /// The key of the next row.
    mutating func append(span: TimeSpan, title: TitlePrefix) {
        keys.append(Key(span: span, title: title, row: keys.count))
        isSorted = keys.count < 2
    }

    mutating func sort() {
        guard !isSorted else { return }
        keys.withUnsafeMutableBufferPointer { Self.quicksort($0, depth: 2 * (Int.bitWidth - $0.count.leadingZeroBitCount)) }
        isSorted = true
    }

    /// The keys, sorted, leaving none here.
    mutating func takeSorted() -> [Key] {
        sort()
        var taken = [Key]()
        swap(&taken, &keys)
        return taken
    }

    /// Adds the keys of `other`, whose rows come after these, leaving it empty. Sorted
    /// keys stay sorted: they are merged from the back into room made at the end, so
    /// that no key is moved twice and no third array is needed.
    mutating func append(taking other: inout OrderKeys) {
        var taken = OrderKeys()
        swap(&taken, &other)
        let offset = Int32(keys.count)
        guard isSorted, taken.isSorted else {
            keys.append(contentsOf: taken.keys.lazy.map { $0.moved(by: offset) })
            isSorted = false
            return
        }
        var first = keys.count - 1
        keys.append(contentsOf: taken.keys)
        taken.keys.withUnsafeBufferPointer { added in
            keys.withUnsafeMutableBufferPointer { merged in
                var second = added.count - 1
                var next = merged.count - 1
                while second >= 0 {
                    let key = added[second].moved(by: offset)
                    if first >= 0, key < merged[first] {
                        merged[next] = merged[first]
                        first -= 1
                    } else {
                        merged[next] = key
                        second -= 1
                    }
                    next -= 1
                }
            }
        }
    }
}
