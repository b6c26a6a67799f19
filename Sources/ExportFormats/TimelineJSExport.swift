import Foundation
import TerminalText
import TimelineEngine

/// Events as a TimelineJS file: `start_date` and `end_date` objects, a `display_date`
/// wherever the dates are less plain than the objects say (uncertain, approximate, a
/// decade, still going on, an unknown start), `text.headline` and `text.text` (HTML),
/// the lead organization as `group`, the id as `unique_id`, and the exact EDTF under
/// `edtf` so that `import` reads the dates back as they were.
public enum TimelineJSExport {
    public static func render(_ events: [Int], of timeline: Timeline, title: String) throws -> Data {
        let records = events.map { record(timeline.events[$0]) }
        let document: [String: Any] = ["title": ["text": ["headline": html(title), "text": ""]], "events": records]
        return try JSONSerialization.data(withJSONObject: document, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
    }

    private static func record(_ event: Event) -> [String: Any] {
        let dates = event.dates
        var record: [String: Any] = [
            "unique_id": event.id,
            "start_date": date(dates.start),
            "text": ["headline": html(event.title), "text": html(event.summary)],
            "edtf": dates.edtfText,
        ]
        if case .date(let end) = dates.end, dates.startBound == .known { record["end_date"] = date(end) }
        if let group = event.participants.first(where: { $0.role == .lead }) ?? event.participants.first {
            record["group"] = group.organization
        }
        if needsDisplayDate(dates) { record["display_date"] = dates.plainText }
        return record
    }

    private static func date(_ date: EDTFDate) -> [String: String] {
        var object = ["year": String(date.year)]
        if let month = date.month { object["month"] = String(month) }
        if let day = date.day { object["day"] = String(day) }
        return object
    }

    /// Whether the date objects alone would say more, or less, than the dates do.
    private static func needsDisplayDate(_ dates: EventDates) -> Bool {
        var parts = [dates.start]
        if case .date(let end) = dates.end { parts.append(end) }
        if dates.startBound != .known { return true }
        if case .open = dates.end { return true }
        return parts.contains { $0.isUncertain || $0.isApproximate || $0.precision < .year }
    }

    /// Text as HTML: the markup characters escaped, controls shown, lines as breaks.
    static func html(_ text: String) -> String {
        DisplayText.safe(text, multiline: true)
            .replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\n", with: "<br>")
    }
}
