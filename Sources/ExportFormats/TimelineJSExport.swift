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
        var records = [Record]()
        try timeline.forEachEvent(at: events) { _, event in records.append(record(event)) }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(Document(title: .init(text: .init(headline: html(title), text: "")), events: records))
    }

    private struct Document: Encodable {
        struct Title: Encodable { let text: Text }
        let title: Title
        let events: [Record]
    }

    private struct Text: Encodable {
        let headline: String
        let text: String
    }

    private struct Record: Encodable {
        let uniqueID: String
        let startDate: [String: String]
        var endDate: [String: String]?
        let text: Text
        let edtf: String
        var group: String?
        var displayDate: String?

        enum CodingKeys: String, CodingKey {
            case uniqueID = "unique_id", startDate = "start_date", endDate = "end_date", text, edtf, group
            case displayDate = "display_date"
        }
    }

    private static func record(_ event: Event) -> Record {
        let dates = event.dates
        var record = Record(uniqueID: event.id, startDate: date(dates.start),
                            text: Text(headline: html(event.title), text: html(event.summary)), edtf: dates.edtfText)
        if case .date(let end) = dates.end, dates.startBound == .known { record.endDate = date(end) }
        record.group = (event.participants.first(where: { $0.role == .lead }) ?? event.participants.first)?.organization
        if needsDisplayDate(dates) { record.displayDate = dates.plainText }
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

    private static let htmlEscapes = [UInt8(ascii: "&"): "&amp;", UInt8(ascii: "<"): "&lt;", UInt8(ascii: ">"): "&gt;",
                                      UInt8(ascii: "\n"): "<br>"]

    /// Text as HTML: the markup characters escaped, controls shown, lines as breaks.
    static func html(_ text: String) -> String {
        DisplayText.safe(text, multiline: true).replacing(htmlEscapes)
    }
}
