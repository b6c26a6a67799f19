extension EventStore {
    /// Adds events given as values, their text written to a new memory source (returned),
    /// which the store's text store must hold at position `source`. Organizations and
    /// chapters an event names but that are not given are left out.
    mutating func append(_ events: [Event], organizations: [Organization], chapters: [Chapter], source: Int) -> [UInt8] {
        let orgIndex = Dictionary(organizations.enumerated().map { ($1.id, UInt16($0)) }, uniquingKeysWith: { first, _ in first })
        let chapterIndex = Dictionary(chapters.enumerated().map { ($1.id, UInt16($0)) }, uniquingKeysWith: { first, _ in first })
        var arena = [UInt8]()
        var folder = SearchKey.Folder()
        for event in events {
            let spanStart = arena.count
            func write(_ text: String?) -> TextRange {
                guard let text else { return .absent }
                let range = TextRange(offset: arena.count - spanStart, count: text.utf8.count)
                arena.append(contentsOf: text.utf8)
                return range
            }
            func fold(_ text: String) {
                var text = text
                text.withUTF8 { search.add($0, folder: &folder) }
            }
            let (id, title, acronym, summary) = (write(event.id), write(event.title), write(event.acronym), write(event.summary))
            let (sourceNote, start, end) = (write(event.sourceNote), write(event.dates.fieldTexts.start), write(event.dates.fieldTexts.end))
            aliases.appendList(event.aliases.map { write($0) })
            places.appendList(event.places.map { write($0) })
            tags.appendList(event.tags.map { write($0) })
            for field in EventField.allCases where field.isReference {
                guard let value = JSONTree.reference(field, of: event) else { continue }
                references.append(row: rows.count, field: field, range: write(value.json))
            }
            rows.append(Row(span: TextSpan(source: source, offset: spanStart, count: arena.count - spanStart),
                            id: id, title: title, acronym: acronym, summary: summary, sourceNote: sourceNote,
                            start: start, end: end, kind: event.kind, source: event.source))
            let span = TimeSpan(event.dates)
            spans.append(span)
            ids.append(TextHash(event.id))
            orderKeys.append(span: span, title: Array(event.title.utf8).withUnsafeBufferPointer(OrderKeys.TitlePrefix.init))
            participants.appendList(event.participants.compactMap { participant in
                orgIndex[participant.organization].map { Participant(organization: $0, role: participant.role) }
            })
            self.chapters.appendList(event.chapters.compactMap { chapterIndex[$0] })
            pages.appendList(event.pages.map { Int32(clamping: $0) })
            footnotes.appendList(event.footnotes.map { Int32(clamping: $0) })
            links.appendList(event.links.map { PendingLink(type: $0.type, target: TextHash($0.target)) })
            for text in [event.title, event.acronym ?? ""] + event.aliases + event.places + [event.summary] { fold(text) }
            search.closeEvent()
        }
        return arena
    }
}
