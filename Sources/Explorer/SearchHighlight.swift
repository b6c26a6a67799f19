import Foundation
import TimelineEngine

/// Finds where search terms occur in a text as shown, by folding it one character
/// at a time the way `SearchKey` folds whole texts.
enum SearchHighlight {
    /// The character offsets in `text` covered by an occurrence of any term.
    static func offsets(in text: String, terms: [String]) -> Set<Int> {
        guard !terms.isEmpty else { return [] }
        var folded = [Character]()
        var origin = [Int]()
        for (offset, character) in text.enumerated() {
            let key = SearchKey.fold(String(character))
            let piece = key.isEmpty ? " " : key
            for foldedCharacter in piece {
                folded.append(foldedCharacter)
                origin.append(offset)
            }
        }
        var covered = Set<Int>()
        for term in terms {
            let pattern = Array(term)
            guard !pattern.isEmpty, pattern.count <= folded.count else { continue }
            for start in 0...(folded.count - pattern.count) where folded[start] == pattern[0] {
                if Array(folded[start..<(start + pattern.count)]) == pattern {
                    covered.formUnion(origin[start..<(start + pattern.count)])
                }
            }
        }
        return covered
    }
}
