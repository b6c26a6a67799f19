#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension JSONTimelineReader {
    /// Organization or chapter ids named by events, numbered as they come, until every
    /// file is read and they can be matched with the real ones. A data file names a few
    /// organizations millions of times, so a lookup neither allocates nor hashes twice.
    struct Names {
        /// Every name's bytes, one after another, and where each one is.
        private var text: [UInt8] = []
        private var ranges: [Range<Int>] = []
        /// Each name's first eight bytes, so that a short name is compared as one integer.
        private var heads: [UInt64] = []
        /// Open addressing on a hash of the name taken eight bytes at a time: each slot
        /// holds a name's number plus one, or 0 when empty; never more than half full.
        private var slots = [UInt16](repeating: 0, count: 64)

        var names: [String] { ranges.map { String(decoding: text[$0], as: UTF8.self) } }

        /// Adds the names of `other`, and gives the number each of them has here.
        mutating func numbers(adding other: Names) -> [UInt16]? {
            var numbers = [UInt16]()
            for range in other.ranges {
                guard let number = other.text[range].withUnsafeBufferPointer({ index(of: $0) }) else { return nil }
                numbers.append(number)
            }
            return numbers
        }

        /// The number of a name, which is added if new; nil when there are too many names.
        mutating func index(of name: UnsafeBufferPointer<UInt8>) -> UInt16? {
            let (hash, head) = Self.hash(name)
            var slot = hash & (slots.count - 1)
            while slots[slot] != 0 {
                let candidate = Int(slots[slot] - 1)
                if heads[candidate] == head, ranges[candidate].count == name.count, isRest(of: candidate, equalTo: name) {
                    return UInt16(candidate)
                }
                slot = (slot + 1) & (slots.count - 1)
            }
            guard ranges.count < Int(UInt16.max) - 1 else { return nil }
            ranges.append(text.count..<(text.count + name.count))
            text.append(contentsOf: name)
            heads.append(head)
            slots[slot] = UInt16(ranges.count)
            if ranges.count * 2 > slots.count { grow() }
            return UInt16(ranges.count - 1)
        }

        /// Whether the bytes of a name after its first eight are those of `name`.
        private func isRest(of number: Int, equalTo name: UnsafeBufferPointer<UInt8>) -> Bool {
            guard name.count > 8 else { return true }
            return text.withUnsafeBytes { text in
                memcmp(text.baseAddress! + ranges[number].lowerBound + 8, name.baseAddress! + 8, name.count - 8) == 0
            }
        }

        private mutating func grow() {
            slots = [UInt16](repeating: 0, count: slots.count * 2)
            for (number, range) in ranges.enumerated() {
                var slot = text[range].withUnsafeBufferPointer { Self.hash($0).hash } & (slots.count - 1)
                while slots[slot] != 0 { slot = (slot + 1) & (slots.count - 1) }
                slots[slot] = UInt16(number + 1)
            }
        }

        /// A hash of the whole name, mixing in eight bytes at a time, and its first eight bytes.
        private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> (hash: Int, head: UInt64) {
            func word(at start: Int) -> UInt64 {
                guard bytes.count - start < 8 else {
                    return UnsafeRawPointer(bytes.baseAddress! + start).loadUnaligned(as: UInt64.self)
                }
                return (start..<bytes.count).reversed().reduce(0) { $0 << 8 | UInt64(bytes[$1]) }
            }
            let head = bytes.isEmpty ? 0 : word(at: 0)
            var hash = (head ^ UInt64(bytes.count)) &* 0x9E37_79B9_7F4A_7C15
            for start in stride(from: 8, to: bytes.count, by: 8) {
                hash = (hash ^ word(at: start)) &* 0x9E37_79B9_7F4A_7C15
            }
            return (Int(truncatingIfNeeded: hash >> 32), head)
        }
    }
}
