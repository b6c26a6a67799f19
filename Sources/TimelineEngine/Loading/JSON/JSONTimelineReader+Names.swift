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
        private var bytes: [[UInt8]] = []
        /// Open addressing on an FNV-1a hash of the name: each slot holds a name's number
        /// plus one, or 0 when empty; never more than half full.
        private var slots = [UInt16](repeating: 0, count: 64)

        var names: [String] { bytes.map { String(decoding: $0, as: UTF8.self) } }

        /// Adds the names of `other`, and gives the number each of them has here.
        mutating func numbers(adding other: Names) -> [UInt16]? {
            var numbers = [UInt16]()
            for name in other.bytes {
                guard let number = name.withUnsafeBufferPointer({ index(of: $0) }) else { return nil }
                numbers.append(number)
            }
            return numbers
        }

        /// The number of a name, which is added if new; nil when there are too many names.
        mutating func index(of name: UnsafeBufferPointer<UInt8>) -> UInt16? {
            var slot = Self.hash(name) & (slots.count - 1)
            while slots[slot] != 0 {
                let candidate = Int(slots[slot] - 1)
                if bytes[candidate].count == name.count,
                   name.isEmpty || bytes[candidate].withUnsafeBytes({ memcmp($0.baseAddress!, name.baseAddress!, name.count) == 0 }) {
                    return UInt16(candidate)
                }
                slot = (slot + 1) & (slots.count - 1)
            }
            guard bytes.count < Int(UInt16.max) - 1 else { return nil }
            bytes.append(Array(name))
            slots[slot] = UInt16(bytes.count)
            if bytes.count * 2 > slots.count { grow() }
            return UInt16(bytes.count - 1)
        }

        private mutating func grow() {
            slots = [UInt16](repeating: 0, count: slots.count * 2)
            for (number, name) in bytes.enumerated() {
                var slot = name.withUnsafeBufferPointer(Self.hash) & (slots.count - 1)
                while slots[slot] != 0 { slot = (slot + 1) & (slots.count - 1) }
                slots[slot] = UInt16(number + 1)
            }
        }

        private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
            Int(bytes.reduce(UInt32(2_166_136_261)) { ($0 ^ UInt32($1)) &* 16_777_619 })
        }
    }
}
