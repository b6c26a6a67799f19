import TimelineEngine

/// The search: what was searched for, its matches among the listed events, and how
/// far a long search has got.
public struct SearchState: Sendable {
    /// The last search accepted, kept for `n`, `N` and the status line.
    public internal(set) var text = ""
    /// The search being typed, or else the last one, folded.
    public internal(set) var pattern = SearchPattern("")
    /// The listed events that match `pattern`, in timeline order: found again when the
    /// filter changes, narrowed as a search is typed. Empty while a search runs.
    public internal(set) var matches: [EventPosition] = []
    /// How much of a long search is done, from 0 to 1, while it runs.
    public internal(set) var progress: Double?
    /// Counts searches started, so that the work of one that was replaced is dropped.
    private(set) var generation = 0

    /// Starts looking for `next`: the matches are unknown until its work is done.
    mutating func begin(_ next: SearchPattern) -> Int {
        pattern = next
        matches = []
        progress = next.isEmpty ? nil : 0
        generation += 1
        return generation
    }
}

/// A line being typed at the bottom of the screen, what it is for, and where the
/// selection was when it began.
public struct PromptInput: Sendable, Equatable {
    public enum Purpose: Sendable, Equatable {
        /// Words to look for, found as they are typed.
        case search
        /// A span of years to filter on: "2003", "2003-2008", "-1999".
        case years
        /// A year or date to go to: "2003", "2003-06".
        case jump
    }

    public let purpose: Purpose
    public internal(set) var text: String
    public let originRow: VisibleRow
    /// The search before this one, restored if this one is cancelled.
    public let previous: String
}
