/// The checks that need every file at once: unique ids, and references to
/// organizations, chapters and events that exist.
enum ReferenceChecker {
    /// How many organizations, and how many chapters, a timeline may have: events keep
    /// them as 16-bit numbers.
    static let maximumCount = 65_000

    /// Events known by their ids alone: those of a large file that need no message (see
    /// `JSONRecheck`). Links to them are not broken, and their ids are suggested.
    struct OtherEvents {
        let contains: (String) -> Bool
        let ids: () -> [String]
    }

    static func check(_ document: ParsedDocument, otherEvents: OtherEvents? = nil) -> [Diagnostic] {
        var diagnostics = [Diagnostic]()
        diagnostics += tooMany(document.organizations, noun: "organizations")
        diagnostics += tooMany(document.chapters, noun: "chapters")
        guard diagnostics.isEmpty else { return diagnostics }
        let organizations = unique(document.organizations, id: \.id, noun: "organization", into: &diagnostics)
        let chapters = unique(document.chapters, id: \.id, noun: "chapter", into: &diagnostics)
        let events = unique(document.events, id: \.id, noun: "event", into: &diagnostics)

        diagnostics += parentProblems(document.organizations, known: organizations, noun: "organization")
        diagnostics += parentProblems(document.chapters, known: chapters, noun: "chapter")
        diagnostics += frameworkProblems(document.organizations, known: organizations)
        // Each list of names is indexed for suggestions once, and only if a reference misses.
        var suggestions = [String: FieldNames]()
        func unknown(_ noun: String, _ name: String, _ known: [String: SourcePosition]) -> String {
            if suggestions[noun] == nil {
                suggestions[noun] = FieldNames(noun == "event" ? Array(known.keys) + (otherEvents?.ids() ?? []) : Array(known.keys))
            }
            return Self.unknown(noun, name, suggestions[noun]!)
        }
        for event in document.events {
            let id = event.value.id
            var seenOrganizations = Set<String>()
            for (offset, participant) in event.value.participants.enumerated() {
                let field = "organizations[\(offset)]"
                if organizations[participant.organization] == nil {
                    diagnostics.append(problem(event, field: field, eventID: id, unknown("organization", participant.organization, organizations)))
                } else if !seenOrganizations.insert(participant.organization).inserted {
                    diagnostics.append(problem(event, field: field, eventID: id, "'\(participant.organization)' is listed twice"))
                }
            }
            for (offset, chapter) in event.value.chapters.enumerated() where chapters[chapter] == nil {
                diagnostics.append(problem(event, field: "chapters[\(offset)]", eventID: id, unknown("chapter", chapter, chapters)))
            }
            for (offset, link) in event.value.links.enumerated() {
                let field = "links[\(offset)].target"
                if link.target == id {
                    diagnostics.append(problem(event, field: field, eventID: id, "an event cannot link to itself"))
                } else if events[link.target] == nil, otherEvents?.contains(link.target) != true {
                    diagnostics.append(problem(event, field: field, eventID: id, unknown("event", link.target, events)))
                }
            }
        }
        return diagnostics
    }

    private static func unique<Value>(_ items: [Located<Value>], id: KeyPath<Value, String>, noun: String,
                                      into diagnostics: inout [Diagnostic]) -> [String: SourcePosition] {
        var first = [String: SourcePosition]()
        for item in items {
            let key = item.value[keyPath: id]
            if let earlier = first[key] {
                // Identical declarations were merged before (see `dropRepeatedDeclarations`).
                let message = noun == "event" ? "duplicate event id '\(key)', first defined at \(earlier)"
                    : "\(noun) '\(key)' is declared differently at \(earlier); declare it once, or alike in both places"
                diagnostics.append(Diagnostic(file: item.position.file, position: item.position,
                                              eventID: noun == "event" ? key : nil, field: "id", message: message))
            } else {
                first[key] = item.position
            }
        }
        return first
    }

    /// Parents that do not exist, and chains of parents that loop.
    private static func parentProblems<Value: Parented>(_ items: [Located<Value>], known: [String: SourcePosition],
                                                      noun: String) -> [Diagnostic] {
        let looping = itemsOnLoops(items.map(\.value))
        return items.compactMap { item in
            guard let parent = item.value.parent else { return nil }
            if known[parent] == nil {
                return problem(item, field: "parent", "unknown \(noun) '\(parent)'")
            }
            if looping.contains(item.value.id) {
                return problem(item, field: "parent", "\(noun)s cannot be their own parent, directly or not")
            }
            return nil
        }
    }

    /// The ids whose chain of parents loops, each chain followed once: a walk stops at an
    /// item already settled, so a chain of any length costs its length.
    private static func itemsOnLoops(_ items: [some Parented]) -> Set<String> {
        let parentOf = Dictionary(items.map { ($0.id, $0.parent) }, uniquingKeysWith: { first, _ in first })
        var settled = [String: Bool]()
        for start in items.map(\.id) where settled[start] == nil {
            var path = [String]()
            var onPath = Set<String>()
            var current: String? = start
            var loops = false
            while let id = current, settled[id] == nil, parentOf[id] != nil {
                if !onPath.insert(id).inserted {
                    loops = true
                    break
                }
                path.append(id)
                current = parentOf[id] ?? nil
            }
            if let id = current, let known = settled[id] { loops = known }
            for id in path { settled[id] = loops }
        }
        return Set(settled.filter(\.value).keys)
    }

    /// A problem at the first item past the limit, if there is one.
    private static func tooMany<Value>(_ items: [Located<Value>], noun: String) -> [Diagnostic] {
        guard items.count > maximumCount else { return [] }
        let first = items[maximumCount]
        return [Diagnostic(file: first.position.file, position: first.position, eventID: nil, field: nil,
                           message: "a timeline holds at most \(maximumCount) \(noun); this one has \(items.count)")]
    }

    /// Frameworks that name no organization, or the organization itself.
    private static func frameworkProblems(_ items: [Located<Organization>], known: [String: SourcePosition]) -> [Diagnostic] {
        items.compactMap { item in
            guard let framework = item.value.framework else { return nil }
            if framework == item.value.id { return problem(item, field: "framework", "an organization cannot be its own framework") }
            return known[framework] == nil ? problem(item, field: "framework", unknown("organization", framework, FieldNames(known.keys))) : nil
        }
    }

    private static func unknown(_ noun: String, _ name: String, _ suggestions: FieldNames) -> String {
        let hint = suggestions.suggestion(for: name).map { " (did you mean '\($0)'?)" } ?? ""
        return "unknown \(noun) '\(name)'\(hint)"
    }

    private static func problem<Value>(_ item: Located<Value>, field: String, eventID: String? = nil,
                                       _ message: String) -> Diagnostic {
        let position = item.position(of: field)
        return Diagnostic(file: position.file, position: position, eventID: eventID, field: field, message: message)
    }
}

/// Something with an id that may belong to a parent of the same kind.
protocol Parented {
    var id: String { get }
    var parent: String? { get }
}

extension Organization: Parented {}
extension Chapter: Parented {}
