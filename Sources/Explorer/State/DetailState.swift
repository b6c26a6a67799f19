/// What the movement keys act on, and where the link cursor is in the detail pane.
public struct DetailState: Sendable, Equatable {
    /// The list, or the selected event's links.
    public enum Focus: Sendable, Equatable { case list, links }

    public internal(set) var focus = Focus.list
    /// The highlighted entry of the selected event's links and backlinks.
    public internal(set) var linkCursor = 0

    /// Moves the link cursor among `count` links.
    mutating func moveCursor(by delta: Int, among count: Int) {
        guard count > 0 else { return }
        linkCursor = max(0, min(count - 1, linkCursor + delta))
    }

    /// Back to the list, the cursor on the first link: for a newly selected event.
    mutating func reset() {
        focus = .list
        linkCursor = 0
    }
}
