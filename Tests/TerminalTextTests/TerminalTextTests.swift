import Foundation
import TerminalText
import Testing

@Suite("Text on a terminal")
struct TerminalTextTests {
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

    @Test("widths are the C library's: wide characters two columns, combining marks none")
    func widths() {
        #expect(TerminalWidth.of("Côte d’Ivoire") == 13)
        #expect(TerminalWidth.of("東京") == 4)
        #expect(TerminalWidth.of("e\u{301}") == 1, "a combining accent adds no column")
        #expect(TerminalWidth.of("🇫🇷") == 2)
        #expect(TerminalWidth.of("") == 0)
    }

    @Test("cutting keeps within the columns and says so with an ellipsis")
    func truncating() {
        #expect(TerminalWidth.truncate("Operation Artemis", to: 30) == "Operation Artemis")
        #expect(TerminalWidth.truncate("Operation Artemis", to: 10) == "Operation…")
        #expect(TerminalWidth.truncate("東京東京", to: 5) == "東京…")
        #expect(TerminalWidth.truncate("東京東京", to: 4) == "東…", "no half of a wide character")
        #expect(TerminalWidth.truncate("abc", to: 0) == "")
        #expect(TerminalWidth.fit("東", to: 4) == "東  ")
    }

    @Test("wrapping breaks at spaces, and inside a word only when it is wider than a line")
    func wrapping() {
        #expect(TextWrap.lines("the UN and the AU in Darfur", width: 10) == ["the UN and", "the AU in", "Darfur"])
        #expect(TextWrap.lines("one\n\ntwo", width: 10) == ["one", "", "two"])
        #expect(TextWrap.lines("a bbbbbbbbbbbb c", width: 5) == ["a", "bbbbb", "bbbbb", "bb c"])
        #expect(TextWrap.lines("東京東京東京", width: 5) == ["東京", "東京", "東京"], "columns, not characters")
        #expect(TextWrap.lines("", width: 5) == [""])
        #expect(TextWrap.lines("x", width: 0) == [])
    }

    @Test("a long unbroken word wraps into full lines, and a limit stops early")
    func longWords() {
        let word = String(repeating: "w", count: 100_000)
        let lines = TextWrap.lines(word, width: 80)
        #expect(lines.count == 1_250 && lines.allSatisfy { $0.count == 80 })
        #expect(TextWrap.lines(word + " end", width: 80, limit: 3) == Array(repeating: String(repeating: "w", count: 80), count: 3))
    }
}
