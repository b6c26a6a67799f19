extension Timeline {
    /// The events in timeline order; each `Event` is made when it is read.
    public var events: EventList { EventList(timeline: self) }

    /// The event at a position of the timeline, made from its stored columns and text.
    func event(at position: Int) -> Event {
        var event: Event?
        do {
            try readEvents(at: CollectionOfOne(position), mappingFiles: false) { event = Event($0) }
        } catch {
            return changedFileEvent(at: Int(rows[position]))
        }
        return event!
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
