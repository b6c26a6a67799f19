import Foundation

extension SearchKey {
    /// Folds many texts, remembering how each non-ASCII character folds, so that a
    /// million titles cost little more than their ASCII bytes.
    struct Folder {
        /// How each scalar of the Basic Multilingual Plane folds, once met (see `Folding`);
        /// made at the first non-ASCII scalar.
        private var known = [UInt32]()
        /// How each scalar beyond that plane folds, once met.
        private var knownBeyond = [Unicode.Scalar: UInt32]()
        /// The foldings longer than a `Folding` holds.
        private var long = [[UInt8]]()
        /// Where a text is folded before it is copied out in one go.
        private var scratch = [UInt8]()
        private let asciiFolding = Self.asciiFoldingTable

        mutating func fold(_ text: String) -> [UInt8] {
            var text = text
            var result = [UInt8]()
            text.withUTF8 { append($0, to: &result, wordsFrom: 0) }
            return result
        }

        /// Appends the folded form of UTF-8 `bytes` to `output`, one space before its
        /// first word when `output` already holds words after `wordsFrom`.
        mutating func append(_ bytes: UnsafeBufferPointer<UInt8>, to output: inout [UInt8], wordsFrom start: Int) {
            // A character folds to at most its own length and the space before it, and a
            // space comes only after a separator (or first), so the folded text does not
            // outgrow the text plus one byte; the rare character that folds longer than it
            // is makes room for itself first.
            var scratch = [UInt8]()
            swap(&scratch, &self.scratch)
            var words = Words(started: output.count > start)
            var index = 0
            var written = 0
            var longest = 0
            repeat {
                let needed = written + bytes.count - index + longest + 2
                if scratch.count < needed { scratch += [UInt8](repeating: 0, count: needed) }
                longest = scratch.withUnsafeMutableBufferPointer { buffer in
                    fold(bytes, from: &index, into: buffer, at: &written, &words)
                }
            } while index < bytes.count
            scratch.withUnsafeBufferPointer { output.append(contentsOf: $0[..<written]) }
            self.scratch = scratch
        }

        /// Folds from `index` on into `buffer` at `written`, until the end of `bytes` or a
        /// character that folds longer than it is and does not fit; the length of that folding, or 0.
        private mutating func fold(_ bytes: UnsafeBufferPointer<UInt8>, from index: inout Int,
                                   into buffer: UnsafeMutableBufferPointer<UInt8>, at written: inout Int,
                                   _ words: inout Words) -> Int {
            var position = index, end = written, state = words
            defer { (index, written, words) = (position, end, state) }
            return asciiFolding.withUnsafeBufferPointer { asciiFolding in
                while position < bytes.count {
                    let byte = bytes[position]
                    if byte < 0x80 {
                        // Without branches, which word boundaries would mispredict: a space is
                        // always stored and kept only when due, a letter or 0 is always stored
                        // and kept only when a letter.
                        position &+= 1
                        let letter = asciiFolding[Int(byte)]
                        let isLetter = (letter &+ 0x7F) >> 7
                        buffer[end] = 0x20
                        end &+= Int(isLetter & state.spaceDue)
                        buffer[end] = letter
                        end &+= Int(isLetter)
                        state.spaceDue = state.started & ~isLetter & 1
                        state.started |= isLetter
                        continue
                    }
                    let (scalar, length) = Self.decode(bytes, at: position)
                    let folding = self.folding(scalar)
                    if folding.isNothing {
                        position += length
                        continue
                    }
                    guard !folding.isSeparator else {
                        position += length
                        state.spaceDue = state.started
                        continue
                    }
                    let count = folding.count(long)
                    guard count <= length || end + count + (bytes.count - position - length) + 2 <= buffer.count else {
                        return count
                    }
                    position += length
                    if state.spaceDue == 1 {
                        buffer[end] = 0x20
                        end += 1
                    }
                    state.spaceDue = 0
                    state.started = 1
                    end = folding.write(into: buffer, at: end, long)
                }
                return 0
            }
        }

        /// Where the folding is between words, as 0 or 1 for arithmetic without branches.
        private struct Words {
            /// Whether some word came before.
            var started: UInt8
            /// Whether a separator came since the last letter, and a word before it.
            var spaceDue: UInt8

