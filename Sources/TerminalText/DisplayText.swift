/// Text from a data file made safe to write to a terminal.
///
/// Data files are untrusted: an escape sequence in a title could rewrite the screen, a
/// `\r` or `\b` move the cursor, a bidi override reorder what follows. Every view
/// (list, show, the explorer) shows data through this one function; exports do not.
public enum DisplayText {
    /// Replaces what a terminal would act on with a visible escape.
    ///
    /// Control characters become caret notation (`^[` for ESC, `^?` for DEL) or `<U+0085>`
    /// for C1; bidi controls and default-ignorable characters (zero-width spaces, joiners)
    /// become `<U+202E>`. With `multiline`, a line feed is kept; otherwise it is escaped too.
    public static func safe(_ text: String, multiline: Bool = false) -> String {
        guard !TerminalWidth.isPrintableASCII(text), text.unicodeScalars.contains(where: { needsEscape($0, multiline: multiline) }) else {
            return text
        }
        var result = ""
        for scalar in text.unicodeScalars {
            if needsEscape(scalar, multiline: multiline) {
                result += escape(scalar)
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    private static func needsEscape(_ scalar: Unicode.Scalar, multiline: Bool) -> Bool {
        switch scalar.value {
        case 0x0A: return !multiline
        case 0x00...0x1F, 0x7F...0x9F: return true
        case 0x20...0x7E: return false
        default:
            return scalar.properties.isBidiControl || scalar.properties.isDefaultIgnorableCodePoint
                || scalar.properties.generalCategory == .lineSeparator
                || scalar.properties.generalCategory == .paragraphSeparator
        }
    }

    private static func escape(_ scalar: Unicode.Scalar) -> String {
        switch scalar.value {
        case 0x00...0x1F: "^" + String(Unicode.Scalar(UInt8(scalar.value) + 0x40))
        case 0x7F: "^?"
        default: "<U+" + String(scalar.value, radix: 16, uppercase: true).leftPadded(to: 4) + ">"
        }
    }
}

private extension String {
    func leftPadded(to width: Int) -> String {
        String(repeating: "0", count: max(0, width - count)) + self
    }
}
