/// Reads JSON bytes in one pass without building values: the tokenizer of the fast
/// loader. Each method returns nil (or false) on anything it does not accept, and the
/// load then falls back to the reader that explains the problem.
struct JSONScanner {
    /// Where a string's content is (quotes excluded), and whether it holds escapes.
    struct StringToken {
        let range: Range<Int>
        let isEscaped: Bool
    }

    let bytes: UnsafeBufferPointer<UInt8>
    var position = 0

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { position = 3 }
    }

    var isAtEnd: Bool {
        mutating get {
            skipWhitespace()
            return position == bytes.count
        }
    }

    mutating func skipWhitespace() {
        while position < bytes.count, Self.isWhitespace(bytes[position]) { position += 1 }
    }

    /// Space, tab, line feed or carriage return: what JSON allows between tokens.
    static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09
    }

    /// Consumes `byte` (after whitespace) if it comes next.
    /// The colon after a key, on the key's line: the careful reader (YAML) refuses a line
    /// break before it, so this reader does too.
    mutating func colon() -> Bool {
        while position < bytes.count, bytes[position] == 0x20 || bytes[position] == 0x09 { position += 1 }
        guard position < bytes.count, bytes[position] == UInt8(ascii: ":") else { return false }
        position += 1
        return true
    }

    mutating func next(_ byte: UInt8) -> Bool {
        skipWhitespace()
        guard position < bytes.count, bytes[position] == byte else { return false }
        position += 1
        return true
    }

    /// Consumes the bytes of a literal such as `null` if they come next.
    mutating func literal(_ text: StaticString) -> Bool {
        skipWhitespace()
        let literal = UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount)
        guard bytes.count - position >= literal.count,
              UnsafeBufferPointer(rebasing: bytes[position..<(position + literal.count)]).elementsEqual(literal) else { return false }
        position += literal.count
        return true
    }

    /// A string, checked: valid escapes, valid UTF-8, no raw control characters.
    mutating func string() -> StringToken? {
        guard next(UInt8(ascii: "\"")) else { return nil }
        let start = position
        var index = position
        var escaped = false
        let count = bytes.count
        while true {
            while index + 8 <= count {
                let lookedAt = EightBytes(bytes, at: index).inJSONLookedAt
                guard lookedAt == 0 else {
                    index += EightBytes.bytesBefore(lookedAt)
                    break
                }
                index += 8
            }
            guard index < count else { return nil }
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "\""):
                position = index + 1
                return StringToken(range: start..<index, isEscaped: escaped)
            case UInt8(ascii: "\\"):
                guard let length = escapeLength(at: index) else { return nil }
                escaped = true
                index += length
            // Control characters, DEL among them, are refused raw, as the careful reader
            // refuses them (YAML does), so that both readers say the same of a file.
            case ..<0x20, 0x7F:
                return nil
            case 0x80...:
                // Raw C1 controls (C2 80–9F), U+FFFE, U+FFFF (EF BF BE/BF), U+2028 and U+2029
                // (E2 80 A8/A9) are left to the careful reader, which refuses them (YAML
                // refuses the controls, and reads the separators as line breaks).
                guard let length = Self.sequenceLength(bytes, at: index),
                      !(byte == 0xC2 && bytes[index + 1] < 0xA0),
                      !(byte == 0xEF && bytes[index + 1] == 0xBF && bytes[index + 2] >= 0xBE),
                      !(byte == 0xE2 && bytes[index + 1] == 0x80 && (bytes[index + 2] | 1) == 0xA9) else { return nil }
                index += length
            default:
                index += 1
            }
        }
    }

    /// A positive whole number written plainly (no sign, fraction or exponent).
    mutating func positiveInteger() -> Int? {
        skipWhitespace()
        var value = 0
        let start = position
        // Each byte read once: a mapped file cut short meanwhile reads as zeros from then on.
        while position < bytes.count, position - start < 18 {
            let digit = bytes[position] &- UInt8(ascii: "0")
            guard digit < 10 else { break }
            value = value * 10 + Int(digit)
            position += 1
        }
        guard position > start, bytes[start] != UInt8(ascii: "0") else { return nil }
        if position < bytes.count, [UInt8(ascii: "."), UInt8(ascii: "e"), UInt8(ascii: "E")].contains(bytes[position])
            || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[position]) {
            return nil
        }
        return value
    }

    /// The text of a number as written, if one comes next.
    mutating func number() -> String? {
        skipWhitespace()
        let start = position
        while position < bytes.count, "+-.eE0123456789".utf8.contains(bytes[position]) { position += 1 }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<position]), as: UTF8.self)
        return Double(text) != nil && text.first != "+" ? text : nil
    }

    /// The content bytes of a token from `string()`.
    func content(_ token: StringToken) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(rebasing: bytes[token.range])
    }

    /// The token's text, escapes decoded.
    func text(_ token: StringToken) -> String {
        token.isEscaped ? JSONString.decode(content(token)) : String(decoding: content(token), as: UTF8.self)
    }

    /// The length of the escape at `index` (`\n`, `\u00e9`, a surrogate pair), if valid.
    private func escapeLength(at index: Int) -> Int? {
        guard index + 1 < bytes.count else { return nil }
        switch bytes[index + 1] {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"), UInt8(ascii: "b"), UInt8(ascii: "f"),
             UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"):
            return 2
        case UInt8(ascii: "u"):
            guard let unit = JSONString.hexUnit(bytes, at: index + 2) else { return nil }
            switch unit {
            case 0xD800...0xDBFF:
                guard index + 7 < bytes.count, bytes[index + 6] == UInt8(ascii: "\\"), bytes[index + 7] == UInt8(ascii: "u"),
                      let low = JSONString.hexUnit(bytes, at: index + 8), (0xDC00...0xDFFF).contains(low) else { return nil }
                return 12
            case 0xDC00...0xDFFF: return nil
            default: return 6
            }
        default:
            return nil
        }
    }

    /// The length of the UTF-8 sequence starting at `index`, if it is valid.
    static func sequenceLength(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int? {
        let lead = bytes[index]
        let (length, secondRange): (Int, ClosedRange<UInt8>) = switch lead {
        case 0xC2...0xDF: (2, 0x80...0xBF)
        case 0xE0: (3, 0xA0...0xBF)
        case 0xE1...0xEC, 0xEE...0xEF: (3, 0x80...0xBF)
        case 0xED: (3, 0x80...0x9F)
        case 0xF0: (4, 0x90...0xBF)
        case 0xF1...0xF3: (4, 0x80...0xBF)
        case 0xF4: (4, 0x80...0x8F)
        default: (0, 0...0)
        }
        guard length > 0, index + length <= bytes.count, secondRange.contains(bytes[index + 1]) else { return nil }
        for offset in 2..<length where bytes[index + offset] & 0xC0 != 0x80 { return nil }
        return length
    }
}
