import Foundation

/// JSON text made byte by byte as `JSONEncoder` makes it with sorted keys and slashes
/// as they are: indented by two spaces (`pretty`) or on one line. The caller gives the
/// keys in sorted order.
struct JSONOutput {
    private(set) var bytes: [UInt8] = []
    let pretty: Bool
    private var depth: Int
    /// Whether the innermost open array or object has no element yet.
    private var isFirst = true

    /// `depth` is the indentation the text starts at (that of a value nested so deep);
    /// `continuing`, that the text goes on an array or object with elements already.
    init(pretty: Bool, depth: Int = 0, continuing: Bool = false) {
        self.pretty = pretty
        self.depth = depth
        isFirst = !continuing
    }

    mutating func raw(_ text: StaticString) {
        text.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    /// Ends a line, as after each record of JSON Lines.
    mutating func lineBreak() { bytes.append(0x0A) }

    mutating func open(_ bracket: UInt8) {
        bytes.append(bracket)
        depth += 1
        isFirst = true
    }

    mutating func close(_ bracket: UInt8) {
        depth -= 1
        if pretty {
            bytes.append(0x0A)
            if isFirst { bytes.append(0x0A) }
            indent()
        }
        bytes.append(bracket)
        isFirst = false
    }

    /// Starts an element of the innermost array.
    mutating func element() {
        if !isFirst { bytes.append(UInt8(ascii: ",")) }
        if pretty {
            bytes.append(0x0A)
            indent()
        }
        isFirst = false
    }

    /// Starts a member of the innermost object: its key, then the value to come.
    mutating func key(_ name: StaticString) {
        name.withUTF8Buffer { key($0) }
    }

    mutating func key(_ name: UnsafeBufferPointer<UInt8>) {
        element()
        string(name)
        if pretty { raw(" : ") } else { bytes.append(UInt8(ascii: ":")) }
    }

    mutating func string(_ text: String) {
        var text = text
        text.withUTF8 { string($0) }
    }

    /// A string, escaped as `JSONEncoder` escapes: quote, backslash, and control characters.
    mutating func string(_ text: UnsafeBufferPointer<UInt8>) {
        bytes.append(UInt8(ascii: "\""))
        var plainFrom = 0
        var index = 0
        while index < text.count {
            let byte = text[index]
            index += 1
            guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else { continue }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: text[plainFrom..<(index - 1)]))
            plainFrom = index
            bytes.append(UInt8(ascii: "\\"))
            switch byte {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"): bytes.append(byte)
            case 0x08: bytes.append(UInt8(ascii: "b"))
            case 0x09: bytes.append(UInt8(ascii: "t"))
            case 0x0A: bytes.append(UInt8(ascii: "n"))
            case 0x0C: bytes.append(UInt8(ascii: "f"))
            case 0x0D: bytes.append(UInt8(ascii: "r"))
            default:
                let hex = Array("0123456789abcdef".utf8)
                bytes += [UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"), hex[Int(byte >> 4)], hex[Int(byte & 0xF)]]
            }
        }
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: text[plainFrom...]))
        bytes.append(UInt8(ascii: "\""))
    }

    mutating func number(_ value: Int) {
        bytes.append(contentsOf: String(value).utf8)
    }

    /// A number as `JSONEncoder` writes a `Double`: the shortest text that reads back
    /// the same, without a trailing `.0`.
    mutating func number(_ value: Double) {
        let text = value.description
        bytes.append(contentsOf: (text.hasSuffix(".0") ? String(text.dropLast(2)) : text).utf8)
    }

    private mutating func indent() {
        for _ in 0..<(depth * 2) { bytes.append(0x20) }
    }
}
