import Foundation
import TimelineEngine

/// CSV text made byte by byte, for every command that writes CSV: RFC 4180 quoting (a
/// field holding a comma, a quote or a line break is quoted, its quotes doubled), each
/// row ending in a line feed. Written here rather than by the CSV package, whose writer
/// took over 50 µs a row, too slow for a million events (the package still reads CSV).
public struct CSVText: ~Copyable {
    private var bytes = OutputBytes()
    private var rowHasField = false
    /// Where the field being made by `append` starts in `bytes`: it is written in place,
    /// and quoted by `endField` if it must be.
    private var fieldStart = 0

    public init() {}

    /// The text, handed over without a copy.
    public consuming func data() -> Data { bytes.data() }

    /// Rows as CSV text, for small tables.
    public static func render(_ rows: [[String]]) -> String {
        var text = CSVText()
        for row in rows {
            for field in row { text.field(field) }
            text.endRow()
        }
        return String(decoding: text.bytes.buffer, as: UTF8.self)
    }

    /// Adds to the field being made.
    public mutating func append(_ text: UnsafeBufferPointer<UInt8>) { bytes.append(text) }
    public mutating func append(_ text: String) { bytes.append(text) }

    /// A whole field.
    public mutating func field(_ text: String) {
        append(text)
        endField()
    }

    /// Ends the field made by `append`. With `guardingFormulas`, a field a spreadsheet
    /// would run as a formula (`=`, `+`, `-` or `@` first, and not a number) gets a `'`
    /// before it, which `import` takes off.
    public mutating func endField(guardingFormulas: Bool = false) {
        let field = UnsafeBufferPointer(rebasing: bytes.buffer[fieldStart...])
        let quote = UInt8(ascii: "\"")
        let isGuarded = guardingFormulas && field.first.map(Self.formulaStarts.contains) == true
            && Double(String(decoding: field, as: UTF8.self)) == nil
        let isQuoted = Self.mustBeQuoted(field)
        if isGuarded || isQuoted {
            let text = Array(field)
            bytes.removeLast(bytes.count - fieldStart)
            if isQuoted { bytes.append(quote) }
            if isGuarded { bytes.append(UInt8(ascii: "'")) }
            for byte in text {
                bytes.append(byte)
                if byte == quote { bytes.append(quote) }
            }
            if isQuoted { bytes.append(quote) }
        }
        // Each field is followed by a comma; the row's last one gives way to the line feed.
        bytes.append(UInt8(ascii: ","))
        rowHasField = true
        fieldStart = bytes.count
    }

    public mutating func endRow() {
        if rowHasField { bytes.removeLast(1) }
        bytes.append(0x0A)
        rowHasField = false
        fieldStart = bytes.count
    }

    private static let formulaStarts = Array("=+-@".utf8)

    /// What makes a field quoted: a quote, a comma, a line break.
    private static let quotedFor = [UInt8(ascii: "\""), UInt8(ascii: ","), 0x0A, 0x0D]

    /// Whether `field` must be quoted, looked at eight bytes at a time.
    private static func mustBeQuoted(_ field: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        while index + 8 <= field.count {
            let bytes = EightBytes(field, at: index)
            if quotedFor.contains(where: { bytes.equal(to: $0) != 0 }) { return true }
            index += 8
        }
        return field[index...].contains(where: quotedFor.contains)
    }
}
