import CTerminalWidth

/// How many terminal columns text takes, measured as the C library measures it
/// (`wcwidth`), which is what ncursesw and most terminals use to place characters: wide
/// (East Asian, emoji) characters take two columns, combining marks none.
public enum TerminalWidth {
    /// The columns one character takes: the sum over its scalars, so that combining
    /// marks add nothing; a scalar the library calls unprintable counts one column.
    public static func of(_ character: Character) -> Int {
        let scalars = character.unicodeScalars
        if scalars.count == 1, let scalar = scalars.first, scalar.value < 0x7F {
            return scalar.value < 0x20 ? 0 : 1
        }
        _ = utf8Locale
        return scalars.reduce(0) { total, scalar in
            let columns = pk_wcwidth(scalar.value)
            return total + (columns < 0 ? 1 : Int(columns))
        }
    }

    /// The columns a string takes: the sum over its scalars, as over its characters,
    /// which only a cluster holding a control character (`\r\n`) would make differ.
    public static func of(_ text: String) -> Int {
        if isPrintableASCII(text) { return text.utf8.count }
        guard !text.utf8.contains(where: { $0 < 0x20 }) else { return text.reduce(0) { $0 + of($1) } }
        _ = utf8Locale
        return text.unicodeScalars.reduce(0) { total, scalar in
            let columns = scalar.value < 0x7F ? 1 : pk_wcwidth(scalar.value)
            return total + (columns < 0 ? 1 : Int(columns))
        }
    }

    /// Whether every character of `text` is printable ASCII, one column each: nearly
    /// every id and title, measured and cut by counting bytes.
    static func isPrintableASCII(_ text: String) -> Bool {
        var text = text
        return text.withUTF8(isPrintableASCII)
    }

    /// Whether every byte of some UTF-8 text is printable ASCII.
    public static func isPrintableASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        // One test a byte, with no branch, so that the loop runs many bytes at a time:
        // the top bit is set below 0x20 (by the subtraction) and from 0x7F (by the addition).
        var outside: UInt8 = 0
        for byte in bytes { outside |= (byte &+ 1) | (byte &- 0x20) }
        return outside & 0x80 == 0
    }

    /// `text` cut to at most `width` columns, ending with "…" when something was cut.
    /// It reads no further than the first character that does not fit.
    public static func truncate(_ text: String, to width: Int) -> String {
        cut(text, to: width).text
    }

    /// `text` cut as `truncate` cuts it, and the columns it then takes.
    public static func cut(_ text: String, to width: Int) -> (text: String, width: Int) {
        guard width > 0 else { return ("", 0) }
        if isPrintableASCII(text) {
            let count = text.utf8.count
            return count <= width ? (text, count) : (String(text.utf8.prefix(width - 1))! + "…", width)
        }
        let whole = of(text)
        if whole <= width { return (text, whole) }
        var used = 0
        var ellipsisAt: String.Index?
        var usedBefore = 0
        for index in text.indices {
            let columns = of(text[index])
            if ellipsisAt == nil, used + columns > width - 1 { (ellipsisAt, usedBefore) = (index, used) }
            used += columns
            if used > width, let ellipsisAt { return (String(text[..<ellipsisAt]) + "…", usedBefore + 1) }
        }
        return (text, whole)
    }

    /// `text` cut or padded with spaces to exactly `width` columns.
    public static func fit(_ text: String, to width: Int) -> String {
        let (cut, used) = cut(text, to: width)
        return cut + String(repeating: " ", count: max(0, width - used))
    }

    /// `wcwidth` answers for the locale's character set, so it is made UTF-8 once.
    private static let utf8Locale: Void = { _ = pk_use_utf8_ctype() }()
}
