/// Eight bytes of text read as one number, to go through plain text eight bytes at a
/// time: the JSON reader and the JSON and CSV writers stop byte by byte only near what
/// they must look at. A search gives the high bit of each byte found, the first byte
/// lowest; a byte after the first one found may be flagged wrongly (a borrow carries
/// up), so only whether any is found, and which is first, can be trusted.
@frozen public struct EightBytes {
    @usableFromInline let word: UInt64

    /// The eight bytes at `index` of `bytes`, which has eight from there.
    @inlinable
    public init(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) {
        word = UInt64(littleEndian: UnsafeRawPointer(bytes.baseAddress! + index).loadUnaligned(as: UInt64.self))
    }

    @usableFromInline static let ones: UInt64 = 0x0101_0101_0101_0101
    @usableFromInline static let highs: UInt64 = 0x8080_8080_8080_8080

    /// The bytes equal to `byte`.
    @inlinable
    public func equal(to byte: UInt8) -> UInt64 {
        let zeroIfEqual = word ^ Self.ones &* UInt64(byte)
        return (zeroIfEqual &- Self.ones) & ~zeroIfEqual & Self.highs
    }

    /// The bytes below `bound`, which is at most 0x80.
    @inlinable
    public func below(_ bound: UInt8) -> UInt64 { (word &- Self.ones &* UInt64(bound)) & ~word & Self.highs }

    /// The bytes that are not ASCII.
    @inlinable
    public var notASCII: UInt64 { word & Self.highs }

    /// The bytes JSON text looks at: quotes, backslashes, control characters, DEL, and
    /// every byte that is not ASCII.
    var inJSONLookedAt: UInt64 {
        notASCII | below(0x20) | equal(to: UInt8(ascii: "\"")) | equal(to: UInt8(ascii: "\\")) | equal(to: 0x7F)
    }

    /// How many bytes come before the first one flagged in `found` (not 0).
    @inlinable
    public static func bytesBefore(_ found: UInt64) -> Int { found.trailingZeroBitCount >> 3 }
}
