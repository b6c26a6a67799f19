import Foundation

/// Text folded for matching: lower case, no diacritics, punctuation as spaces.
///
/// `Côte d’Ivoire` and `cote d'ivoire` both fold to `cote d ivoire`, and
/// `EUFOR Tchad/RCA` to `eufor tchad rca`, so a search finds what a person typed.
public enum SearchKey {
    /// Folds `text` to its search form: words of lower-case letters and digits, one space apart.
    public static func fold(_ text: String) -> String {
        var folder = Folder()
        return folder.fold(text).split(separator: 0x20).map { String(decoding: $0, as: UTF8.self) }.joined(separator: " ")
    }

    /// The words of a query, folded: every one must occur in a matching text.
    public static func terms(of query: String) -> [String] {
        fold(query).split(separator: " ").map(String.init)
    }
}
