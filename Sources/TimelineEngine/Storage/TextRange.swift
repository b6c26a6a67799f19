/// Where one string of an event is, relative to the start of the event's text.
///
/// Strings read from JSON are kept as written, escapes included; `isEscaped` says
/// they must be decoded before use.
struct TextRange: Sendable, Hashable {
    let offset: UInt32
    /// The count, with `isEscaped` in its top bit.
    let packedCount: UInt32

    init(offset: Int, count: Int, isEscaped: Bool = false) {
        self.offset = UInt32(offset)
        packedCount = UInt32(count) | (isEscaped ? 1 << 31 : 0)
    }

    /// A range as stored (see `CompactLayout`).
    init(offset: UInt32, packedCount: UInt32) {
        self.offset = offset
        self.packedCount = packedCount
    }

    /// A field with no value (`acronym: null`).
    static let absent = TextRange(offset: Int(UInt32.max), count: 0)

    var isAbsent: Bool { offset == UInt32.max }
    var count: Int { Int(packedCount & ~(1 << 31)) }
    var isEscaped: Bool { packedCount & (1 << 31) != 0 }
    var range: Range<Int> { Int(offset)..<(Int(offset) + count) }

    /// The string at this range of an event's text; nil when absent.
    func text(in bytes: [UInt8]) -> String? {
        isAbsent ? nil : string(in: bytes)
    }

    func string(in bytes: [UInt8]) -> String {
        guard !isAbsent else { return "" }
        return bytes.withUnsafeBufferPointer { buffer in
            let slice = UnsafeBufferPointer(rebasing: buffer[range])
            return isEscaped ? JSONString.decode(slice) : String(decoding: slice, as: UTF8.self)
        }
    }
}

/// Where all the text of one event is: a stretch of one source's bytes.
struct TextSpan: Sendable, Hashable {
    let source: Int32
    let count: UInt32
    let offset: Int

    init(source: Int, offset: Int, count: Int) {
        self.source = Int32(source)
        self.offset = offset
        self.count = UInt32(count)
    }
}
