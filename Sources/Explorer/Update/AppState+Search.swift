import Algorithms
import TimelineEngine

extension AppState {
    /// Whether an event matches the current search.
    func matchesSearch(_ event: EventPosition) -> Bool {
        !search.pattern.isEmpty && timeline.matches(event.value, search.pattern)
    }

    /// Looks for `text`, narrowing the previous matches when it only adds letters to a
    /// search that is complete. When the matches are found, the selection moves to the
    /// first one at or after `origin`, if one is given.
    mutating func searchFor(_ text: String, selectingFrom origin: VisibleRow?) -> Work.Search? {
        let next = SearchPattern(text)
        let narrows = next.narrows(search.pattern) && search.progress == nil
        return search(for: next, narrowing: narrows, selectingFrom: origin)
    }

    /// Looks for the current search again among the listed events, after they changed.
    mutating func findMatchesAgain() -> Work.Search? {
        search(for: search.pattern, narrowing: false, selectingFrom: nil)
    }

    /// Looks for `next` among the listed events, or only among the current matches.
    private mutating func search(for next: SearchPattern, narrowing: Bool, selectingFrom origin: VisibleRow?) -> Work.Search? {
        let scan = next.isEmpty ? nil
            : narrowing ? timeline.scan(search.matches.map(\.value), for: next) : list.events.scan(for: next, in: timeline)
        let generation = search.begin(next)
        guard let scan else {
            if let origin { select(origin) }
            return nil
        }
        let work = Work.Search(scan: scan, generation: generation, origin: origin)
        return continueSearch(work)
    }

    /// Checks one more slice of a search; the last one keeps the matches and moves the
    /// selection. A search replaced since it began is dropped.
    mutating func continueSearch(_ work: Work.Search) -> Work.Search? {
        guard work.generation == search.generation, search.progress != nil else { return nil }
        var work = work
        timeline.advance(&work.scan, by: workSlice)
        guard let found = work.scan.matches else {
            search.progress = work.scan.progress
            return work
        }
        search.matches = found.map(EventPosition.init)
        search.progress = nil
        if let origin = work.origin { selectFirstMatch(from: origin) }
        return nil
    }

    /// Finds every match now, for a key that needs them all while a search still runs.
    mutating func finishSearch(selectingFrom origin: VisibleRow? = nil) {
        guard search.progress != nil else { return }
        let generation = search.begin(search.pattern)
        var work = Work.Search(scan: list.events.scan(for: search.pattern, in: timeline), generation: generation, origin: origin)
        while let remaining = continueSearch(work) { work = remaining }
    }

    /// Enter: keeps the search and goes to its best match from where it began: the first
    /// whose title, acronym or alias holds the words, else the first that mentions them.
    mutating func acceptSearch(_ input: PromptInput) {
        guard !SearchPattern(input.text).isEmpty else {
            clearSearch()
            return
        }
        finishSearch(selectingFrom: input.originRow)
        search.text = input.text
        guard let first = selectedEvent, matchesSearch(first) else {
            inform("No match for “\(search.text)”", warning: true)
            return
        }
        if let best = bestMatch(from: first), let row = list.row(of: best) { select(row) }
    }

    /// The first match from `first` on, wrapping, that is named by the search; among the
    /// first `Self.namedMatchLimit` matches only, so that Enter stays quick on a million.
    private func bestMatch(from first: EventPosition) -> EventPosition? {
        let matches = search.matches
        let start = matches.partitioningIndex { $0 >= first }
        let order = matches[start...].prefix(Self.namedMatchLimit)
            + matches[..<start].prefix(max(0, Self.namedMatchLimit - (matches.count - start)))
        return order.first { position in
            let event = timeline[event: position]
            return search.pattern.isFound(in: ([event.title] + [event.acronym].compactMap { $0 } + event.aliases)
                .joined(separator: " "))
        }
    }

    static let namedMatchLimit = 2_000

    /// Esc in the list: the search and its highlight are cleared.
    mutating func clearSearch() {
        guard !search.pattern.isEmpty else { return }
        search.text = ""
        _ = search.begin(SearchPattern(""))
        inform("Search cleared")
    }

    /// Which match the selection is on, counted from 1, if it is on one.
    public var selectedMatch: Int? {
        guard let event = selectedEvent, search.progress == nil else { return nil }
        let index = search.matches.partitioningIndex { $0 >= event }
        return index < search.matches.count && search.matches[index] == event ? index + 1 : nil
    }

    /// Esc at the search prompt: back to the search before it and where the selection was.
    mutating func cancelSearch(_ input: PromptInput) -> Work.Search? {
        search.text = input.previous
        select(input.originRow)
        return searchFor(search.text, selectingFrom: nil)
    }

    /// `n` and `N`: the next or previous match, wrapping around the list.
    mutating func findMatch(forward: Bool) {
        guard !search.pattern.isEmpty else {
            inform("No search yet: / starts one")
            return
        }
        finishSearch()
        guard let row = matchingRow(after: list.selected, forward: forward) else {
            inform("No match for “\(search.text)”", warning: true)
            return
        }
        let wrapped = forward ? row <= list.selected : row >= list.selected
        select(row)
        if wrapped { inform(forward ? "Search wrapped to the top" : "Search wrapped to the bottom") }
    }

    /// Incremental search: the first match at or after `origin`, wrapping; the origin if none.
    private mutating func selectFirstMatch(from origin: VisibleRow) {
        if list.events.indices.contains(origin.value), matchesSearch(list.events[origin.value]) {
            select(origin)
        } else if let row = matchingRow(after: origin, forward: true) {
            select(row)
        } else {
            select(origin)
            inform("No match", warning: true)
        }
    }

    /// The row of the next (or previous) match after `row`, wrapping around.
    private func matchingRow(after row: VisibleRow, forward: Bool) -> VisibleRow? {
        let matches = search.matches
        guard !list.events.isEmpty, !matches.isEmpty else { return nil }
        let event = list.events[min(row.value, list.events.count - 1)]
        let next: EventPosition
        if forward {
            let index = matches.partitioningIndex { $0 > event }
            next = index < matches.count ? matches[index] : matches[0]
        } else {
            let index = matches.partitioningIndex { $0 >= event }
            next = index > 0 ? matches[index - 1] : matches[matches.count - 1]
        }
        return list.row(of: next)
    }
}
