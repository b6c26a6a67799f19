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
}
