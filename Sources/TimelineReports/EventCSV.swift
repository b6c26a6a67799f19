import TimelineEngine

/// Events as CSV for spreadsheets and scripts: one row an event, text as in the data.
public enum EventCSV {
    static let header = ["id", "start", "end", "dates", "title", "acronym", "kind", "organizations",
                         "places", "chapters", "pages", "source"]

    public static func render(_ events: [Int], of timeline: Timeline) throws -> String {
        try CSVText.render([header] + events.map { index in
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
