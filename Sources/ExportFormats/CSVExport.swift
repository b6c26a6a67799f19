import Foundation
import TimelineEngine
import TimelineImport
import TimelineReports

/// Events as a spreadsheet with every field, in the columns `import` reads back (lists
/// joined by `;`, roles and links as `name:value`, sources as JSON, each extra field a
/// column of its own, `extra.NAME`), so that a round trip through a spreadsheet gives
/// the same events. A text a spreadsheet would run as a formula gets a `'` before it
/// (`CSVText.endField(guardingFormulas:)`), which `import` takes off.
public enum CSVExport {
    /// Writes the events, handing the text to `write` in blocks of about 64 KiB.
    public static func write(_ events: [Int], of timeline: Timeline, to write: (Data) throws -> Void) throws {
        var extraNames = [String]()
        if timeline.hasReferenceFields {
            try timeline.readEvents(at: events) { event in
                for field in event.referenceFields?.extra ?? [] where !extraNames.contains(field.name) { extraNames.append(field.name) }
            }
        }
        try write(Data(CSVText.render([ImportField.allCases.map(\.rawValue) + extraNames.map { ImportField.extraPrefix + $0 }]).utf8))
        try timeline.writeEvents(at: events, namingLinkTargets: true, { [extraNames] block in
            var csv = CSVText()
            block.forEach { event in
                let references = event.referenceFields
                let dates = event.dates.fieldTexts
                for field in ImportField.allCases {
                    append(field, of: event, dates: dates, references: references, to: &csv)
                    csv.endField(guardingFormulas: true)
                }
                for name in extraNames {
                    csv.append(references?.extra.first { $0.name == name }?.value ?? "")
                    csv.endField(guardingFormulas: true)
                }
                csv.endRow()
            }
            return csv.data()
        }, to: write)
    }

    /// The events as one text, for small timelines and tests.
    public static func render(_ events: [Int], of timeline: Timeline) throws -> String {
        var data = Data()
        try write(events, of: timeline) { data.append($0) }
        return String(decoding: data, as: UTF8.self)
    }

    private static func append(_ field: ImportField, of event: EventView, dates: (start: String, end: String), references: Event?,
                               to csv: inout CSVText) {
        switch field {
        case .id: csv.append(event.id)
        case .title: csv.append(event.title)
        case .acronym: if let acronym = event.acronym { csv.append(acronym) }
        case .aliases: csv.append(joined: event.aliases)
        case .kind: csv.append(event.kind.rawValue)
        case .start: csv.append(dates.start)
        case .end: csv.append(dates.end)
        case .organizations: csv.append(joined: event.participants.lazy.map(\.organization))
        case .roles:
            var first = true
            for participant in event.participants where participant.role != .participant {
                if !first { csv.append(";") }
                first = false
                csv.append(participant.organization + ":" + participant.role.rawValue)
            }
        case .places: csv.append(joined: event.places)
        case .summary: csv.append(event.summary)
        case .links:
            for (index, link) in event.links.enumerated() {
                if index > 0 { csv.append(";") }
                csv.append(link.type.rawValue + ":")
                csv.append(link.targetID)
            }
        case .chapters: csv.append(joined: event.chapters)
        case .pages: csv.append(joined: event.pages)
        case .footnotes: csv.append(joined: event.footnotes)
        case .tags: csv.append(joined: event.tags)
        case .source: csv.append(event.source.rawValue)
        case .sourceNote: if let note = event.sourceNote { csv.append(note) }
        case .url: csv.append(references?.url ?? "")
        case .wikidata: csv.append(references?.wikidata ?? "")
        case .latitude: csv.append(references?.location.map { String($0.latitude) } ?? "")
        case .longitude: csv.append(references?.location.map { String($0.longitude) } ?? "")
        case .sources:
            guard let sources = references?.sources, !sources.isEmpty else { return }
            let objects = sources.map { ["title": $0.title, "url": $0.url, "accessed": $0.accessed].compactMapValues { $0 } }
            let data = (try? JSONSerialization.data(withJSONObject: objects, options: [.sortedKeys, .withoutEscapingSlashes])) ?? Data()
            csv.append(String(decoding: data, as: UTF8.self))
        }
    }
}
