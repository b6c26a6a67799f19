import Testing
@testable import TimelineEngine

/// The searches of eight bytes at once that the JSON reader and the JSON and CSV
/// writers go through plain text with, against the same questions asked byte by byte.
@Suite("Eight bytes at a time")
struct EightBytesTests {
    @Test("every byte value, at every place among plain letters, is found where it is and only there")
    func eachByteAtEachPlace() {
        for value in UInt8.min...UInt8.max {
            for place in 0..<8 {
                var bytes = [UInt8](repeating: UInt8(ascii: "a"), count: 8)
                bytes[place] = value
                bytes.withUnsafeBufferPointer { buffer in
                    let word = EightBytes(buffer, at: 0)
                    let isPlain = value == UInt8(ascii: "a")
                    check(word.equal(to: UInt8(ascii: "\"")), value == UInt8(ascii: "\""), place)
                    check(word.equal(to: value), true, isPlain ? 0 : place)
                    check(word.below(0x20), value < 0x20, place)
                    check(word.notASCII, value >= 0x80, place)
                    let looked = value < 0x20 || value >= 0x7F || value == UInt8(ascii: "\"") || value == UInt8(ascii: "\\")
                    check(word.inJSONLookedAt, looked, place)
                }
            }
        }
    }

    @Test("of two bytes found, the first is the one told")
    func firstOfTwo() {
        for first in 0..<7 {
            for second in (first + 1)..<8 {
                var bytes = Array("plain te".utf8)
                bytes[first] = 0x0A
                bytes[second] = 0x00
                let found = bytes.withUnsafeBufferPointer { EightBytes($0, at: 0).below(0x20) }
                #expect(EightBytes.bytesBefore(found) == first)
            }
        }
    }

    @Test("read at any place of a longer text")
    func unaligned() {
        let text = Array("0123456789abcdef\"".utf8)
        for start in 0...(text.count - 8) {
            let found = text.withUnsafeBufferPointer { EightBytes($0, at: start).equal(to: UInt8(ascii: "\"")) }
            #expect((found != 0) == (start + 8 == text.count))
        }
    }

    private func check(_ found: UInt64, _ expected: Bool, _ place: Int, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect((found != 0) == expected, sourceLocation: sourceLocation)
        if expected { #expect(EightBytes.bytesBefore(found) == place, sourceLocation: sourceLocation) }
    }
}
