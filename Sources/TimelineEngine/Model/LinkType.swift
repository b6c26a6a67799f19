/// How one event relates to another; each type reads both ways.
public enum LinkType: String, Sendable, CaseIterable {
    case supports
    case handsOverTo = "hands-over-to"
    case parallel
    case hybrid
    case formalizes
    case modeledOn = "modeled-on"
    case contests
    case authorizes
    case related
    /// The same thing recorded in another file (MONUC in the chapter and in a table of operations).
    case sameAs = "same-as"

    /// The label from the event that holds the link: "supports".
    public var forwardLabel: String {
        switch self {
        case .supports: "supports"
        case .handsOverTo: "hands over to"
        case .parallel: "runs parallel to"
        case .hybrid: "hybrid with"
        case .formalizes: "formalizes"
        case .modeledOn: "modeled on"
        case .contests: "contests"
        case .authorizes: "authorizes"
        case .related: "related to"
        case .sameAs: "same as"
        }
    }

    /// The label from the event it points at: "supported by".
    public var inverseLabel: String {
        switch self {
        case .supports: "supported by"
        case .handsOverTo: "took over from"
        case .parallel: "runs parallel to"
        case .hybrid: "hybrid with"
        case .formalizes: "formalized by"
        case .modeledOn: "model for"
        case .contests: "contested by"
        case .authorizes: "authorized by"
        case .related: "related to"
        case .sameAs: "same as"
        }
    }
}

/// A typed link from an event to another, by id.
public struct EventLink: Sendable, Hashable {
    public var type: LinkType
    public var target: String

    public init(type: LinkType, target: String) {
        self.type = type
        self.target = target
    }
}
