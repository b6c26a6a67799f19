@testable import Explorer
import TestSupport
import Testing
import TimelineEngine

@Suite("Widgets")
struct WidgetTests {
    private func row(_ title: String, _ organizations: [String]) -> Explorer.EventList.Row {
        Explorer.EventList.Row(dates: "2003", title: title,
                      organizations: organizations.map { OrganizationTag(id: $0, color: .cyan) }, highlighted: [])
    }

    @Test("organizations that do not fit are counted, and the columns line up")
    func organizationColumn() {
        let list = Explorer.EventList(rows: [row("Operation Artemis", ["EU", "FR", "UN"]),
                                    row("African Standby Force", ["AU", "ECOWAS", "SADC", "EASF", "ECCAS", "NARC", "UN"]),
                                    row("MONUC", ["UN"])],
                             selected: nil, isFocused: true)
        var buffer = ScreenBuffer(width: 80, height: 5)
        list.render(into: &buffer, area: Rect(x: 0, y: 0, width: 80, height: 5))
        #expect(buffer.lines[2].hasSuffix("AU ECOWAS +5") && buffer.lines[2].contains("African Standby Force"))
        let column = 80 - "AU ECOWAS +5".count - 1
        #expect([1, 2, 3].map { buffer[column, $0].text } == ["E", "A", "U"], "each row's organizations start together")
        #expect(Explorer.EventList.organizationsBudget(width: 80) == 16, "at 80 columns the title keeps most of the row")
    }

    @Test("a summary of megabytes is laid out only as far as the pane shows, with a note that it goes on")
    func hugeSummary() throws {
        let event = Event(id: "a", title: "A", kind: .report, dates: try EventDates(start: "2003", end: nil),
                          summary: String(repeating: "word ", count: 2_000_000))
        let content = DetailContent(event, links: [], highlighted: nil, timeline: try Fixture.timeline(),
                                    palette: OrganizationPalette(try Fixture.timeline()), width: 60)
        #expect(content.lines.count < DetailContent.summaryLines + 20)
        #expect(content.lines.contains { $0.first?.text.hasPrefix("… the rest is too long for this pane") == true })
    }

    @Test("an organization is counted rather than cut when none fits")
    func noRoom() {
        let tags = OrganizationTags(tags: ["ECOWAS", "ECCAS"].map { OrganizationTag(id: $0, color: .green) })
        #expect(tags.fitting(in: 20) == (2, 12))
        #expect(tags.fitting(in: 9) == (1, 9))
        #expect(tags.fitting(in: 4) == (0, 2))
    }
}
