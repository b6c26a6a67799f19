import TerminalText

/// Text from the data, made harmless for formats people open in other programs:
/// control characters, escape sequences and bidi overrides are shown as `^[` and
/// `<U+202E>` instead of being written raw (line breaks stay where the format allows them).
enum ExportText {
    static func clean(_ text: String, multiline: Bool = false) -> String {
        DisplayText.safe(text, multiline: multiline)
    }
}
