/// One event read in place from the timeline's storage, for writing many events fast:
/// a text is read when asked for, and nothing is copied that is not. `Event` values are
/// made from it too. Valid only inside the body of `Timeline.readEvents(at:_:)`.
public struct EventView {
    /// Not counted: a count both threads of a reading change slows every view (see
    /// `EventColumns`), and a view lives only inside the reading's body anyway.
    unowned(unsafe) let reading: EventReading
    /// The event's row in the store.
    let index: Int
    let row: EventStore.Row
    /// The event's text, as stored.
    let bytes: UnsafeBufferPointer<UInt8>
    /// The event's position in timeline order.
    public let position: Int

    init(_ reading: EventReading, position: Int) {
        self.reading = reading
        self.position = position
        index = Int(reading.columns.rowOfPosition[position])
        row = reading.columns.rows[index]
        bytes = reading.batch.bytes(row.span)
    }

    private var columns: EventColumns { reading.columns }

    public var id: EventText { text(row.id) }
    public var title: EventText { text(row.title) }
    public var acronym: EventText? { row.acronym.isAbsent ? nil : text(row.acronym) }
    public var summary: EventText { text(row.summary) }
    public var sourceNote: EventText? { row.sourceNote.isAbsent ? nil : text(row.sourceNote) }
    public var kind: Event.Kind { row.kind }
    public var source: Event.Source { row.source }

    /// The dates; a placeholder (no text) if what is stored no longer parses.
    public var dates: EventDates {
        text(row.start).withUTF8 { start in
            text(row.end).withUTF8 { end in (try? EventDates(startBytes: start, endBytes: end)) ?? .placeholder }
        }
    }

    public var aliases: EventTexts { EventTexts(ranges: columns.aliases[index], bytes: bytes) }
    public var places: EventTexts { EventTexts(ranges: columns.places[index], bytes: bytes) }
    public var tags: EventTexts { EventTexts(ranges: columns.tags[index], bytes: bytes) }

    public var participants: EventParticipants { EventParticipants(stored: columns.participants[index], reading: reading) }

    /// The ids of the chapters that discuss the event.
    public var chapters: EventChapters { EventChapters(stored: columns.chapters[index], reading: reading) }
    public var pages: EventNumbers { EventNumbers(stored: columns.pages[index]) }
    public var footnotes: EventNumbers { EventNumbers(stored: columns.footnotes[index]) }

    /// The event's own links, in the order written.
    public var links: EventLinks { EventLinks(stored: columns.outgoing[position], reading: reading) }

    private func text(_ range: TextRange) -> EventText {
        EventText(bytes: range.isAbsent ? UnsafeBufferPointer(start: nil, count: 0) : UnsafeBufferPointer(rebasing: bytes[range.range]),
                  isEscaped: range.isEscaped)
    }
}

/// What the views of one `Timeline.readEvents(at:_:)` read from, shared rather than
/// copied into each (a `Timeline` is many arrays, each retained on a copy).
final class EventReading: Sendable {
    let timeline: Timeline
    let columns: EventColumns
    let batch: TextBatch
    /// Every event's id, when many links are to be written; freed with the reading.
    let linkTargets: LinkTargetIDs?

    init(timeline: Timeline, batch: TextBatch, linkTargets: LinkTargetIDs? = nil) {
        self.timeline = timeline
        columns = EventColumns(timeline)
        self.batch = batch
        self.linkTargets = linkTargets
    }

    deinit {
        columns.deallocate()
        linkTargets?.deallocate()
    }
}

/// One text of an event, as stored; valid while the `EventView` it came from is.
public struct EventText {
    let bytes: UnsafeBufferPointer<UInt8>
    let isEscaped: Bool

    public var isEmpty: Bool { bytes.isEmpty }

    public var string: String {
        isEscaped ? JSONString.decode(bytes) : String(decoding: bytes, as: UTF8.self)
    }

    /// Calls `body` with the text's UTF-8 bytes.
    public func withUTF8<Result>(_ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        guard isEscaped else { return try body(bytes) }
        var decoded = JSONString.decode(bytes)
        return try decoded.withUTF8(body)
    }
}

/// A list of texts of an event (its aliases, places or tags).
public struct EventTexts: RandomAccessCollection {
    let ranges: UnsafeBufferPointer<TextRange>
    let bytes: UnsafeBufferPointer<UInt8>

    public var startIndex: Int { 0 }
    public var endIndex: Int { ranges.count }

    public subscript(position: Int) -> EventText {
        EventText(bytes: UnsafeBufferPointer(rebasing: bytes[ranges[position].range]), isEscaped: ranges[position].isEscaped)
    }
}

/// The organizations taking part in an event, with their roles.
public struct EventParticipants: RandomAccessCollection {
    let stored: UnsafeBufferPointer<EventStore.Participant>
    unowned(unsafe) let reading: EventReading

    public var startIndex: Int { 0 }
    public var endIndex: Int { stored.count }

    public subscript(position: Int) -> Event.Participant {
        Event.Participant(organization: reading.timeline.organizations[organizationIndex(position)].id,
                          role: stored[position].role)
    }

    /// Where the participant's organization is among the timeline's `organizations`: what
    /// is written of each organization can be made once, not once per event.
    public func organizationIndex(_ position: Int) -> Int { Int(stored[position].organization) }
}

/// The ids of the chapters that discuss an event.
public struct EventChapters: RandomAccessCollection {
    let stored: UnsafeBufferPointer<UInt16>
    unowned(unsafe) let reading: EventReading

    public var startIndex: Int { 0 }
    public var endIndex: Int { stored.count }
    public subscript(position: Int) -> String { reading.timeline.chapters[Int(stored[position])].id }
}

/// An event's pages or notes.
public struct EventNumbers: RandomAccessCollection {
    let stored: UnsafeBufferPointer<Int32>

    public var startIndex: Int { 0 }
    public var endIndex: Int { stored.count }
    public subscript(position: Int) -> Int { Int(stored[position]) }
}

/// An event's own links: each link's type, and the event it points to.
public struct EventLinks: RandomAccessCollection {
    public struct Link {
        public let type: LinkType
        /// The position of the event linked to.
        public let target: Int
        /// The id of the event linked to.
        public let targetID: EventText
    }

    let stored: UnsafeBufferPointer<CompactLink>
    unowned(unsafe) let reading: EventReading

    public var startIndex: Int { 0 }
    public var endIndex: Int { stored.count }

    public subscript(position: Int) -> Link {
        let link = stored[position]
        let target = Int(link.event)
        let id = reading.linkTargets?.id(ofRow: Int(reading.columns.rowOfPosition[target])) ?? EventView(reading, position: target).id
        return Link(type: link.type, target: target, targetID: id)
    }
}
