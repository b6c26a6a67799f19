import Foundation
import TimelineEngine

/// What is open over the view and takes the keys; `.none` when the view has them.
public enum Overlay: Sendable, Equatable {
    case none
    /// A line typed at the bottom: a search, a span of years, a date to go to.
    case prompt(PromptInput)
    case organizations(TickPicker)
    case kinds(TickPicker)
    /// The chapter list, with each chapter's count of events, counted when it opens.
    case chapters(ListPicker, counts: [Int])
    case overlaps(ListPicker, events: [EventPosition])
    case confirmingJump(Jump)
    case help(ListPicker)
}

/// A jump that waits for the user: its target is hidden by the filter.
public struct Jump: Sendable, Equatable {
    public enum Kind: Sendable, Equatable { case link, back, forward }
    public let target: EventPosition
    public let kind: Kind
}

/// A cursor over a list in an overlay (chapters, overlapping events, the help), and
/// what was typed to jump through it.
public struct ListPicker: Sendable, Equatable {
    public internal(set) var cursor = 0
    public let count: Int
    /// The letters typed since the cursor last moved otherwise.
    public internal(set) var typed = ""

    mutating func move(by delta: Int) {
        cursor = max(0, min(count - 1, cursor + delta))
        typed = ""
    }

    /// Type to jump: the first entry from the cursor on (wrapping) one of whose `labels`
    /// starts with what was typed so far and `character`; failing that, the next one
    /// that starts with `character` alone, so that pressing a letter again moves on.
    mutating func type(_ character: Character, labels: (Int) -> [String]) -> Bool {
        let order = Array(cursor..<count) + Array(0..<cursor)
        for (candidate, entries) in [(typed + String(character), order), (String(character), Array(order.dropFirst()) + order.prefix(1))] {
            let prefix = Self.key(candidate)
            guard !prefix.isEmpty else { continue }
            if let entry = entries.first(where: { labels($0).contains { Self.key($0).hasPrefix(prefix) } }) {
                cursor = entry
                typed = candidate
                return true
            }
        }
        return false
    }

    /// A label as type-to-jump reads it: folded, without spaces ("Côte d’Ivoire", "cotedivoire").
    private static func key(_ text: String) -> String { SearchKey.fold(text).replacingOccurrences(of: " ", with: "") }
}

/// A list to tick entries of (organizations, kinds): which are ticked, and for
/// organizations, how they combine.
public struct TickPicker: Sendable, Equatable {
    public internal(set) var cursor: ListPicker
    /// The ids of the ticked entries.
    public internal(set) var chosen: Set<String>
    public internal(set) var match: TimelineQuery.Match
    /// Events per entry, in the list's order.
    public let counts: [Int]

    mutating func toggle(_ id: String) {
        if chosen.remove(id) == nil { chosen.insert(id) }
    }
}
