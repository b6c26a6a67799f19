/// Something that happened: an operation, a declaration, an office opening, a crisis...
public struct Event: Sendable, Hashable {
    /// What sort of event this is.
    public enum Kind: String, Sendable, CaseIterable {
        case operation
        case missionSupport = "mission-support"
        case declaration
        /// An office, committee, task force or other lasting institution.
        case institution
        case meeting
        case report
        /// A resolution, decision or communiqué.
        case decision
        case crisis
        case treaty
        case policy
        /// A stretch of time marked by a trend, such as a surge in deployments.
        case period
    }

    /// Where a fact comes from.
    public enum Source: String, Sendable, CaseIterable {
        /// Every fact is in the chapter.
        case chapter
        /// The event is in the chapter but some facts come from elsewhere (`sourceNote` says which).
        case mixed
        /// Nothing of it is in the chapter.
        case outside
    }

    /// An organization's part in the event.
    public enum Role: String, Sendable, CaseIterable {
        case lead, partner, supported, supporting, authorizing, participant
    }

    /// An organization taking part, with its role.
    public struct Participant: Sendable, Hashable {
        public var organization: String
        public var role: Role

        public init(organization: String, role: Role = .participant) {
            self.organization = organization
            self.role = role
        }
    }

    public var id: String
    public var title: String
    public var acronym: String?
    public var aliases: [String]
    public var kind: Kind
    public var dates: EventDates
    public var places: [String]
    public var participants: [Participant]
    public var summary: String
    public var links: [EventLink]
    /// Ids of the chapter's sections and of the handbook chapters that discuss the event.
    public var chapters: [String]
    public var pages: [Int]
    public var footnotes: [Int]
    /// Free labels, such as the type of cooperation (`parallel`, `capacity-building`).
    public var tags: [String]
    public var source: Source
    /// Which facts come from outside the chapter, when `source` is `mixed` or `outside`.
    public var sourceNote: String?
    /// A web page about the event.
    public var url: String?
    /// The event's Wikidata item (`Q1046524`).
    public var wikidata: String?
    public var location: Location?
    /// Works the event's facts were drawn from, besides the chapter.
    public var sources: [SourceReference]
    /// Fields kept as they came, in order (see `ExtraField`).
    public var extra: [ExtraField]

    public init(id: String, title: String, acronym: String? = nil, aliases: [String] = [],
                kind: Kind, dates: EventDates, places: [String] = [],
                participants: [Participant] = [], summary: String = "",
                links: [EventLink] = [], chapters: [String] = [], pages: [Int] = [],
                footnotes: [Int] = [], tags: [String] = [], source: Source = .chapter,
                sourceNote: String? = nil, url: String? = nil, wikidata: String? = nil, location: Location? = nil,
                sources: [SourceReference] = [], extra: [ExtraField] = []) {
        self.id = id
        self.title = title
        self.acronym = acronym
        self.aliases = aliases
        self.kind = kind
        self.dates = dates
        self.places = places
        self.participants = participants
        self.summary = summary
        self.links = links
        self.chapters = chapters
        self.pages = pages
        self.footnotes = footnotes
        self.tags = tags
        self.source = source
        self.sourceNote = sourceNote
        self.url = url
        self.wikidata = wikidata
        self.location = location
        self.sources = sources
        self.extra = extra
    }

    /// The ids of the organizations taking part.
    public var organizationIDs: [String] { participants.map(\.organization) }

    /// The short name to show in lists: the acronym when there is one.
    public var shortName: String { acronym ?? title }
}
