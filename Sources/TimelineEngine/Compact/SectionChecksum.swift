/// A 64-bit checksum of a compact section's bytes, fed in pieces of any size, so that
/// damaged text or numbers no check can catch are refused instead of loaded.
///
/// Each 8-byte word goes through one of four lanes by a step that can be undone (xor,
/// then a multiplication by an odd number), so a change confined to one word always
/// changes the sum; four lanes let the multiplications overlap, a few cycles a word.
struct SectionChecksum {
    private static let block = 32
    private static let prime: UInt64 = 0x9E37_79B9_7F4A_7C15
    private var lanes: (UInt64, UInt64, UInt64, UInt64) = (1, 2, 3, 4)
    private var pending = [UInt8]()
    private var length: UInt64 = 0

    mutating func add(_ bytes: UnsafeRawBufferPointer) {
        length += UInt64(bytes.count)
        var index = 0
        if !pending.isEmpty {
            index = min(Self.block - pending.count, bytes.count)
            pending += bytes[0..<index]
            guard pending.count == Self.block else { return }
            pending.withUnsafeBytes { mix($0, at: 0) }
            pending.removeAll(keepingCapacity: true)
        }
        while index + Self.block <= bytes.count {
            mix(bytes, at: index)
            index += Self.block
        }
        pending += bytes[index...]
    }

    /// The sum of every byte added: the last block is padded with zeros, the length mixed in.
    var value: UInt64 {
        var sum = self
        if !sum.pending.isEmpty {
            sum.pending += repeatElement(0, count: Self.block - sum.pending.count)
            sum.pending.withUnsafeBytes { sum.mix($0, at: 0) }
        }
        let (a, b, c, d) = sum.lanes
        var value = a ^ b.rotated(17) ^ c.rotated(31) ^ d.rotated(47) ^ length
        value = (value ^ value >> 31) &* Self.prime
        return value ^ value >> 29
    }

    private mutating func mix(_ bytes: UnsafeRawBufferPointer, at offset: Int) {
        func word(_ index: Int) -> UInt64 {
            UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: offset + 8 * index, as: UInt64.self))
        }
        lanes.0 = (lanes.0 ^ word(0)) &* Self.prime
        lanes.1 = (lanes.1 ^ word(1)) &* Self.prime
        lanes.2 = (lanes.2 ^ word(2)) &* Self.prime
        lanes.3 = (lanes.3 ^ word(3)) &* Self.prime
    }
}

private extension UInt64 {
    func rotated(_ count: UInt64) -> UInt64 { self << count | self >> (64 - count) }
}
