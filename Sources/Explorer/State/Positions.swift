/// An event's place in the timeline's order: what `Timeline.events` is indexed by.
public struct EventPosition: Hashable, Comparable, Sendable {
    public let value: Int
    public init(_ value: Int) { self.value = value }
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.value < rhs.value }
}

/// A row of the list the filter lets through, counted from its first event.
public struct VisibleRow: Hashable, Comparable, Sendable {
    public let value: Int
    public init(_ value: Int) { self.value = value }
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.value < rhs.value }
}

/// An organization's place in `Timeline.organizations`.
public struct OrganizationIndex: Hashable, Comparable, Sendable {
    public let value: Int
    public init(_ value: Int) { self.value = value }
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.value < rhs.value }
}
