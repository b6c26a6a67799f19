import TerminalText
import TimelineEngine

extension AppState {
    /// The selected event as a note would cite it: title, dates, the sections and pages
    /// of the text that discuss it, its notes, and where its facts come from. One line,
    /// display-safe: it goes to the clipboard of whoever pastes it.
    var citation: String? {
        guard let position = selectedEvent else { return nil }
        let event = timeline[event: position]
        var parts = [event.title + (event.acronym.map { " (\($0))" } ?? "") + ", " + event.dates.plainText]
        let chapters = event.chapters.compactMap(timeline.chapter(id:)).map { chapter in
            chapter.kind == .section ? "section “\(chapter.title)”" : chapter.title + (chapter.subject.map { " (\($0))" } ?? "")
        }
        if !chapters.isEmpty { parts.append(chapters.joined(separator: "; ")) }
        if !event.pages.isEmpty {
            parts.append((event.pages.count == 1 ? "p. " : "pp. ") + event.pages.map(String.init).joined(separator: ", "))
        }
        if !event.footnotes.isEmpty {
            parts.append((event.footnotes.count == 1 ? "note " : "notes ") + event.footnotes.map(String.init).joined(separator: ", "))
        }
        if event.source != .chapter {
            parts.append("source: \(event.source.rawValue)" + (event.sourceNote.map { " (\($0))" } ?? ""))
        }
        return DisplayText.safe(parts.joined(separator: ". ") + ".")
    }

    /// `y`: the citation for the clipboard, and a message that says so.
    mutating func copyCitation() -> String? {
        guard let citation, let position = selectedEvent else {
            inform("No event to copy")
            return nil
        }
        inform("Copied the citation of \(timeline[event: position].shortName) to the clipboard")
        return citation
    }
}
