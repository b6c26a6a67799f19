import TerminalText

extension FuzzTarget {
    static func checkDisplayText(_ bytes: [UInt8]) throws(BrokenPromise) {
        guard bytes.count <= maximumInput else { return }
        let text = String(decoding: bytes, as: UTF8.self)
        for multiline in [false, true] {
            let safe = DisplayText.safe(text, multiline: multiline)
            try require(DisplayText.safe(safe, multiline: multiline) == safe, "safe text is not safe again unchanged", bytes)
            for scalar in safe.unicodeScalars {
                let kept = multiline && scalar == "\n"
                try require(kept || !Self.drivesTerminal(scalar), "U+\(String(scalar.value, radix: 16)) reaches the terminal", bytes)
            }
        }
        let safe = DisplayText.safe(text, multiline: true)
        for width in [1, 2, 7, 80] {
            // A character wider than a line (a wide one at width 1, or a cluster of
            // several, `r` with U+302E) has a line of its own, as wide as it is.
            for line in TextWrap.lines(safe, width: width, limit: 1000) where line.count > 1 {
                try require(TerminalWidth.of(line) <= width, "a wrapped line is wider than \(width) columns: \(line.debugDescription)", bytes)
            }
            let (cut, columns) = TerminalWidth.cut(safe, to: width)
            try require(TerminalWidth.of(cut) == columns && columns <= width, "a cut text is wider than \(width) columns", bytes)
        }
    }

    /// Characters a terminal acts on rather than shows: control characters, and those
    /// that reorder or hide what follows.
    private static func drivesTerminal(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || scalar.properties.isBidiControl
    }
}
