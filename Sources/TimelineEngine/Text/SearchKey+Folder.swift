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

        /// Folds `text` on its own.
        mutating func fold(_ text: String) -> [UInt8] {
            var text = text
            var result = [UInt8]()
            text.withUTF8 { append($0, to: &result) }
            return result
        }

        /// Appends the folded form of UTF-8 `bytes` to `output`: each letter or digit
        /// lower case and without diacritics, each other character a space. Spaces are
        /// not merged, which lets ASCII fold eight bytes at a time; a search term, being
        /// one word, is found the same.
        mutating func append(_ bytes: UnsafeBufferPointer<UInt8>, to output: inout [UInt8]) {
            guard !bytes.isEmpty else { return }
            // A character folds to at most its own length, but for the rare one that folds
            // longer, which makes room for itself first.
            var scratch = [UInt8]()
            swap(&scratch, &self.scratch)
            var index = 0
            var written = 0
            var longest = 0
            repeat {
                let needed = written + bytes.count - index + longest
                if scratch.count < needed { scratch += [UInt8](repeating: 0, count: needed) }
                longest = scratch.withUnsafeMutableBufferPointer { buffer in
                    fold(bytes, from: &index, into: buffer, at: &written)
                }
            } while index < bytes.count
            scratch.withUnsafeBufferPointer { output.append(contentsOf: $0[..<written]) }
            self.scratch = scratch
        }

        /// Folds from `index` on into `buffer` at `written`, until the end of `bytes` or a
        /// character that folds longer than it is and does not fit; the length of that folding, or 0.
        private mutating func fold(_ bytes: UnsafeBufferPointer<UInt8>, from index: inout Int,
                                   into buffer: UnsafeMutableBufferPointer<UInt8>, at written: inout Int) -> Int {
            var position = index, end = written
            defer { (index, written) = (position, end) }
            let source = UnsafeRawPointer(bytes.baseAddress!), target = UnsafeMutableRawPointer(buffer.baseAddress!)
            while position < bytes.count {
                while position + 8 <= bytes.count {
                    let word = source.loadUnaligned(fromByteOffset: position, as: UInt64.self)
                    guard word & 0x8080_8080_8080_8080 == 0 else { break }
                    target.storeBytes(of: Self.foldASCII(word), toByteOffset: end, as: UInt64.self)
                    position += 8
                    end += 8
                }
                guard position < bytes.count else { break }
                // The last few bytes, if they end a run of eight ASCII bytes, are folded as
                // that run: ASCII folds byte for byte, so the bytes folded twice come out the same.
                let back = position + 8 - bytes.count
                if back > 0, position >= back, end >= back {
                    let word = source.loadUnaligned(fromByteOffset: position - back, as: UInt64.self)
                    if word & 0x8080_8080_8080_8080 == 0 {
                        target.storeBytes(of: Self.foldASCII(word), toByteOffset: end - back, as: UInt64.self)
                        end += bytes.count - position
                        position = bytes.count
                        break
                    }
                }
                let byte = bytes[position]
                if byte < 0x80 {
                    buffer[end] = asciiFolding[Int(byte)]
                    position += 1
                    end += 1
                    continue
                }
                let (scalar, length) = Self.decode(bytes, at: position)
                let folding = self.folding(scalar)
                let count = folding.count(long)
                guard count <= length || end + count + (bytes.count - position - length) <= buffer.count else { return count }
                position += length
                end = folding.write(into: buffer, at: end, long)
            }
            return 0
        }

        /// Eight ASCII bytes folded at once: letters lower case, digits kept, an apostrophe
        /// marked, anything else a space.
        private static func foldASCII(_ word: UInt64) -> UInt64 {
            let ones: UInt64 = 0x0101_0101_0101_0101
            let highs: UInt64 = 0x8080_8080_8080_8080
            let spaces: UInt64 = 0x2020_2020_2020_2020
            // The high bit of each byte of `value` that is at least `low`: no carry crosses
            // a byte, since no byte is above 0x7F.
            func atLeast(_ value: UInt64, _ low: UInt64) -> UInt64 { (value &+ ones &* (0x80 - low)) & highs }
            // Setting 0x20 makes capitals small and leaves digits as they are.
            let lowered = word | spaces
            let letter = atLeast(lowered, 0x61) & ~atLeast(lowered, 0x7B)
            let digit = atLeast(word, 0x30) & ~atLeast(word, 0x3A)
            let kept = ((letter | digit) >> 7) &* 0xFF
            let apostrophes = ((~atLeast(word ^ 0x2727_2727_2727_2727, 0x01) & highs) >> 7) &* 0xFF
            return (lowered & kept) | (spaces & ~kept & ~apostrophes) | (ones & apostrophes)
        }

        private mutating func folding(_ scalar: Unicode.Scalar) -> Folding {
            guard scalar.value < 0x1_0000 else {
                if let code = knownBeyond[scalar] { return Folding(code: code) }
                let folding = Folding(Self.folded(scalar), long: &long)
                knownBeyond[scalar] = folding.code
                return folding
            }
            if known.isEmpty { known = [UInt32](repeating: 0, count: 0x1_0000) }
            if known[Int(scalar.value)] == 0 {
                known[Int(scalar.value)] = Folding(Self.folded(scalar), long: &long).code
            }
            return Folding(code: known[Int(scalar.value)])
        }

        /// The bytes a scalar folds to: its letters, a space for a separator, nothing for a
        /// combining mark (the accent of the letter before it).
        private static func folded(_ scalar: Unicode.Scalar) -> [UInt8] {
            guard scalar.properties.generalCategory != .nonspacingMark else { return [] }
            if apostrophes.contains(scalar) { return [SearchKey.apostrophe] }
            let text = String(scalar).folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
            let kept = text.unicodeScalars.filter { $0.properties.isAlphabetic || $0.properties.numericType != nil }
            return kept.isEmpty ? [0x20] : Array(String(String.UnicodeScalarView(kept)).lowercased().utf8)
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

        /// The apostrophes beyond ASCII: right and left single quotes, the modifier letter.
        private static let apostrophes: Set<Unicode.Scalar> = ["\u{2019}", "\u{2018}", "\u{02BC}"]

        /// Each ASCII byte folded: lower-case letters and digits, the apostrophe marked, or a space.
        private static let asciiFoldingTable: [UInt8] = (0..<128).map { byte in
            switch UInt8(byte) {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): UInt8(byte)
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): UInt8(byte) + 32
            case UInt8(ascii: "'"): SearchKey.apostrophe
            default: 0x20
            }
        }
    }
}

