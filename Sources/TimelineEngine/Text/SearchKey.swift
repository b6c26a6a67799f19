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

        mutating func fold(_ text: String) -> [UInt8] {
            var result = [UInt8]()
            result.reserveCapacity(text.utf8.count)
            var pendingSpace = false
            func letters(_ bytes: some Sequence<UInt8>) {
                if pendingSpace && !result.isEmpty { result.append(0x20) }
                pendingSpace = false
                result.append(contentsOf: bytes)
            }
            for scalar in text.unicodeScalars {
                if scalar.isASCII {
                    let byte = UInt8(scalar.value)
                    switch byte {
                    case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): letters(CollectionOfOne(byte))
                    case UInt8(ascii: "A")...UInt8(ascii: "Z"): letters(CollectionOfOne(byte + 32))
                    default: pendingSpace = true
                    }
                    continue
                }
                switch folding(scalar) {
                case .nothing: break
                case .separator: pendingSpace = true
                case .letters(let bytes): letters(bytes)
                }
            }
            return result
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
