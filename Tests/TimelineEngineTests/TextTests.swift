import Testing
import TimelineEngine

@Suite("Search keys and display-safe text")
struct TextTests {
    @Test("folding ignores case, diacritics and punctuation variants")
    func folding() {
        #expect(SearchKey.fold("Côte d’Ivoire") == SearchKey.fold("cote d'ivoire"))
        #expect(SearchKey.fold("EUFOR Tchad/RCA") == "eufor tchad rca")
        #expect(SearchKey.fold("") == "" && SearchKey.fold(" - ") == "")
        #expect(SearchKey.fold("  UN–AU   Joint Task-Force ") == "un au joint task force")
        #expect(SearchKey.terms(of: "eufor  TCHAD") == ["eufor", "tchad"])
        // Long words, which are folded eight bytes at a time, with what interrupts them.
        #expect(SearchKey.fold("Internationalisation peacekeepingOPERATIONS 1234567890abcdef") ==
                "internationalisation peacekeepingoperations 1234567890abcdef")
        #expect(SearchKey.fold("stabilisationsmission–Côte/déploiementsplanification.") ==
                "stabilisationsmission cote deploiementsplanification")
    }

    @Test("letters that fold longer than they are written, or lie beyond the first plane")
    func foldingThatGrows() {
        // "և" (2 bytes) folds to "եւ" (4 bytes), "Ⱥ" (2 bytes) to "ⱥ" (3 bytes).
        #expect(SearchKey.fold(String(repeating: "և", count: 700)) == String(repeating: "եւ", count: 700))
        #expect(SearchKey.fold(String(repeating: "Ⱥ-", count: 300)) ==
                Array(repeating: "ⱥ", count: 300).joined(separator: " "))
        #expect(SearchKey.fold("𐀀𐀁 x\u{301}ǅ ﬓ, NAÏVE") == "𐀀𐀁 xǆ մն naive")
    }

    @Test("control characters, escapes and bidi overrides never pass raw")
    func displaySafety() {
        #expect(DisplayText.safe("a\u{1B}[31mred") == "a^[[31mred")
        #expect(DisplayText.safe("line\r\u{8}\tx\u{7F}") == "line^M^H^Ix^?")
        #expect(DisplayText.safe("one\ntwo") == "one^Jtwo")
        #expect(DisplayText.safe("one\ntwo", multiline: true) == "one\ntwo")
        #expect(DisplayText.safe("abc\u{202E}def") == "abc<U+202E>def")
        #expect(DisplayText.safe("x\u{200B}y\u{2066}z") == "x<U+200B>y<U+2066>z")
        #expect(DisplayText.safe("c\u{85}d") == "c<U+0085>d")
        #expect(DisplayText.safe("Côte d’Ivoire — 東京") == "Côte d’Ivoire — 東京")
    }
}
