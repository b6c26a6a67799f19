import Foundation
import TimelineEngine

/// CSV text made byte by byte, for every command that writes CSV: RFC 4180 quoting (a
/// field holding a comma, a quote or a line break is quoted, its quotes doubled), each
/// row ending in a line feed. Written here rather than by the CSV package, whose writer
/// took over 50 µs a row, too slow for a million events (the package still reads CSV).
public struct CSVText: ~Copyable {
    private var bytes = OutputBytes()
    private var rowHasField = false
    /// The field being made by `append`, written by `endField`.
    private var cell: [UInt8] = []

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
    public mutating func append(_ text: UnsafeBufferPointer<UInt8>) { cell.append(contentsOf: text) }
    public mutating func append(_ text: String) { cell.append(contentsOf: text.utf8) }

    /// A whole field.
    public mutating func field(_ text: String) {
        append(text)
        endField()
    }

    /// Writes the field made by `append`. With `guardingFormulas`, a field a spreadsheet
    /// would run as a formula (`=`, `+`, `-` or `@` first, and not a number) gets a `'`
    /// before it, which `import` takes off.
    public mutating func endField(guardingFormulas: Bool = false) {
        if rowHasField { bytes.append(UInt8(ascii: ",")) }
        rowHasField = true
        if guardingFormulas, let first = cell.first, Self.formulaStarts.contains(first),
           Double(String(decoding: cell, as: UTF8.self)) == nil {
            cell.insert(UInt8(ascii: "'"), at: 0)
        }
        let quote = UInt8(ascii: "\"")
        if cell.contains(where: { $0 == quote || $0 == UInt8(ascii: ",") || $0 == 0x0A || $0 == 0x0D }) {
            bytes.append(quote)
            for byte in cell {
                bytes.append(byte)
                if byte == quote { bytes.append(quote) }
            }
            bytes.append(quote)
        } else {
            cell.withUnsafeBufferPointer { bytes.append($0) }
        }
        cell.removeAll(keepingCapacity: true)
    }

    public mutating func endRow() {
        bytes.append(0x0A)
        rowHasField = false
    }

    private static let formulaStarts = Array("=+-@".utf8)
}
