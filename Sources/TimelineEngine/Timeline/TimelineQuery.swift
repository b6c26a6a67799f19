/// A filter over a timeline. Every criterion that is set must hold; unset ones match all.
public struct TimelineQuery: Sendable, Hashable {
    /// How several organizations combine.
    public enum Match: String, Sendable, CaseIterable {
        /// An event involving any of them.
        case any
        /// Only events involving every one of them.
        case all
    }

    public var organizations: [String]
    public var organizationMatch: Match
    /// Whether an organization also stands for its bodies (UN for the Security Council).
    public var includeBodies: Bool
    public var kinds: Set<Event.Kind>
    /// The first year an event must reach into.
    public var fromYear: Int?
    /// The last year an event may start in.
    public var toYear: Int?
    /// Only events discussed in this chapter or one of its subsections.
    public var chapter: String?
    public var page: Int?
    /// Only events that link to, or are linked from, this one.
    public var linkedTo: String?
    /// Words that must all occur in the title, acronym, aliases, places or summary.
    public var text: String

    public init(organizations: [String] = [], organizationMatch: Match = .any, includeBodies: Bool = true,
                kinds: Set<Event.Kind> = [], fromYear: Int? = nil, toYear: Int? = nil,
                chapter: String? = nil, page: Int? = nil, linkedTo: String? = nil, text: String = "") {
        self.organizations = organizations
        self.organizationMatch = organizationMatch
        self.includeBodies = includeBodies
        self.kinds = kinds
        self.fromYear = fromYear
        self.toYear = toYear
        self.chapter = chapter
        self.page = page
        self.linkedTo = linkedTo
        self.text = text
    }

    /// Whether nothing is filtered out.
    public var isEmpty: Bool {
        organizations.isEmpty && kinds.isEmpty && fromYear == nil && toYear == nil && chapter == nil
            && page == nil && linkedTo == nil && SearchKey.terms(of: text).isEmpty
    }
}
