#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// The bytes of text being made for output, a block of events at a time. An append
/// is a store and a count, where an array's also checks that it is the array's only
/// owner and may call out to grow it: a million events are some fifty million appends.
/// Handed over as `Data` without a copy (`data()`).
public struct OutputBytes: ~Copyable {
    private var base: UnsafeMutablePointer<UInt8>
    public private(set) var count = 0
    private var capacity: Int

    public init(capacity: Int = 1 << 16) {
        self.capacity = Swift.max(capacity, 16)
        base = Self.allocate(self.capacity)
    }

    deinit { free(base) }

    /// The bytes so far, valid until the next change.
    public var buffer: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: base, count: count) }

    @inline(__always)
    public mutating func append(_ byte: UInt8) {
        if count == capacity { grow(toHold: count + 1) }
        base[count] = byte
        count += 1
    }

    @inline(__always)
    public mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let source = bytes.baseAddress else { return }
        if count + bytes.count > capacity { grow(toHold: count + bytes.count) }
        (base + count).update(from: source, count: bytes.count)
        count += bytes.count
    }

    public mutating func append(_ text: StaticString) {
        append(UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    public mutating func append(_ text: String) {
        var text = text
        text.withUTF8 { append($0) }
    }

    public mutating func append(repeating byte: UInt8, count repeats: Int) {
        guard repeats > 0 else { return }
        if count + repeats > capacity { grow(toHold: count + repeats) }
        (base + count).update(repeating: byte, count: repeats)
        count += repeats
    }

    /// Takes off the last `count` bytes.
    public mutating func removeLast(_ removed: Int) {
        precondition(removed >= 0 && removed <= count, "removing \(removed) of \(count) bytes")
        count -= removed
    }

    /// The bytes, handed over without a copy.
    public consuming func data() -> Data {
        let data = Data(bytesNoCopy: base, count: count, deallocator: .free)
        discard self
        return data
    }

    private mutating func grow(toHold needed: Int) {
        capacity = Swift.max(needed, capacity * 2)
        guard let grown = realloc(base, capacity) else { fatalError("out of memory: \(capacity) bytes of output") }
        base = grown.assumingMemoryBound(to: UInt8.self)
    }

    private static func allocate(_ capacity: Int) -> UnsafeMutablePointer<UInt8> {
        guard let memory = malloc(capacity) else { fatalError("out of memory: \(capacity) bytes of output") }
        return memory.assumingMemoryBound(to: UInt8.self)
    }
}
