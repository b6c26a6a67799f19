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

    /// The columns a string takes.
    public static func of(_ text: String) -> Int {
        text.reduce(0) { $0 + of($1) }
    }

    /// `text` cut to at most `width` columns, ending with "…" when something was cut.
    /// It reads no further than the first character that does not fit.
    public static func truncate(_ text: String, to width: Int) -> String {
        guard width > 0 else { return "" }
        var used = 0
        var ellipsisAt: String.Index?
        for index in text.indices {
            let columns = of(text[index])
            if ellipsisAt == nil, used + columns > width - 1 { ellipsisAt = index }
            used += columns
            if used > width, let ellipsisAt { return String(text[..<ellipsisAt]) + "…" }
        }
        return text
    }

    /// `text` cut or padded with spaces to exactly `width` columns.
    public static func fit(_ text: String, to width: Int) -> String {
        let cut = truncate(text, to: width)
        return cut + String(repeating: " ", count: max(0, width - of(cut)))
    }

    /// `wcwidth` answers for the locale's character set, so it is made UTF-8 once.
    private static let utf8Locale: Void = { _ = pk_use_utf8_ctype() }()
}
