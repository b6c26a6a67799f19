/// An organization that takes part in events: the UN, the EU, one of their bodies...
public struct Organization: Sendable, Hashable {
    /// What sort of organization this is.
    public enum Kind: String, Sendable, CaseIterable {
        case global
        case regional
        case subregional = "sub-regional"
        case alliance
        /// A body of another organization (the Security Council of the UN).
        case body
        /// A state acting on its own (France in operation Licorne).
        case state
    }

    /// Its usual acronym, e.g. `EU`; unique in a timeline.
    public var id: String
    public var name: String
    public var kind: Kind
    /// The organization this one belongs to (DPKO's parent is `UN`).
    public var parent: String?
    /// A wider organization whose framework this one works within without being one of
    /// its bodies (ECOWAS builds a brigade of the AU's standby force). Unlike `parent`,
    /// it does not make this organization's events count as the wider one's.
    public var framework: String?
    /// The organization's Wikidata item (`Q1065` for the UN).
    public var wikidata: String?

    public init(id: String, name: String, kind: Kind, parent: String? = nil, framework: String? = nil,
                wikidata: String? = nil) {
        self.id = id
        self.name = name
        self.kind = kind
        self.parent = parent
        self.framework = framework
        self.wikidata = wikidata
    }

    /// Its name, followed by the framework it works within, if any.
    public var nameWithFramework: String {
        name + (framework.map { ", \($0) framework" } ?? "")
    }
}
