import ArgumentParser
import TimelineEngine

/// The filters of `list`, which `export` takes too, so that what a user filtered is
/// what they export.
struct FilterOptions: ParsableArguments {
    @Option(help: "Only events involving this organization, by id or name, in any case (repeatable; any of them by default).",
            completion: Completions.organizations)
    var org: [String] = []
    @Flag(help: "With several --org, only events involving all of them.")
    var allOrgs = false
    @Flag(help: "Match an organization exactly, without its bodies (UN without the Security Council).")
    var withoutBodies = false
    @Option(help: ArgumentHelp("Only events of this kind (repeatable).", valueName: "kind"), completion: Completions.kinds)
    var kind: [String] = []
    @Option(help: "Only events still going on in or after this year.")
    var from: Int?
    @Option(help: "Only events that started in or before this year.")
    var to: Int?
    @Option(help: "Only events whose title, aliases, places or summary hold all these words.")
    var search: String?
    @Option(help: "Only events discussed in this chapter or section (by id or title).", completion: Completions.chapters)
    var chapter: String?
    @Option(help: "Only events discussed on this page.")
    var page: Int?
    @Option(help: "Only events linked to or from this event (by id, acronym or alias).", completion: Completions.events)
    var linkedTo: String?

    /// Whether any filter is given.
    var isFiltering: Bool {
        !org.isEmpty || !kind.isEmpty || from != nil || to != nil || search != nil || chapter != nil || page != nil
            || linkedTo != nil
    }

    /// Whether events are searched for words, which takes the timeline's search index.
    var searches: Bool { search != nil }

    /// The events that pass every filter given, in timeline order.
    func select(in timeline: Timeline) throws -> [Int] {
        isFiltering ? timeline.select(try query(for: timeline)) : Array(timeline.events.indices)
    }

    private func query(for timeline: Timeline) throws -> TimelineQuery {
        let organizations = try org.map { try timeline.organization(named: $0).found("organization", $0).id }
        let chapter = try self.chapter.map { try timeline.chapter(named: $0).found("chapter", $0).id }
        let linkedTo = try self.linkedTo.map { name in try timeline.events[timeline.event(named: name).found("event", name)].id }
        let kinds = try kind.map { name in
            guard let kind = Event.Kind(rawValue: name.lowercased()) else {
                throw ValidationError("unknown kind '\(name)'; known: "
                    + Event.Kind.allCases.map(\.rawValue).joined(separator: ", "))
            }
            return kind
        }
        return TimelineQuery(organizations: organizations, organizationMatch: allOrgs ? .all : .any,
                             includeBodies: !withoutBodies, kinds: Set(kinds), fromYear: from, toYear: to,
                             chapter: chapter, page: page, linkedTo: linkedTo, text: search ?? "")
    }
}
