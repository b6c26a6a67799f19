extension Timeline {
    /// Calls `body` with each event at `positions`, in that order, read in place: the way
    /// to write many events, a million in about a second (`events[position]` makes an
    /// `Event` with all its texts, and reads them from the file one event at a time).
    ///
    /// Throws what `body` throws, or `DataFileChanged` when a data file changed on disk
    /// since it was loaded (found within a few thousand events of the change).
    public func readEvents(at positions: some Sequence<Int>, _ body: (EventView) throws -> Void) throws {
        try readEvents(at: positions, mappingFiles: true, body)
    }

    /// `readEvents(at:_:)`, with the files mapped (for many events) or read a text at a
    /// time (for a few, such as one event shown).
    func readEvents(at positions: some Sequence<Int>, mappingFiles: Bool, _ body: (EventView) throws -> Void) throws {
        try text.withBatch(mappingFiles: mappingFiles) { batch in
            let reading = EventReading(timeline: self, batch: batch)
            // Views do not hold the reading (see `EventView`): it must outlive the last one.
            try withExtendedLifetime(reading) {
                for position in positions {
                    try body(EventView(reading, position: position))
                    try batch.didRead()
                }
            }
        }
    }
}

extension Timeline {
    /// Calls `body` with each event at `positions`, in that order, made whole (and its
    /// position): for
    /// formats that need an event's every field (a million in a few seconds, where
    /// `events[position]` one by one takes several times as long).
    public func forEachEvent(at positions: some Sequence<Int>, _ body: (Int, Event) throws -> Void) throws {
        try readEvents(at: positions) { try body($0.position, Event($0)) }
    }

    /// Whether any event has a field most lack (url, wikidata, location, sources, extra).
    public var hasReferenceFields: Bool { !store.references.entries.isEmpty }
}

extension EventView {
    /// The fields most events lack (url, wikidata, location, sources, extra), read into
    /// an otherwise empty event; nil when the event has none of them.
    public var referenceFields: Event? {
        let entries = reading.timeline.store.references.entries(ofRow: index)
        guard !entries.isEmpty else { return nil }
        var event = Event(id: "", title: "", kind: kind, dates: .placeholder)
        for entry in entries {
            var scanner = JSONScanner(UnsafeBufferPointer(rebasing: bytes[entry.range.range]))
            guard let tree = JSONTree(&scanner) else { continue }
            var reader = NodeReader<JSONTree>(file: "")
            reader.readReference(entry.field, tree, into: &event)
        }
        return event
    }
}

extension Event {
    /// The event a view reads, with all its texts.
    init(_ view: EventView) {
        self.init(id: view.id.string, title: view.title.string, acronym: view.acronym?.string,
                  aliases: view.aliases.map(\.string), kind: view.kind, dates: view.dates, places: view.places.map(\.string),
                  participants: Array(view.participants), summary: view.summary.string,
                  links: view.links.map { EventLink(type: $0.type, target: $0.targetID.string) },
                  chapters: Array(view.chapters), pages: Array(view.pages), footnotes: Array(view.footnotes),
                  tags: view.tags.map(\.string), source: view.source, sourceNote: view.sourceNote?.string)
        if let references = view.referenceFields {
            (url, wikidata, location, sources, extra) =
                (references.url, references.wikidata, references.location, references.sources, references.extra)
        }
    }
}
