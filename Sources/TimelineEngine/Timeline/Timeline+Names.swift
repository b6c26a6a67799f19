import Foundation

/// Finding what a person names on the command line: ids without regard to case, an
/// event by its acronym or an alias, an organization or chapter by its name or title,
/// and the nearest name when nothing matches.
extension Timeline {
    /// What a name stands for, or the nearest name when it stands for nothing.
    public enum Lookup<Found> {
        case found(Found)
        case missing(suggestion: String?)
    }

    /// The event `name` stands for: its id, or without regard to case or accents its id,
    /// acronym or an alias.
    public func event(named name: String) -> Lookup<Int> {
        if let position = eventIndex(id: name) ?? eventIndex(id: name.lowercased()) ?? eventIndex(id: name.uppercased()) {
            return .found(position)
        }
        // The search index holds acronyms and aliases: only the events it finds are read.
        // Without it (a timeline loaded not to be searched), every event is, and its id
        // kept for the nearest name, should none be found.
        let readsEveryEvent = !isSearchable
        let isName = Self.sameText(as: name)
        var found: Int?
        var ids: [String] = []
        try? readEvents(at: readsEveryEvent ? Array(events.indices) : select(TimelineQuery(text: name))) { event in
            guard found == nil else { return }
            if readsEveryEvent { ids.append(event.id.string) }
            if isName(event.id) || event.acronym.map(isName) == true || event.aliases.contains(where: isName) { found = event.position }
        }
        if let found { return .found(found) }
        if !readsEveryEvent { try? readEvents(at: events.indices) { ids.append($0.id.string) } }
        return .missing(suggestion: Self.nearest(name, among: ids.map { ($0, $0) }))
    }

    /// The organization `name` stands for: its id or its name, without regard to case.
    public func organization(named name: String) -> Lookup<Organization> {
        if let organization = organization(id: name) ?? organizations.first(where: { Self.same($0.id, name) || Self.same($0.name, name) }) {
            return .found(organization)
        }
        return .missing(suggestion: Self.nearest(name, among: organizations.map { ($0.id, $0.id) } + organizations.map { ($0.name, $0.id) }))
    }

    /// The chapter or section `name` stands for: its id or its title, without regard to case.
    public func chapter(named name: String) -> Lookup<Chapter> {
        if let chapter = chapter(id: name) ?? chapters.first(where: { Self.same($0.id, name) || Self.same($0.title, name) }) {
            return .found(chapter)
        }
        return .missing(suggestion: Self.nearest(name, among: chapters.map { ($0.id, $0.id) }))
    }

    private static func same(_ one: String, _ other: String) -> Bool {
        one.compare(other, options: [.caseInsensitive, .diacriticInsensitive]) == .orderedSame
    }

    /// Whether an event's text is the same as `name` (see `same`): compared byte by byte
    /// when both are plain ASCII once folded, as nearly every id is, so that a million
    /// events are read without making a string of each of their names.
    private static func sameText(as name: String) -> (EventText) -> Bool {
        let folded = Array(name.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil).utf8)
        let isPlain = folded.allSatisfy { $0 < 0x80 }
        return { text in
            text.withUTF8 { bytes in
                guard isPlain, bytes.allSatisfy({ $0 < 0x80 }) else { return same(String(decoding: bytes, as: UTF8.self), name) }
                return bytes.count == folded.count && zip(bytes, folded).allSatisfy { byte, other in
                    (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) ? byte | 0x20 == other : byte == other
                }
            }
        }
    }

    /// The result of the name closest to `name`, without regard to case, if close enough.
    private static func nearest(_ name: String, among names: [(name: String, result: String)]) -> String? {
        let lowered = Dictionary(names.map { ($0.name.lowercased(), $0.result) }, uniquingKeysWith: { first, _ in first })
        return FieldNames(lowered.keys).suggestion(for: name.lowercased()).flatMap { lowered[$0] }
    }
}
