import Foundation
import TerminalText
import TimelineEngine

/// Events as an iCalendar file (RFC 5545): one all-day VEVENT per event, from the first
/// day it may have started to the day after the last it may have lasted (DTEND is
/// exclusive: Jun–Sep 2003 runs from 20030601 to 20031001). An event still going on is
/// one day long, on its first day, and says so in its description and in
/// X-PEACEKEEPING-END (`..`): a calendar has no open end. UIDs are stable; the
/// organizations are CATEGORIES; the EDTF dates are kept in X- properties. Lines are
/// folded at 75 octets and end in CRLF.
public enum ICalendarExport {
    public static func render(_ events: [Int], of timeline: Timeline, stamp: Date = Date()) throws -> String {
        var lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Peacekeeping Timeline//EN", "CALSCALE:GREGORIAN"]
        let dtstamp = timestamp(stamp)
        try timeline.forEachEvent(at: events) { position, event in
            let span = timeline.span(of: position)
            let end = span.isOpen ? span.earliestStart.nextDay : span.latestEnd.nextDay
            var description = event.dates.plainText
            if span.isOpen { description += " (still going on; shown on its first day only)" }
            if !event.summary.isEmpty { description += "\n\n" + event.summary }
            lines += ["BEGIN:VEVENT", "UID:\(text(event.id))@peacekeeping-timeline", "DTSTAMP:\(dtstamp)",
                      "DTSTART;VALUE=DATE:\(day(span.earliestStart))", "DTEND;VALUE=DATE:\(day(end))",
                      "SUMMARY:\(text(event.title))", "DESCRIPTION:\(text(description))"]
            if !event.organizationIDs.isEmpty {
                lines.append("CATEGORIES:" + event.organizationIDs.map(text).joined(separator: ","))
            }
            if let url = event.url { lines.append("URL:\(text(url))") }
            if let location = event.location { lines.append("GEO:\(location.latitude);\(location.longitude)") }
            if !event.places.isEmpty { lines.append("LOCATION:" + text(event.places.joined(separator: ", "))) }
            let (start, endText) = event.dates.fieldTexts
            lines.append("X-PEACEKEEPING-START:\(text(start))")
            if !endText.isEmpty { lines.append("X-PEACEKEEPING-END:\(text(endText))") }
            lines.append("END:VEVENT")
        }
        lines.append("END:VCALENDAR")
        return lines.map(folded).joined(separator: "\r\n") + "\r\n"
    }

    private static func day(_ stamp: DayStamp) -> String {
        func digits(_ value: Int, _ count: Int) -> String {
            guard value >= 0 else { return "-" + digits(-value, count - 1) }
            let text = String(value)
            return String(repeating: "0", count: max(0, count - text.count)) + text
        }
        return digits(stamp.year, 4) + digits(stamp.month, 2) + digits(stamp.day, 2)
    }

    private static func timestamp(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyyMMdd'T'HHmmss'Z'"
        return formatter.string(from: date)
    }

    /// A TEXT value: controls shown, then backslash, semicolon, comma and line breaks escaped.
    static func text(_ value: String) -> String {
        DisplayText.safe(value, multiline: true).replacing(textEscapes)
    }

    private static let textEscapes = [UInt8(ascii: "\\"): "\\\\", UInt8(ascii: ";"): "\\;", UInt8(ascii: ","): "\\,",
                                      UInt8(ascii: "\n"): "\\n"]

    /// A content line folded so that no line is longer than 75 octets, never inside a
    /// character; each continuation starts with a space.
    static func folded(_ line: String) -> String {
        guard line.utf8.count > 75 else { return line }
        var lines = [String]()
        var current = ""
        var octets = 0
        for character in line {
            let size = character.utf8.count
            let limit = lines.isEmpty ? 75 : 74
            if octets + size > limit {
                lines.append(current)
                current = ""
                octets = 0
            }
            current.append(character)
            octets += size
        }
        lines.append(current)
        return lines.joined(separator: "\r\n ")
    }
}
