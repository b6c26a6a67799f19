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

    public init(id: String, name: String, kind: Kind, parent: String? = nil) {
        self.id = id
        self.name = name
        self.kind = kind
        self.parent = parent
    }
}
