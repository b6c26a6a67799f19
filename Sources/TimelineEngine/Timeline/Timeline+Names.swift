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
        // Without it (a timeline loaded not to be searched), every event is.
        let candidates = isSearchable ? select(TimelineQuery(text: name)) : Array(events.indices)
        var found: Int?
        try? readEvents(at: candidates) { event in
            guard found == nil else { return }
            let names = [event.id.string, event.acronym?.string].compactMap { $0 } + event.aliases.map(\.string)
            if names.contains(where: { Self.same($0, name) }) { found = event.position }
        }
        if let found { return .found(found) }
        return .missing(suggestion: Self.nearest(name, among: events.indices.map { (id(at: $0), id(at: $0)) }))
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

    /// The result of the name closest to `name`, without regard to case, if close enough.
    private static func nearest(_ name: String, among names: [(name: String, result: String)]) -> String? {
        let lowered = Dictionary(names.map { ($0.name.lowercased(), $0.result) }, uniquingKeysWith: { first, _ in first })
        return FieldNames(lowered.keys).suggestion(for: name.lowercased()).flatMap { lowered[$0] }
    }
}
