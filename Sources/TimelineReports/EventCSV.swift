import Foundation
import TimelineEngine

/// Events as CSV for spreadsheets and scripts: one row an event, text as in the data.
public enum EventCSV {
    static let header = ["id", "start", "end", "dates", "title", "acronym", "kind", "organizations",
                         "places", "chapters", "pages", "source"]

    /// Events handed to `write` a few thousand rows at a time, the header first, so that
    /// the first rows go out at once and a reader that stops (`| head`) stops the work.
    public static func write(_ events: [Int], of timeline: Timeline, to write: (Data) throws -> Void) throws {
        try write(Data(CSVText.render([header]).utf8))
        try timeline.writeEvents(at: events, { block in
            var csv = CSVText()
            block.forEach { event in
                let dates = event.dates
                let (start, end) = dates.fieldTexts
                csv.append(event.id)
                csv.endField()
                csv.field(start)
                csv.field(end)
                csv.field(dates.plainText)
                csv.append(event.title)
                csv.endField()
                if let acronym = event.acronym { csv.append(acronym) }
                csv.endField()
                csv.field(event.kind.rawValue)
                csv.append(joined: event.participants.lazy.map(\.organization))
                csv.endField()
                csv.append(joined: event.places)
                csv.endField()
                csv.append(joined: event.chapters)
                csv.endField()
                csv.append(joined: event.pages)
                csv.endField()
                csv.field(event.source.rawValue)
                csv.endRow()
            }
            return csv.data()
        }, to: write)
    }
}
