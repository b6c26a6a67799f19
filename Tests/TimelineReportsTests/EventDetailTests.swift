import TerminalText
import TestSupport
import Testing
import TimelineEngine
import TimelineReports

@Suite("show's text")
struct EventDetailTests {
    @Test("on a terminal each line wraps at word boundaries, a field's value and a link kept under themselves")
    func wrapping() throws {
        let timeline = try Fixture.timeline()
        for position in timeline.events.indices {
            let whole = EventDetail.render(position, of: timeline)
            let wrapped = EventDetail.render(position, of: timeline, width: 40)
            let lines = wrapped.split(separator: "\n", omittingEmptySubsequences: false)
            for line in lines where TerminalWidth.of(String(line)) > 40 {
                #expect(!line.trimmingCharacters(in: .whitespaces).contains(" "), "only a word longer than a line is cut: \(line)")
            }
            func words(_ text: String) -> [Substring] { text.split(whereSeparator: \.isWhitespace).filter { !$0.hasPrefix("==") } }
            #expect(words(wrapped) == words(whole), "no word is lost, cut or repeated")
        }
        let artemis = EventDetail.render(timeline.eventIndex(id: "artemis")!, of: timeline, width: 40)
        #expect(artemis.contains("organizations EU (European Union, lead);\n              UN (United Nations,"))
    }
}
