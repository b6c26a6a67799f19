/// A part of the text an event is discussed in: a section of the chapter itself, or
/// another chapter of the handbook that the text sends the reader to.
public struct Chapter: Sendable, Hashable {
    public enum Kind: String, Sendable, CaseIterable {
        /// A section of the chapter the timeline is drawn from.
        case section
        /// Another chapter of the handbook, cited by number.
        case handbook
    }

    public var id: String
    public var kind: Kind
    /// A section's heading; for a handbook chapter, "Chapter N" (its real title is not in the text).
    public var title: String
    /// A handbook chapter's number.
    public var number: Int?
    /// What the text says the chapter is about, in its own words.
    public var subject: String?
    /// The pages a section spans.
    public var pages: ClosedRange<Int>?
    /// The section a subsection belongs to.
    public var parent: String?

    public init(id: String, kind: Kind, title: String, number: Int? = nil,
                subject: String? = nil, pages: ClosedRange<Int>? = nil, parent: String? = nil) {
        self.id = id
        self.kind = kind
        self.title = title
        self.number = number
        self.subject = subject
        self.pages = pages
        self.parent = parent
    }
}
