import TerminalText
import TimelineEngine

/// One event in full, as `peacekeeping show` prints it: dates in plain form,
/// organizations with roles, summary, links and backlinks, references into the text.
public enum EventDetail {
    public static func render(_ index: Int, of timeline: Timeline) -> String {
        let event = timeline.events[index]
        let safe = { (text: String) in DisplayText.safe(text) }
        var lines = [safe(event.title) + (event.acronym.map { " (\(safe($0)))" } ?? "")]
        lines.append(String(repeating: "=", count: TerminalWidth.of(lines[0])))
        func field(_ name: String, _ value: String) {
            guard !value.isEmpty else { return }
            lines.append(name.padding(toLength: 14, withPad: " ", startingAt: 0) + value)
        }
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
            lines += ["", DisplayText.safe(event.summary, multiline: true)]
        }
        let links = timeline.links(of: index) + timeline.backlinks(of: index)
        if !links.isEmpty {
            lines += ["", "Links"]
            lines += links.enumerated().map { number, link in
                let other = timeline.events[link.event]
                let disagreement = link.isSameEvent && other.dates != event.dates
                    ? "; dates differ: this record has \(event.dates.plainText)" : ""
                return "  \(number + 1). \(link.label): \(safe(other.shortName)) (\(safe(other.id)), \(other.dates.plainText)"
                    + disagreement + ")"
            }
        }
        lines += ["", "In the text"]
        lines += references(event, timeline).map { "  " + $0 }
        field("source", event.source.rawValue + (event.sourceNote.map { ": " + safe($0) } ?? ""))
        if !event.referenceLines.isEmpty {
            lines += ["", "Outside the text"]
            lines += event.referenceLines.map { "  " + DisplayText.safe($0) }
        }
        return lines.joined(separator: "\n")
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
