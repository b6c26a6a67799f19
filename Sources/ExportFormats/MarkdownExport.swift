import TerminalText
import TimelineEngine

/// Events as a readable chronology in Markdown, grouped by decade: each event a heading
/// with its dates, its organizations and their roles, its summary, its links (to the
/// events exported, as links within the document), and where the text discusses it.
public enum MarkdownExport {
    public static func render(_ events: [Int], of timeline: Timeline, title: String) throws -> String {
        let exported = Set(events)
        var lines = ["# " + inline(title), ""]
        var decade: Int?
        try timeline.forEachEvent(at: events) { position, event in
            let year = timeline.span(of: position).earliestStart.year
            if decade != year / 10 {
                decade = year / 10
                lines += ["## \(year / 10 * 10)s", ""]
            }
            lines.append("### <a id=\"\(anchor(event.id))\"></a>" + inline(event.title)
                + (event.acronym.map { " (\(inline($0)))" } ?? ""))
            lines += ["", "*\(event.dates.plainText)* · \(event.kind.rawValue)"]
            if !event.participants.isEmpty {
                lines.append("")
                lines.append("Organizations: " + event.participants.map { participant in
                    let name = timeline.organization(id: participant.organization)?.name ?? participant.organization
                    let role = participant.role == .participant ? "" : ", \(participant.role.rawValue)"
                    return "\(inline(participant.organization)) (\(inline(name))\(role))"
                }.joined(separator: "; "))
            }
            if !event.summary.isEmpty { lines += ["", inline(event.summary, multiline: true)] }
            let links = timeline.links(of: position) + timeline.backlinks(of: position)
            if !links.isEmpty {
                lines.append("")
                lines += links.map { link in
                    let other = timeline.events[link.event]
                    let name = exported.contains(link.event) ? "[\(inline(other.shortName))](#\(anchor(other.id)))"
                        : inline(other.shortName)
                    return "- \(link.label) \(name), \(other.dates.plainText)"
                }
            }
            let places = references(event, timeline)
            if !places.isEmpty { lines += ["", "In the text: " + places.joined(separator: "; ")] }
            lines.append("")
        }
        return lines.joined(separator: "\n")
    }

    private static func references(_ event: Event, _ timeline: Timeline) -> [String] {
        var places = event.chapters.compactMap(timeline.chapter(id:)).map { chapter in
            inline(chapter.title) + (chapter.pages.map { ", pp. \($0.lowerBound)–\($0.upperBound)" } ?? "")
        }
        if !event.pages.isEmpty { places.append("pages " + event.pages.map(String.init).joined(separator: ", ")) }
        if !event.footnotes.isEmpty { places.append("notes " + event.footnotes.map(String.init).joined(separator: ", ")) }
        return places
    }

    /// Text as Markdown shows it: controls shown, the characters Markdown or HTML would
    /// act on escaped.
    static func inline(_ text: String, multiline: Bool = false) -> String {
        DisplayText.safe(text, multiline: multiline).replacing(multiline ? multilineEscapes : inlineEscapes)
    }

    private static let inlineEscapes = Dictionary(uniqueKeysWithValues: "\\`*_[]<>&".utf8.map { ($0, "\\" + String(UnicodeScalar($0))) })
    private static let multilineEscapes = inlineEscapes.merging([UInt8(ascii: "\n"): "  \n"]) { $1 }

    /// An id as an HTML anchor: its letters, digits and `-`.
    static func anchor(_ id: String) -> String {
        "event-" + String(id.map { $0.isLetter || $0.isNumber ? $0 : "-" })
    }
}
