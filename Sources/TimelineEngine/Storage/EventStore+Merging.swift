extension EventStore {
    /// Moves the events of `other` after these, leaving `other` empty. Its organization
    /// and chapter numbers become `organizations[number]` and `chapters[number]`.
    ///
    /// The rows are moved, not copied (see `Segments`); each other column of `other` is
    /// freed as soon as it is copied, so that joining two halves of a large file needs
    /// little more memory than the halves themselves.
    mutating func append(taking other: inout EventStore, organizations: [UInt16], chapters: [UInt16]) {
        // The sorted order keys are merged on the other core while the columns are joined here.
        var keys = OrderKeys(), added = OrderKeys()
        swap(&keys, &orderKeys)
        swap(&added, &other.orderKeys)
        let isLarge = added.keys.count >= 1 << 14
        let handoff = Handoff((consume keys, consume added))
        let merging = Background(isWorthAThread: isLarge) {
            var (keys, added) = handoff.take()
            keys.append(taking: &added)
            return keys
        }
        references.append(taking: &other.references, rowOffset: rows.count)
        rows.append(taking: &other.rows)
        spans.append(contentsOf: other.spans)
        other.spans = []
        ids.append(contentsOf: other.ids)
        other.ids = []
        aliases.append(taking: &other.aliases)
        places.append(taking: &other.places)
        tags.append(taking: &other.tags)
        participants.append(taking: &other.participants) { participant in
            Participant(organization: organizations[Int(participant.organization)], role: participant.role)
        }
        self.chapters.append(taking: &other.chapters) { chapters[Int($0)] }
        pages.append(taking: &other.pages)
        footnotes.append(taking: &other.footnotes)
        links.append(taking: &other.links)
        search.append(contentsOf: other.search)
        other.search = SearchIndex()
        orderKeys = merging.take()!
    }
}
