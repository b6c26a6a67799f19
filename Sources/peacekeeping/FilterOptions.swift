import ArgumentParser
import TimelineEngine

/// The filters of `list`, which `export` takes too, so that what a user filtered is
/// what they export.
struct FilterOptions: ParsableArguments {
    @Option(help: "Only events involving this organization (repeatable; any of them by default).")
    var org: [String] = []
    @Flag(help: "With several --org, only events involving all of them.")
    var allOrgs = false
    @Flag(help: "Match an organization exactly, without its bodies (UN without the Security Council).")
    var withoutBodies = false
    @Option(help: ArgumentHelp("Only events of this kind (repeatable).", valueName: "kind"))
    var kind: [String] = []
    @Option(help: "Only events still going on in or after this year.")
    var from: Int?
    @Option(help: "Only events that started in or before this year.")
    var to: Int?
    @Option(help: "Only events whose title, aliases, places or summary hold all these words.")
    var search: String?
    @Option(help: "Only events discussed in this chapter or section (by id).")
    var chapter: String?
    @Option(help: "Only events discussed on this page.")
    var page: Int?
    @Option(help: "Only events linked to or from this event (by id).")
    var linkedTo: String?

    /// Whether any filter is given.
    var isFiltering: Bool {
        !org.isEmpty || !kind.isEmpty || from != nil || to != nil || search != nil || chapter != nil || page != nil
            || linkedTo != nil
    }

    /// The events that pass every filter given, in timeline order.
    func select(in timeline: Timeline) throws -> [Int] {
        isFiltering ? timeline.select(try query(for: timeline)) : Array(timeline.events.indices)
    }

    private func query(for timeline: Timeline) throws -> TimelineQuery {
        for id in org where timeline.organization(id: id) == nil {
            throw ValidationError("unknown organization '\(id)'; known: "
                + timeline.organizations.map(\.id).joined(separator: ", "))
        }
        let kinds = try kind.map { name in
            guard let kind = Event.Kind(rawValue: name) else {
                throw ValidationError("unknown kind '\(name)'; known: "
                    + Event.Kind.allCases.map(\.rawValue).joined(separator: ", "))
            }
            return kind
        }
        if let chapter, timeline.chapter(id: chapter) == nil {
            throw ValidationError("unknown chapter '\(chapter)'; known: "
                + timeline.chapters.map(\.id).joined(separator: ", "))
        }
        if let linkedTo, timeline.event(id: linkedTo) == nil {
            throw ValidationError("unknown event '\(linkedTo)'")
        }
        return TimelineQuery(organizations: org, organizationMatch: allOrgs ? .all : .any,
                             includeBodies: !withoutBodies, kinds: Set(kinds), fromYear: from, toYear: to,
                             chapter: chapter, page: page, linkedTo: linkedTo, text: search ?? "")
    }
}
