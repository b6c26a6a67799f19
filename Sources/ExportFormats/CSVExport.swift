import Foundation
import TimelineEngine
import TimelineImport
import TimelineReports

/// Events as a spreadsheet with every field, in the columns `import` reads back (lists
/// joined by `;`, roles and links as `name:value`, sources as JSON, each extra field a
/// column of its own, `extra.NAME`), so that a round trip through a spreadsheet gives
/// the same events. A text a spreadsheet would run as a formula (`=`, `+`, `-`, `@`
/// first) gets a `'` before it, which `import` takes off.
public enum CSVExport {
    public static func render(_ events: [Int], of timeline: Timeline) throws -> String {
        let records = events.map { timeline.events[$0] }
        var extraNames = [String]()
        for event in records {
            for field in event.extra where !extraNames.contains(field.name) { extraNames.append(field.name) }
        }
        let header = ImportField.allCases.map(\.rawValue) + extraNames.map { ImportField.extraPrefix + $0 }
        return try CSVText.render([header] + records.map { event in
            let cells = ImportField.allCases.map { cell($0, of: event) }
                + extraNames.map { name in event.extra.first { $0.name == name }?.value ?? "" }
            return cells.map(guarded)
        })
    }

    private static func cell(_ field: ImportField, of event: Event) -> String {
        func joined(_ items: [String]) -> String { items.joined(separator: ";") }
        switch field {
        case .id: return event.id
        case .title: return event.title
        case .acronym: return event.acronym ?? ""
        case .aliases: return joined(event.aliases)
        case .kind: return event.kind.rawValue
        case .start: return event.dates.fieldTexts.start
        case .end: return event.dates.fieldTexts.end
        case .organizations: return joined(event.organizationIDs)
        case .roles: return joined(event.participants.filter { $0.role != .participant }.map { "\($0.organization):\($0.role.rawValue)" })
        case .places: return joined(event.places)
        case .summary: return event.summary
        case .links: return joined(event.links.map { "\($0.type.rawValue):\($0.target)" })
        case .chapters: return joined(event.chapters)
        case .pages: return joined(event.pages.map(String.init))
        case .footnotes: return joined(event.footnotes.map(String.init))
        case .tags: return joined(event.tags)
        case .source: return event.source.rawValue
        case .sourceNote: return event.sourceNote ?? ""
        case .url: return event.url ?? ""
        case .wikidata: return event.wikidata ?? ""
        case .latitude: return event.location.map { String($0.latitude) } ?? ""
        case .longitude: return event.location.map { String($0.longitude) } ?? ""
        case .sources:
            guard !event.sources.isEmpty else { return "" }
            let objects = event.sources.map { ["title": $0.title, "url": $0.url, "accessed": $0.accessed].compactMapValues { $0 } }
            let data = (try? JSONSerialization.data(withJSONObject: objects, options: [.sortedKeys, .withoutEscapingSlashes])) ?? Data()
            return String(decoding: data, as: UTF8.self)
        }
    }

    /// A text a spreadsheet would run as a formula, with a `'` before it; numbers as they are.
    static func guarded(_ text: String) -> String {
        guard let first = text.first, "=+-@".contains(first), Double(text) == nil else { return text }
        return "'" + text
    }
}
