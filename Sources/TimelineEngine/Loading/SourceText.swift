/// The checks a data file passes before any parser sees it: not empty, not binary,
/// valid UTF-8. Each failure names the file and, where it has one, the position.
enum SourceText {
    /// Decodes `bytes` as UTF-8 text, or explains why it is not a data file.
    static func decode(_ bytes: [UInt8], file: String) -> Result<String, Diagnostic> {
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        if body.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
            return .failure(Diagnostic(file: file, position: nil, message: "the file is empty: expected a timeline with 'events'"))
        }
        if let text = String(validating: body, as: UTF8.self) {
            if let nul = text.utf8.firstIndex(of: 0) {
                let position = self.position(of: text.utf8.distance(from: text.utf8.startIndex, to: nul),
                                             in: body, file: file)
                return .failure(Diagnostic(file: file, position: position,
                                           message: "the file holds a NUL byte: it looks binary, not YAML or JSON text"))
            }
            if let (offset, name) = rawLineBreak(in: body) {
                return .failure(Diagnostic(file: file, position: self.position(of: offset, in: body, file: file), message:
                    "a raw \(name), which YAML reads as a line break and JSON as a character: write it escaped "
                        + "(\\u\(name.dropFirst(2).prefix(4).lowercased()))"))
            }
            return .success(text)
        }
        return .failure(invalidUTF8(body, file: file))
    }

    /// The first U+0085, U+2028 or U+2029 written raw, and its name: YAML reads them as
    /// line breaks and JSON as characters, so both readers refuse them (see
    /// `JSONScanner.string`), and a file means one thing.
    private static func rawLineBreak(in bytes: ArraySlice<UInt8>) -> (offset: Int, name: String)? {
        var index = bytes.startIndex
        while let lead = bytes[index...].firstIndex(where: { $0 == 0xC2 || $0 == 0xE2 }) {
            let next = bytes[lead...].dropFirst()
            if bytes[lead] == 0xC2, next.first == 0x85 { return (lead - bytes.startIndex, "U+0085 (next line)") }
            if bytes[lead] == 0xE2, next.starts(with: [0x80, 0xA8]) { return (lead - bytes.startIndex, "U+2028 (line separator)") }
            if bytes[lead] == 0xE2, next.starts(with: [0x80, 0xA9]) { return (lead - bytes.startIndex, "U+2029 (paragraph separator)") }
            index = lead + 1
        }
        return nil
    }

    private static func invalidUTF8(_ bytes: ArraySlice<UInt8>, file: String) -> Diagnostic {
        var decoder = UTF8()
        var iterator = bytes.makeIterator()
        var line = 1
        var column = 1
        var previous: Unicode.Scalar = " "
        loop: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                // Lines end as `endsLine` says: a CR, LF or both.
                if scalar == "\r" || (scalar == "\n" && previous != "\r") {
                    line += 1
                    column = 1
                } else if scalar != "\n" {
                    column += 1
                }
                previous = scalar
            case .emptyInput:
                break loop
            case .error:
                return Diagnostic(file: file, position: SourcePosition(file: file, line: line, column: column),
                                  message: "invalid UTF-8: data files must be UTF-8 text")
            }
        }
        return Diagnostic(file: file, position: nil, message: "invalid UTF-8: data files must be UTF-8 text")
    }

    /// The line and column (in Unicode scalars) of a byte offset into UTF-8 text.
    static func position(of offset: Int, in bytes: ArraySlice<UInt8>, file: String) -> SourcePosition {
        var line = 1
        var lineStart = bytes.startIndex
        for index in bytes.indices.prefix(offset) where endsLine(bytes, at: index) {
            line += 1
            lineStart = index + 1
        }
        let column = bytes[lineStart..<(bytes.startIndex + offset)].reduce(1) { ($1 & 0xC0) == 0x80 ? $0 : $0 + 1 }
        return SourcePosition(file: file, line: line, column: column)
    }

    /// Whether a line ends with the byte at `index`: a line feed, or a carriage return
    /// not followed by one, as YAML counts lines (and so the careful reader's places).
    static func endsLine<Bytes: RandomAccessCollection<UInt8>>(_ bytes: Bytes, at index: Bytes.Index) -> Bool {
        switch bytes[index] {
        case 0x0A: return true
        case 0x0D: return bytes.index(after: index) == bytes.endIndex || bytes[bytes.index(after: index)] != 0x0A
        default: return false
        }
    }
}