            init(started: Bool) {
                self.started = started ? 1 : 0
                spaceDue = self.started
            }
        }

        private mutating func folding(_ scalar: Unicode.Scalar) -> Folding {
            guard scalar.value < 0x1_0000 else {
                if let code = knownBeyond[scalar] { return Folding(code: code) }
                let folding = Folding(letters: Self.letters(of: scalar), long: &long)
                knownBeyond[scalar] = folding.code
                return folding
            }
            if known.isEmpty { known = [UInt32](repeating: 0, count: 0x1_0000) }
            if known[Int(scalar.value)] == 0 {
                known[Int(scalar.value)] = Folding(letters: Self.letters(of: scalar), long: &long).code
            }
            return Folding(code: known[Int(scalar.value)])
        }

        /// The letters a scalar folds to; empty for a separator, nil for a combining
        /// mark, which adds nothing to the word it is in.
        private static func letters(of scalar: Unicode.Scalar) -> [UInt8]? {
            guard scalar.properties.generalCategory != .nonspacingMark else { return nil }
            let text = String(scalar).folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
            let kept = text.unicodeScalars.filter { $0.properties.isAlphabetic || $0.properties.numericType != nil }
            return Array(String(String.UnicodeScalarView(kept)).lowercased().utf8)
        }

        /// The scalar starting at `index`, from bytes checked as UTF-8 (a sequence cut
        /// short at the end reads as U+FFFD), and its length in bytes.
        private static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (Unicode.Scalar, Int) {
            let lead = UInt32(bytes[index])
            let length = lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
            guard index + length <= bytes.count else { return ("\u{FFFD}", bytes.count - index) }
            var value = lead & (0x7F >> length)
            for offset in 1..<length { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
            return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
        }

        /// Each ASCII byte folded: lower-case letters and digits, or 0 for a separator.
        private static let asciiFoldingTable: [UInt8] = (0..<128).map { byte in
            switch UInt8(byte) {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): UInt8(byte)
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): UInt8(byte) + 32
            default: 0
            }
        }
    }
}

/// How one character folds, in 32 bits: what it is in the low two bits, then the
/// number of its letters and up to three letters; longer foldings are listed apart.
private struct Folding {
    let code: UInt32

    private static let nothing: UInt32 = 1, separator: UInt32 = 2, letters: UInt32 = 3

    init(code: UInt32) { self.code = code }

    init(letter: UInt8) { code = UInt32(letter) << 8 | 1 << 2 | Self.letters }

    /// A folding to `letters`: nil for a combining mark, empty for a separator.
    init(letters: [UInt8]?, long: inout [[UInt8]]) {
        guard let letters else {
            code = Self.nothing
            return
        }
        guard !letters.isEmpty else {
            code = Self.separator
            return
        }
        guard letters.count <= 3 else {
            code = UInt32(long.count) << 8 | Self.letters
            long.append(letters)
            return
        }
        let inline = letters.enumerated().reduce(UInt32(0)) { $0 | UInt32($1.element) << (8 * $1.offset) }
        code = inline << 8 | UInt32(letters.count) << 2 | Self.letters
    }

    /// Whether it adds nothing to the word it is in (a combining accent).
    var isNothing: Bool { code & 3 == Self.nothing }

    /// Whether it separates words (punctuation, spaces, symbols).
    var isSeparator: Bool { code & 3 == Self.separator }

    private var inlineCount: Int { Int(code >> 2 & 3) }

    func count(_ long: [[UInt8]]) -> Int {
        inlineCount > 0 ? inlineCount : long[Int(code >> 8)].count
    }

    /// Writes the letters at `index`; the index after them.
    func write(into buffer: UnsafeMutableBufferPointer<UInt8>, at index: Int, _ long: [[UInt8]]) -> Int {
        guard inlineCount > 0 else {
            let letters = long[Int(code >> 8)]
            for (offset, letter) in letters.enumerated() { buffer[index + offset] = letter }
            return index + letters.count
        }
        for offset in 0..<inlineCount { buffer[index + offset] = UInt8(truncatingIfNeeded: code >> (8 + 8 * offset)) }
        return index + inlineCount
    }
}
