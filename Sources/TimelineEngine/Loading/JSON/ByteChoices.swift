#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Finds which of a few known words some bytes spell, without making a string:
/// field names, kinds, roles and link types read by the fast loader. Each word's first
/// eight bytes are compared as one integer, the rest (if any) with `memcmp`.
struct ByteChoices<Value: Sendable>: Sendable {
    private let choices: [(head: UInt64, bytes: [UInt8], value: Value)]

    init(_ choices: [(String, Value)]) {
        self.choices = choices.map { word, value in
            let bytes = Array(word.utf8)
            return (bytes.withUnsafeBufferPointer(Self.head), bytes, value)
        }
    }

    func value(of bytes: UnsafeBufferPointer<UInt8>) -> Value? {
        let head = Self.head(bytes)
        for choice in choices where choice.head == head && choice.bytes.count == bytes.count {
            guard bytes.count > 8 else { return choice.value }
            let tail = choice.bytes.withUnsafeBufferPointer { memcmp($0.baseAddress! + 8, bytes.baseAddress! + 8, bytes.count - 8) }
            if tail == 0 { return choice.value }
        }
        return nil
    }

    /// The first eight bytes, zero-padded, as one integer.
    private static func head(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var head: UInt64 = 0
        for index in 0..<min(8, bytes.count) { head |= UInt64(bytes[index]) << (8 * index) }
        return head
    }
}

extension ByteChoices where Value: RawRepresentable & CaseIterable, Value.RawValue == String {
    /// The cases of an enumeration, by raw value.
    init() { self.init(Value.allCases.map { ($0.rawValue, $0) }) }
}
