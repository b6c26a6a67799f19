extension Timeline {
    /// The events in timeline order; each `Event` is made when it is read.
    public var events: EventList { EventList(timeline: self) }

    /// The event at a position of the timeline, made from its stored columns and text.
    func event(at position: Int) -> Event {
        let index = Int(rows[position])
        let row = store.rows[index]
        guard let bytes = text.bytes(row.span) else { return changedFileEvent(at: index) }
        let dates = (try? EventDates(start: row.start.string(in: bytes), end: row.end.string(in: bytes))) ?? .placeholder
        var event = Event(
            id: row.id.string(in: bytes), title: row.title.string(in: bytes), acronym: row.acronym.text(in: bytes),
            aliases: store.aliases[index].map { $0.string(in: bytes) }, kind: row.kind, dates: dates,
            places: store.places[index].map { $0.string(in: bytes) },
            participants: store.participants[index].map {
                Event.Participant(organization: organizations[Int($0.organization)].id, role: $0.role)
            },
            summary: row.summary.string(in: bytes),
            links: outgoing[position].map { EventLink(type: $0.type, target: id(at: Int($0.event))) },
            chapters: store.chapters[index].map { chapters[Int($0)].id },
            pages: store.pages[index].map(Int.init), footnotes: store.footnotes[index].map(Int.init),
            tags: store.tags[index].map { $0.string(in: bytes) }, source: row.source,
            sourceNote: row.sourceNote.text(in: bytes))
        for entry in store.references.entries(ofRow: index) {
            Array(bytes[entry.range.range]).withUnsafeBufferPointer { value in
                var scanner = JSONScanner(value)
                guard let tree = JSONTree(&scanner) else { return }
                var reader = NodeReader<JSONTree>(file: "")
                reader.readReference(entry.field, tree, into: &event)
            }
        }
        return event
    }

    /// The id of the event at a position, read without the rest of its text.
    func id(at position: Int) -> String {
        let row = store.rows[Int(rows[position])]
        return text.string(row.id, in: row.span)
    }

    /// Stands in for an event whose file was changed on disk after loading: its text
    /// can no longer be trusted to be where it was, but what is kept as numbers (its
    /// organizations, chapters, pages and notes) still holds.
    private func changedFileEvent(at index: Int) -> Event {
        let row = store.rows[index]
        let file = text.fileName(of: row.span) ?? "the data file"
        return Event(id: "?", title: "\(file) changed on disk after it was loaded: open it again", kind: row.kind,
                     dates: .placeholder,
                     participants: store.participants[index].map {
                         Event.Participant(organization: organizations[Int($0.organization)].id, role: $0.role)
                     },
                     chapters: store.chapters[index].map { chapters[Int($0)].id },
                     pages: store.pages[index].map(Int.init), footnotes: store.footnotes[index].map(Int.init),
                     source: row.source)
    }
}

/// The events of a timeline in order, as `Event` values made on demand.
public struct EventList: RandomAccessCollection, Sendable {
    let timeline: Timeline

    public var startIndex: Int { 0 }
    public var endIndex: Int { timeline.rows.count }

    public subscript(position: Int) -> Event { timeline.event(at: position) }
}
