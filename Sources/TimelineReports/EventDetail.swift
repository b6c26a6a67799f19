import TerminalText
import TimelineEngine

/// One event in full, as `peacekeeping show` prints it: dates in plain form,
/// organizations with roles, summary, links and backlinks, references into the text.
public enum EventDetail {
    /// The event in full; on a terminal of `width` columns, each line wrapped at word
    /// boundaries, what follows a field's name or a link's number kept under itself.
    public static func render(_ index: Int, of timeline: Timeline, width: Int? = nil) -> String {
        lines(index, of: timeline, width: width).flatMap { line -> [String] in
            let prefixWidth = TerminalWidth.of(line.prefix)
            guard let width, width - prefixWidth > 10, prefixWidth + TerminalWidth.of(line.text) > width else {
                return [line.prefix + line.text]
            }
            let indent = String(repeating: " ", count: prefixWidth)
            return TextWrap.lines(line.text, width: width - prefixWidth).enumerated().map { ($0 == 0 ? line.prefix : indent) + $1 }
        }.joined(separator: "\n")
    }

    /// The lines of the event, each as what stays at its start and what may wrap under itself.
    private static func lines(_ index: Int, of timeline: Timeline, width: Int?) -> [(prefix: String, text: String)] {
        let event = timeline.events[index]
        let safe = { (text: String) in DisplayText.safe(text) }
        let title = safe(event.title) + (event.acronym.map { " (\(safe($0)))" } ?? "")
        var lines: [(prefix: String, text: String)] = [("", title),
                                                       ("", String(repeating: "=", count: min(TerminalWidth.of(title), width ?? .max)))]
        func field(_ name: String, _ value: String) {
            guard !value.isEmpty else { return }
            lines.append((name.padding(toLength: 14, withPad: " ", startingAt: 0), value))
        }
        func blank() { lines.append(("", "")) }
        field("id", safe(event.id))
        field("kind", event.kind.rawValue)
        field("dates", event.dates.plainText + "  (\(safe(event.dates.edtfText)))")
        field("also known as", event.aliases.map(safe).joined(separator: "; "))
        field("places", event.places.map(safe).joined(separator: "; "))
        field("organizations", event.participants.map { participant in
            let name = timeline.organization(id: participant.organization)?.nameWithFramework ?? participant.organization
            return "\(safe(participant.organization)) (\(safe(name)), \(participant.role.rawValue))"
        }.joined(separator: "; "))
        field("tags", event.tags.map(safe).joined(separator: ", "))
        if !event.summary.isEmpty {
            blank()
            lines += DisplayText.safe(event.summary, multiline: true).split(separator: "\n", omittingEmptySubsequences: false)
                .map { ("", String($0)) }
        }
        let links = timeline.links(of: index) + timeline.backlinks(of: index)
        if !links.isEmpty {
            blank()
            lines.append(("", "Links"))
            lines += links.enumerated().map { number, link in
                let other = timeline.events[link.event]
                let disagreement = link.isSameEvent && other.dates != event.dates
                    ? "; dates differ: this record has \(event.dates.plainText)" : ""
                return ("  \(number + 1). ", "\(link.label): \(safe(other.shortName)) (\(safe(other.id)), \(other.dates.plainText)"
                    + disagreement + ")")
            }
        }
        blank()
        lines.append(("", "In the text"))
        lines += references(event, timeline).map { ("  ", $0) }
        field("source", event.source.rawValue + (event.sourceNote.map { ": " + safe($0) } ?? ""))
        if !event.referenceLines.isEmpty {
            blank()
            lines.append(("", "Outside the text"))
            lines += event.referenceLines.map { ("  ", DisplayText.safe($0)) }
        }
        return lines
    }

    private static func references(_ event: Event, _ timeline: Timeline) -> [String] {
        var lines = event.chapters.compactMap { timeline.chapter(id: $0) }.map { chapter -> String in
            switch chapter.kind {
            case .section:
                let pages = chapter.pages.map { " (pp. \($0.lowerBound)–\($0.upperBound))" } ?? ""
                return "section: " + DisplayText.safe(chapter.title) + pages
            case .handbook:
                return "see " + DisplayText.safe(chapter.title) + (chapter.subject.map { ": " + DisplayText.safe($0) } ?? "")
            }
        }
        if !event.pages.isEmpty { lines.append("pages: " + event.pages.map(String.init).joined(separator: ", ")) }
        if !event.footnotes.isEmpty { lines.append("footnotes: " + event.footnotes.map(String.init).joined(separator: ", ")) }
        return lines.isEmpty ? ["not discussed in the chapter"] : lines
    }
}
