import Foundation

/// Text folded for matching: lower case, no diacritics, punctuation as spaces, but
/// apostrophes as nothing at all.
///
/// `Côte d’Ivoire` and `cote d'ivoire` both fold to `cote divoire`, and
/// `EUFOR Tchad/RCA` to `eufor tchad rca`, so a search finds what a person typed.
public enum SearchKey {
    /// What an apostrophe folds to in indexed text: it joins the letters around it into
    /// one word ("divoire") while a word may also start after it ("ivoire").
    static let apostrophe: UInt8 = 0x01

    /// Folds `text` to its search form: words of lower-case letters and digits, one space apart.
    public static func fold(_ text: String) -> String {
        var folder = Folder()
        return folder.fold(text).filter { $0 != apostrophe }.split(separator: 0x20)
            .map { String(decoding: $0, as: UTF8.self) }.joined(separator: " ")
    }

    /// The words of a query, folded: every one must occur in a matching text.
    public static func terms(of query: String) -> [String] {
        fold(query).split(separator: " ").map(String.init)
    }
}
