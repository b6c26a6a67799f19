/// Loads JSON data files the fast way, all of them or none: events through
/// `JSONTimelineReader`, organizations and chapters through `DocumentParser`.
enum JSONTimelineLoader {
    /// The timeline, or nil when any file is not JSON the fast reader fully accepts. An
    /// events array of `splitAbove` bytes or more is read by two threads. Unless
    /// `searchable`, no search index is made (see `TimelineLoader.load(paths:searchable:)`).
    static func load(_ sources: [TextStore.Source], names: [String], searchable: Bool = true,
                     splitAbove: Int = SecondHalf.minimumBytes) -> Timeline? {
        var store = EventStore()
        let totalBytes = sources.reduce(0) { total, source in
            switch source {
            case .memory(let bytes): total + bytes.count
            case .file(let file): total + file.byteCount
            }
        }
        // Generous: capacity that is never written costs address space, not memory.
        store.reserveCapacity(events: totalBytes / 256 + 16)
        var organizationNames = JSONTimelineReader.Names()
        var chapterNames = JSONTimelineReader.Names()
        var document = ParsedDocument()
        for (index, source) in sources.enumerated() {
            let sections: JSONTimelineReader.Sections? = switch source {
            case .memory(let bytes):
                bytes.withUnsafeBufferPointer { bytes in
                    JSONTimelineReader.read(bytes, source: index, into: &store, organizations: &organizationNames,
                                            chapters: &chapterNames, splitAbove: splitAbove, indexesSearch: searchable,
                                            release: { _ in })
                }
            case .file(let file):
                file.withMappedBytes { bytes, release in
                    JSONTimelineReader.read(bytes.assumingMemoryBound(to: UInt8.self), source: index, into: &store,
                                            organizations: &organizationNames, chapters: &chapterNames, splitAbove: splitAbove,
                                            indexesSearch: searchable, release: release)
                } ?? nil
            }
            guard let sections else { return nil }
            let root = JSONTree.object([("organizations", sections.organizations), ("chapters", sections.chapters),
                                        ("events", .array([]))].compactMap { key, value in value.map { (key, $0) } })
            let (parsed, diagnostics) = DocumentParser.read(root, file: names[index])
            guard diagnostics.isEmpty else { return nil }
            document.organizations += parsed.organizations
            document.chapters += parsed.chapters
        }
        document.dropRepeatedDeclarations()
        guard ReferenceChecker.check(document).isEmpty else { return nil }
        let organizations = document.organizations.map(\.value)
        let chapters = document.chapters.map(\.value)
        guard let organizationIndex = positions(of: organizationNames.names, among: organizations.map(\.id)),
              let chapterIndex = positions(of: chapterNames.names, among: chapters.map(\.id)) else { return nil }
        store.participants.updateItems { $0.organization = organizationIndex[Int($0.organization)] }
        store.chapters.updateItems { $0 = chapterIndex[Int($0)] }
        return Timeline(taking: &store, text: TextStore(sources: sources), organizations: organizations,
                        chapters: chapters, strict: true)
    }

    /// Where each name is among `ids`; nil if one is missing.
    private static func positions(of names: [String], among ids: [String]) -> [UInt16]? {
        let index = Dictionary(ids.enumerated().map { ($1, UInt16($0)) }, uniquingKeysWith: { first, _ in first })
        let found = names.compactMap { index[$0] }
        return found.count == names.count ? found : nil
    }
}
