extension EventStore {
    /// Moves the events of `other` after these, leaving `other` empty. Its organization
    /// and chapter numbers become `organizations[number]` and `chapters[number]`.
    ///
    /// Each column of `other` is freed as soon as it is copied, so that joining two
    /// halves of a large file needs little more memory than the halves themselves.
    mutating func append(taking other: inout EventStore, organizations: [UInt16], chapters: [UInt16]) {
        rows.append(contentsOf: other.rows)
        other.rows = []
        spans.append(contentsOf: other.spans)
        other.spans = []
        ids.append(contentsOf: other.ids)
        other.ids = []
        titlePrefixes.append(contentsOf: other.titlePrefixes)
        other.titlePrefixes = []
        for lists in [\EventStore.aliases, \.places, \.tags] as [WritableKeyPath<EventStore, FlatLists<TextRange>>] {
            self[keyPath: lists].append(contentsOf: other[keyPath: lists])
            other[keyPath: lists] = FlatLists()
        }
        participants.append(contentsOf: other.participants) { participant in
            Participant(organization: organizations[Int(participant.organization)], role: participant.role)
        }
        other.participants = FlatLists()
        self.chapters.append(contentsOf: other.chapters) { chapters[Int($0)] }
        other.chapters = FlatLists()
        pages.append(contentsOf: other.pages)
        other.pages = FlatLists()
        footnotes.append(contentsOf: other.footnotes)
        other.footnotes = FlatLists()
        links.append(contentsOf: other.links)
        other.links = FlatLists()
        search.append(contentsOf: other.search)
        other.search = SearchIndex()
    }
}
