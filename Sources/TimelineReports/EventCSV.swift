import Algorithms
import TimelineEngine

/// Events as CSV for spreadsheets and scripts: one row an event, text as in the data.
public enum EventCSV {
    static let header = ["id", "start", "end", "dates", "title", "acronym", "kind", "organizations",
                         "places", "chapters", "pages", "source"]

    /// Events handed to `write` a thousand rows at a time, the header first, so that the
    /// first rows go out at once and a reader that stops (`| head`) stops the work.
    public static func write(_ events: [Int], of timeline: Timeline, to write: (String) throws -> Void) throws {
        try write(CSVText.render([header]))
        for chunk in events.chunks(ofCount: 1024) { try write(render(Array(chunk), of: timeline)) }
    }

    private static func render(_ events: [Int], of timeline: Timeline) throws -> String {
        try CSVText.render(events.map { index in
            let event = timeline.events[index]
            return [
                event.id, event.dates.fieldTexts.start, event.dates.fieldTexts.end, event.dates.plainText, event.title,
                event.acronym ?? "", event.kind.rawValue, event.organizationIDs.joined(separator: ";"),
                event.places.joined(separator: ";"), event.chapters.joined(separator: ";"),
                event.pages.map(String.init).joined(separator: ";"), event.source.rawValue,
            ]
        })
    }
}
