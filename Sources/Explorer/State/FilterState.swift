import TimelineEngine

/// The filter the list shows: which organizations and chapter.
public struct FilterState: Sendable {
    /// Its text is unused: search does not filter.
    public internal(set) var query = TimelineQuery()
    /// Only these events (a trace's chain, a pair's story), with how the status names them.
    var chosen: (events: [Int], description: String)?
    /// Counts changes, so that what was worked out for one filter is not reused.
    private(set) var version = 0

    mutating func set(_ query: TimelineQuery, chosen: (events: [Int], description: String)? = nil) {
        self.query = query
        self.chosen = chosen
        version += 1
    }

    /// Whether no filter is set.
    var isEmpty: Bool { query.isEmpty && chosen == nil }

    /// The filter as the status line names it: "AU, UN (any) · § Mali".
    func description(in timeline: Timeline) -> String? {
        var parts = [String]()
        if let chosen { parts.append(chosen.description) }
        if !query.organizations.isEmpty {
            parts.append(query.organizations.joined(separator: ", ") + " (\(query.organizationMatch.rawValue))")
        }
        if !query.kinds.isEmpty {
            parts.append(Event.Kind.allCases.filter(query.kinds.contains).map(\.rawValue).joined(separator: ", "))
        }
        switch (query.fromYear, query.toYear) {
        case let (from?, to?): parts.append(from == to ? "\(from)" : "\(from)–\(to)")
        case let (from?, nil): parts.append("from \(from)")
        case let (nil, to?): parts.append("to \(to)")
        case (nil, nil): break
        }
        if let chapter = query.chapter.flatMap(timeline.chapter(id:)) {
            parts.append(chapter.kind == .handbook ? chapter.title : "§ " + chapter.title)
        }
        return parts.isEmpty ? nil : parts.joined(separator: " · ")
    }
}
