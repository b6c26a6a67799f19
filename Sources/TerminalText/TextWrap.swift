/// Breaks text into lines of at most `width` columns, at spaces where it can and
/// inside a word only when the word alone is wider than a line.
public enum TextWrap {
    /// The lines of `text`, or its first `limit` lines: a caller that shows a screenful
    /// need not wrap all of a long text. Each character is measured once, so the cost
    /// grows with the text read, however long its words.
    public static func lines(_ text: String, width: Int, limit: Int = .max) -> [String] {
        guard width > 0, limit > 0 else { return [] }
        var lines = [String]()
        var line = ""
        var lineWidth = 0
        var word = ""
        var wordWidth = 0

        func endLine() {
            lines.append(line)
            line = ""
            lineWidth = 0
        }
        func placeWord() {
            guard !word.isEmpty else { return }
            let gap = line.isEmpty ? 0 : 1
            if lineWidth + gap + wordWidth > width, !line.isEmpty { endLine() }
            if !line.isEmpty {
                line.append(" ")
                lineWidth += 1
            }
            line += word
            lineWidth += wordWidth
            word = ""
            wordWidth = 0
        }

        for character in text {
            if lines.count >= limit { return lines }
            switch character {
            case "\n":
                placeWord()
                endLine()
            case " ":
                placeWord()
            default:
                let columns = TerminalWidth.of(character)
                if wordWidth + columns > width, !word.isEmpty {
                    // A word wider than a line: what fits goes on a line of its own.
                    if !line.isEmpty { endLine() }
                    line = word
                    lineWidth = wordWidth
                    word = ""
                    wordWidth = 0
                    endLine()
                }
                word.append(character)
                wordWidth += columns
            }
        }
        placeWord()
        if lines.count < limit { lines.append(line) }
        return Array(lines.prefix(limit))
    }
}