/// How one character folds, in 32 bits: up to three bytes and their number, or where
/// a longer folding is listed; 0 for a character not met yet.
private struct Folding {
    let code: UInt32

    private static let known: UInt32 = 1, isLong: UInt32 = 1 << 3

    init(code: UInt32) { self.code = code }

    init(_ bytes: [UInt8], long: inout [[UInt8]]) {
        guard bytes.count <= 3 else {
            code = UInt32(long.count) << 8 | Self.isLong | Self.known
            long.append(bytes)
            return
        }
        let inline = bytes.enumerated().reduce(UInt32(0)) { $0 | UInt32($1.element) << (8 * $1.offset) }
        code = inline << 8 | UInt32(bytes.count) << 1 | Self.known
    }

    private var inlineCount: Int { Int(code >> 1 & 3) }

    func count(_ long: [[UInt8]]) -> Int {
        code & Self.isLong == 0 ? inlineCount : long[Int(code >> 8)].count
    }

    /// Writes the bytes at `index`; the index after them.
    func write(into buffer: UnsafeMutableBufferPointer<UInt8>, at index: Int, _ long: [[UInt8]]) -> Int {
        guard code & Self.isLong == 0 else {
            let bytes = long[Int(code >> 8)]
            for (offset, byte) in bytes.enumerated() { buffer[index + offset] = byte }
            return index + bytes.count
        }
        for offset in 0..<inlineCount { buffer[index + offset] = UInt8(truncatingIfNeeded: code >> (8 + 8 * offset)) }
        return index + inlineCount
    }
}
