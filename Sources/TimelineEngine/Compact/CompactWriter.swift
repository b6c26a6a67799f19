import Foundation

extension TimelineExport {
    /// Writes `timeline` in the compact format (see `CompactLayout`) to `path`,
    /// replacing it only once complete. The file holds the search index, so the
    /// timeline must have one (`isSearchable`).
    public static func compact(_ timeline: Timeline, to path: String) throws {
        precondition(timeline.isSearchable, Timeline.notSearchable)
        try ReplacingFile.write(to: path) { handle in
            var file = try SectionFile(handle: handle)
            try CompactWriter(timeline: timeline).writeSections(into: &file)
            try file.finish(events: timeline.rows.count)
        }
    }
}

/// Writes the sections of a compact file, in timeline order.
struct CompactWriter {
    let timeline: Timeline

    func writeSections(into file: inout SectionFile) throws {
        let store = timeline.store
        let rows = timeline.rows.map(Int.init)
        let document = try documentJSON()
        try file.section(.document) { $0.append(bytes: document) }
        try file.section(.rows) { output in
            var textOffset: UInt64 = 0
            for row in rows.lazy.map({ store.rows[$0] }) {
                output.append(textOffset)
                output.append(row.span.count)
                output.append(UInt8(CompactLayout.kinds.firstIndex(of: row.kind)!))
                output.append(UInt8(CompactLayout.sources.firstIndex(of: row.source)!))
                output.append(UInt16(0))
                for range in [row.id, row.title, row.acronym, row.summary, row.sourceNote, row.start, row.end] {
                    output.append(range)
                }
                textOffset += UInt64(row.span.count)
            }
        }
        try file.section(.spans) { output in
            for span in timeline.spans {
                output.append(Int32(span.earliestStart.value))
                output.append(Int32(span.latestEnd.value))
                output.append(Int32(span.startLatestYear))
                output.append(UInt32(span.isSingleDay ? 1 : 0))
            }
        }
        try file.lists(.aliasEnds, .aliases, store.aliases, rows) { $0.append($1) }
        try file.lists(.placeEnds, .places, store.places, rows) { $0.append($1) }
        try file.lists(.tagEnds, .tags, store.tags, rows) { $0.append($1) }
        try file.lists(.participantEnds, .participants, store.participants, rows) { output, participant in
            output.append(participant.organization)
            output.append(UInt8(CompactLayout.roles.firstIndex(of: participant.role)!))
            output.append(UInt8(0))
        }
        try file.lists(.chapterEnds, .chapters, store.chapters, rows) { $0.append($1) }
        try file.lists(.pageEnds, .pages, store.pages, rows) { $0.append($1) }
        try file.lists(.footnoteEnds, .footnotes, store.footnotes, rows) { $0.append($1) }
        try file.lists(.linkEnds, .links, timeline.outgoing, Array(rows.indices)) { output, link in
            output.append(link.event)
            output.append(UInt32(CompactLayout.linkTypes.firstIndex(of: link.type)!))
        }
        try file.section(.references) { output in
            for (position, row) in rows.enumerated() {
                for entry in store.references.entries(ofRow: row) {
                    output.append(UInt32(position))
                    output.append(UInt32(entry.field.rawValue))
                    output.append(entry.range)
                }
            }
        }
        try file.section(.searchEnds) { output in
            var end: UInt64 = 0
            for row in rows {
                end += UInt64(store.search.text(of: row).count)
                output.append(end)
            }
        }
        try file.section(.searchText) { output in
            for row in rows { output.append(bytes: store.search.text(of: row)) }
        }
        var ids = ByteSink()
        var idEnds = ByteSink()
        try file.section(.text) { output in
            for row in rows.lazy.map({ store.rows[$0] }) {
                guard let bytes = timeline.text.bytes(row.span) else {
                    let name = timeline.text.fileName(of: row.span) ?? "a data file"
                    throw ExportWriteError(description: "\(name) changed on disk after it was loaded: load it again")
                }
                output.append(bytes: bytes)
                ids.bytes += row.id.string(in: bytes).utf8
                idEnds.append(UInt32(ids.bytes.count))
            }
        }
        try file.section(.idEnds) { $0.append(bytes: idEnds.bytes) }
        try file.section(.ids) { $0.append(bytes: ids.bytes) }
    }

    /// Organizations and chapters, as JSON the loader reads (its events are the rows),
    /// keys sorted: the encoder's own order changes from one run to the next, and the
    /// same timeline must give the same file.
    private func documentJSON() throws -> [UInt8] {
        struct Document: Encodable {
            let organizations: [TimelineExport.OrganizationRecord]
            let chapters: [TimelineExport.ChapterRecord]
            let events: [TimelineExport.EventRecord] = []
        }
        let document = Document(organizations: timeline.organizations.map(TimelineExport.OrganizationRecord.init),
                                chapters: timeline.chapters.map(TimelineExport.ChapterRecord.init))
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        return Array(try encoder.encode(document))
    }
}

extension TimelineExport {
    /// The version of the compact format this program writes and reads.
    public static var compactFormatVersion: Int { Int(CompactLayout.version) }
}
