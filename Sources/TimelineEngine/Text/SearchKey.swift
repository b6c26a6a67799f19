import Foundation

/// Text folded for matching: lower case, no diacritics, punctuation as spaces.
///
/// `Côte d’Ivoire` and `cote d'ivoire` both fold to `cote d ivoire`, and
/// `EUFOR Tchad/RCA` to `eufor tchad rca`, so a search finds what a person typed.
public enum SearchKey {
    /// Folds `text` to its search form: words of lower-case letters and digits, one space apart.
    public static func fold(_ text: String) -> String {
        var folder = Folder()
        return String(decoding: folder.fold(text), as: UTF8.self)
    }

    /// The words of a query, folded: every one must occur in a matching text.
    public static func terms(of query: String) -> [String] {
        fold(query).split(separator: " ").map(String.init)
    }

    /// Folds many texts, remembering how each non-ASCII character folds, so that a
    /// million titles cost little more than their ASCII bytes.
    struct Folder {
        private enum Folded {
            /// Part of the word it is in, but adds nothing (a combining accent).
            case nothing
            /// Separates words (punctuation, spaces, symbols).
            case separator
            case letters([UInt8])
        }

        private var known = [Unicode.Scalar: Folded]()
        private let asciiFolding = Self.asciiFoldingTable
        private var scratch = [UInt8]()

        mutating func fold(_ text: String) -> [UInt8] {
            var text = text
            var result = [UInt8]()
            result.reserveCapacity(text.utf8.count)
            text.withUTF8 { append($0, to: &result, wordsFrom: 0) }
            return result
        }

        /// Appends the folded form of UTF-8 `bytes` to `output`, one space before its
        /// first word when `output` already holds words after `wordsFrom`.
        mutating func append(_ bytes: UnsafeBufferPointer<UInt8>, to output: inout [UInt8], wordsFrom start: Int) {
            let table = asciiFolding
            table.withUnsafeBufferPointer { append(bytes, to: &output, wordsFrom: start, asciiFolding: $0) }
        }

        private mutating func append(_ bytes: UnsafeBufferPointer<UInt8>, to output: inout [UInt8], wordsFrom start: Int,
                                     asciiFolding: UnsafeBufferPointer<UInt8>) {
            // ASCII folds byte for byte into a scratch buffer, which is copied out in one go:
            // between two non-ASCII letters, the folded text is never longer than the text
            // plus the space before it.
            var scratch = [UInt8]()
            swap(&scratch, &self.scratch)
            if scratch.count <= bytes.count { scratch = [UInt8](repeating: 0, count: bytes.count * 2 + 64) }
            var words = Words(started: output.count > start)
            scratch.withUnsafeMutableBufferPointer { buffer in
                let folded = buffer.baseAddress!
                var index = 0
                while index < bytes.count {
                    let (next, written) = Self.foldASCII(bytes, from: index, into: folded, &words, asciiFolding)
                    output.append(contentsOf: UnsafeBufferPointer(start: folded, count: written))
                    guard next < bytes.count else { break }
                    let (scalar, length) = Self.decode(bytes, at: next)
                    index = next + length
                    switch folding(scalar) {
                    case .nothing: break
                    case .separator: words.separate()
                    case .letters(let letters):
                        if words.startLetter() { output.append(0x20) }
                        output.append(contentsOf: letters)
                    }
                }
            }
            self.scratch = scratch
        }

        /// Where the folding is between words.
        private struct Words {
            /// Whether some word came before.
            var started: Bool
            /// Whether a separator came since the last letter, and a word before it.
            var spaceDue: Bool

            init(started: Bool) {
                self.started = started
                spaceDue = started
            }

            mutating func separate() { spaceDue = started }

            /// Records a letter; whether a space must come before it.
            mutating func startLetter() -> Bool {
                defer {
                    spaceDue = false
                    started = true
                }
                return spaceDue
            }
        }

        /// Folds the ASCII bytes from `index` up to the first other byte into `folded`;
        /// where it stopped and how many bytes it wrote. A function of its own, so that
        /// its state stays in registers.
        private static func foldASCII(_ bytes: UnsafeBufferPointer<UInt8>, from index: Int, into folded: UnsafeMutablePointer<UInt8>,
                                      _ words: inout Words, _ asciiFolding: UnsafeBufferPointer<UInt8>) -> (index: Int, written: Int) {
            var index = index
            var written = 0
            var state = words
            while index < bytes.count, bytes[index] < 0x80 {
                let letter = asciiFolding[Int(bytes[index])]
                index += 1
                guard letter != 0 else {
                    state.separate()
                    continue
                }
                if state.startLetter() {
                    folded[written] = 0x20
                    written += 1
                }
                folded[written] = letter
                written += 1
            }
            words = state
            return (index, written)
        }

        /// Each ASCII byte folded: lower-case letters and digits, or 0 for a separator.
        private static let asciiFoldingTable: [UInt8] = (0..<128).map { byte in
            switch UInt8(byte) {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): UInt8(byte)
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): UInt8(byte) + 32
            default: 0
            }
        }

        /// The scalar starting at `index` of valid UTF-8, and its length in bytes.
        private static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (Unicode.Scalar, Int) {
            var decoder = UTF8()
            var iterator = bytes[index...].makeIterator()
            guard case .scalarValue(let scalar) = decoder.decode(&iterator) else { return ("\u{FFFD}", 1) }
            return (scalar, UTF8.width(scalar))
        }

        private mutating func folding(_ scalar: Unicode.Scalar) -> Folded {
            if let folded = known[scalar] { return folded }
            let folded: Folded
            if scalar.properties.generalCategory == .nonspacingMark {
                folded = .nothing
            } else {
                let text = String(scalar).folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive],
                                                  locale: nil)
                let kept = text.unicodeScalars.filter { $0.properties.isAlphabetic || $0.properties.numericType != nil }
                folded = kept.isEmpty ? .separator : .letters(Array(String(String.UnicodeScalarView(kept)).lowercased().utf8))
            }
            known[scalar] = folded
            return folded
        }
    }
}
