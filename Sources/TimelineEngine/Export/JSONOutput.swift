import Foundation

/// JSON text made byte by byte as `JSONEncoder` makes it with sorted keys and slashes
/// as they are: indented by two spaces (`pretty`) or on one line. The caller gives the
/// keys in sorted order.
struct JSONOutput: ~Copyable {
    private var bytes: OutputBytes
    let pretty: Bool
    private var depth: Int
    /// Whether the innermost open array or object has no element yet.
    private var isFirst = true

    /// `depth` is the indentation the text starts at (that of a value nested so deep);
    /// `continuing`, that the text goes on an array or object with elements already.
    init(pretty: Bool, depth: Int = 0, continuing: Bool = false, capacity: Int = 1 << 16) {
        bytes = OutputBytes(capacity: capacity)
        self.pretty = pretty
        self.depth = depth
        isFirst = !continuing
    }

    /// The text, handed over without a copy.
    consuming func data() -> Data { bytes.data() }

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
    /// `name` is plain ASCII with nothing to escape.
    mutating func key(_ name: StaticString) {
        element()
        bytes.append(UInt8(ascii: "\""))
        bytes.append(name)
        bytes.append(UInt8(ascii: "\""))
        separateValue()
    }

    mutating func key(_ name: UnsafeBufferPointer<UInt8>) {
        element()
        string(name)
        separateValue()
    }

    /// A key already made a JSON string (`encoded(_:)`).
    mutating func key(encoded name: UnsafeBufferPointer<UInt8>) {
        element()
        encoded(name)
        separateValue()
    }

    /// A value already made JSON text.
    mutating func encoded(_ json: UnsafeBufferPointer<UInt8>) { bytes.append(json) }

    /// Texts as JSON strings, made once to be written many times.
    static func encoded(_ texts: [String]) -> FlatLists<UInt8> {
        var encoded = FlatLists<UInt8>()
        for text in texts {
            var output = JSONOutput(pretty: false, capacity: text.utf8.count + 8)
            output.string(text)
            encoded.appendList(output.bytes.buffer)
        }
        return encoded
    }

    private mutating func separateValue() {
        if pretty { bytes.append(" : ") } else { bytes.append(UInt8(ascii: ":")) }
    }

    mutating func string(_ text: String) {
        var text = text
        text.withUTF8 { string($0) }
    }

    /// A string, escaped as `JSONEncoder` escapes (quote, backslash, and control
    /// characters), and characters the readers take only escaped (`escapedBeyondEncoder`).
    mutating func string(_ text: UnsafeBufferPointer<UInt8>) {
        bytes.append(UInt8(ascii: "\""))
        var plainFrom = 0
        var index = 0
        while index < text.count {
            if index + 8 <= text.count {
                let lookedAt = EightBytes(text, at: index).inJSONLookedAt
                guard lookedAt != 0 else {
                    index += 8
                    continue
                }
                index += EightBytes.bytesBefore(lookedAt)
            }
            guard Self.mayStartEscape(text[index]), let (scalar, length) = Self.escaped(text, at: index) else {
                index += 1
                continue
            }
            bytes.append(UnsafeBufferPointer(rebasing: text[plainFrom..<index]))
            index += length
            plainFrom = index
            switch scalar {
            case 0x22, 0x5C:
                bytes.append(UInt8(ascii: "\\"))
                bytes.append(UInt8(scalar))
            case 0x08: bytes.append(#"\b"#)
            case 0x09: bytes.append(#"\t"#)
            case 0x0A: bytes.append(#"\n"#)
            case 0x0C: bytes.append(#"\f"#)
            case 0x0D: bytes.append(#"\r"#)
            default: Self.unicodeEscape(scalar).withUnsafeBufferPointer { bytes.append($0) }
            }
        }
        bytes.append(UnsafeBufferPointer(rebasing: text[plainFrom...]))
        bytes.append(UInt8(ascii: "\""))
    }

    /// JSON from `JSONEncoder` with the characters it leaves raw that the readers refuse
    /// raw escaped: DEL, the C1 controls and U+FFFE, U+FFFF, which YAML does not allow
    /// unescaped, and U+2028, U+2029, which YAML reads as line breaks (see
    /// `SourceText`). Every file this program writes as JSON loads back.
    static func escapedBeyondEncoder(_ json: Data) -> Data {
        json.withUnsafeBytes { raw in
            let text = raw.bindMemory(to: UInt8.self)
            var result = [UInt8]()
            var plainFrom = 0
            var index = 0
            while index < text.count {
                guard text[index] >= 0x7F, Self.mayStartEscape(text[index]),
                      let (scalar, length) = Self.escaped(text, at: index) else {
                    index += 1
                    continue
                }
                if result.isEmpty { result.reserveCapacity(text.count + 64) }
                result.append(contentsOf: UnsafeBufferPointer(rebasing: text[plainFrom..<index]))
                result += unicodeEscape(scalar)
                index += length
                plainFrom = index
            }
            guard plainFrom > 0 else { return json }
            result.append(contentsOf: UnsafeBufferPointer(rebasing: text[plainFrom...]))
            return Data(result)
        }
    }

    /// The first bytes of what may need escaping: controls, quote, backslash, DEL, and the
    /// lead bytes of the C1 controls (C2), of U+2028 and U+2029 (E2) and of U+FFFE and
    /// U+FFFF (EF).
    @inline(__always)
    private static func mayStartEscape(_ byte: UInt8) -> Bool {
        byte < 0x20 || byte == 0x22 || byte == 0x5C || byte >= 0x7F && (byte == 0x7F || byte == 0xC2 || byte == 0xE2 || byte == 0xEF)
    }

    /// The character at `index` that is written escaped, and its length in bytes; nil
    /// when it is written as it is.
    private static func escaped(_ text: UnsafeBufferPointer<UInt8>, at index: Int) -> (UInt32, Int)? {
        let byte = text[index]
        switch byte {
        case 0xC2:
            guard index + 1 < text.count, (0x80...0x9F).contains(text[index + 1]) else { return nil }
            return (UInt32(text[index + 1]), 2)
        case 0xE2:
            guard index + 2 < text.count, text[index + 1] == 0x80, text[index + 2] | 1 == 0xA9 else { return nil }
            return (0x2000 | UInt32(text[index + 2] & 0x3F), 3)
        case 0xEF:
            guard index + 2 < text.count, text[index + 1] == 0xBF, text[index + 2] >= 0xBE else { return nil }
            return (0xFFC0 | UInt32(text[index + 2] & 0x3F), 3)
        default:
            return (UInt32(byte), 1)
        }
    }

    /// `\u` and the scalar in four lower-case hex digits.
    private static func unicodeEscape(_ scalar: UInt32) -> [UInt8] {
        let hex = Array("0123456789abcdef".utf8)
        return [UInt8(ascii: "\\"), UInt8(ascii: "u")] + stride(from: 12, through: 0, by: -4).map { hex[Int(scalar >> UInt32($0) & 0xF)] }
    }

    mutating func number(_ value: Int) {
        bytes.append(String(value))
    }

    /// A number as `JSONEncoder` writes a `Double`: the shortest text that reads back
    /// the same, without a trailing `.0`.
    mutating func number(_ value: Double) {
        let text = value.description
        bytes.append(text.hasSuffix(".0") ? String(text.dropLast(2)) : text)
    }

    private mutating func indent() {
        bytes.append(repeating: 0x20, count: depth * 2)
    }
}
