/// What the movement keys act on, and where the detail pane is scrolled and its link
/// cursor stands.
public struct DetailState: Sendable, Equatable {
    /// The list, or the detail pane (its links, and scrolling).
    public enum Focus: Sendable, Equatable { case list, detail }

    public internal(set) var focus = Focus.list
    /// The highlighted entry of the selected event's links and backlinks.
    public internal(set) var linkCursor = 0
    /// The first line of the pane on screen.
    public internal(set) var scroll = 0

    /// Back to the list, at the top of the pane and its first link: for a newly selected event.
    mutating func reset() {
        focus = .list
        linkCursor = 0
        scroll = 0
    }
}
