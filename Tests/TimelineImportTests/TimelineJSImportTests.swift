import Testing
import TimelineEngine
@testable import TimelineImport

@Suite("Importing a TimelineJS file")
struct TimelineJSImportTests {
    /// Years as text and as numbers, a month without a day, HTML in the text, groups,
    /// media, a display date, an event without a date and one before year 0.
    static let file = """
        {"title": {"text": {"headline": "Peace operations", "text": "<p>An example</p>"}},
         "events": [
          {"start_date": {"year": "2003", "month": "6"}, "end_date": {"year": 2003, "month": 9},
           "text": {"headline": "Operation <i>Artemis</i>",
                    "text": "<p>EU force in Ituri &amp; Bunia.</p><p>It handed over to MONUC.</p>"},
           "group": "European Union", "unique_id": "artemis-eu",
           "media": {"url": "https://example.org/bunia.jpg", "caption": "Bunia"}},
          {"start_date": {"year": 1999, "month": 11, "day": 30}, "text": {"headline": "MONUC"},
           "group": "United Nations", "display_date": "late 1999"},
          {"text": {"headline": "No date"}},
          {"start_date": {"year": -500}, "text": {"headline": "Ancient"}}
         ]}
        """

    @Test("events, dates, groups as organizations, plain text, and what has no field kept under extra")
    func events() throws {
        let result = try Importer.run(Self.file, file: "t.json", options: ImportOptions(format: .timelinejs))
        #expect(result.events.map(\.id) == ["artemis-eu", "monuc"])
        let artemis = try #require(result.events.first)
        #expect(artemis.title == "Operation Artemis")
        #expect(artemis.summary == "EU force in Ituri & Bunia.\nIt handed over to MONUC.")
        #expect(artemis.dates.edtfText == "2003-06/2003-09")
        #expect(artemis.organizationIDs == ["european-union"])
        #expect(artemis.extra == [ExtraField(name: "media.caption", value: "Bunia"),
                                  ExtraField(name: "media.url", value: "https://example.org/bunia.jpg")])
        #expect(result.events.last?.dates.plainText == "30 Nov 1999")
        #expect(result.events.last?.extra == [ExtraField(name: "display_date", value: "late 1999")])
        #expect(result.organizations.map(\.name) == ["European Union", "United Nations"])
        #expect(result.report.rowLines == ["t.json:10: has no start_date", "t.json:10: row skipped",
                                           "t.json:11: year -500 is outside 0 to 9999, the years a timeline holds",
                                           "t.json:11: row skipped"])
        #expect(result.report.exitCode == 3)
    }

    @Test("a file that is not TimelineJS is refused with a reason")
    func notTimelineJS() {
        #expect(throws: ImportError.self) { try Importer.run("[1, 2]", file: "t.json", options: ImportOptions(format: .timelinejs)) }
        #expect(throws: ImportError.self) { try Importer.run("{\"events\": ", file: "t.json", options: ImportOptions(format: .timelinejs)) }
    }
}
