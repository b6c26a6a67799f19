import Algorithms
import TimelineEngine

extension AppState {
    /// Whether a visible event matches the current search.
    func matchesSearch(_ event: Int) -> Bool {
        !pattern.isEmpty && timeline.matches(event, pattern)
    }

    /// How many visible events match the current search; none yet while a long search runs.
    public var matchCount: Int { matches.count }

    /// How much of a long search is done, from 0 to 1, while it runs.
    public var searchProgress: Double? { pendingSearch?.scan.progress }

    /// Sets the pattern searched for and finds its matches, narrowing the previous
    /// matches when the new pattern only adds letters. Once they are found, the
    /// selection moves to the first match at or after `origin`, if one is given.
    mutating func searchFor(_ text: String, selectingFrom origin: Int?) {
        let next = SearchPattern(text)
        let narrows = next.narrows(pattern) && pendingSearch == nil
        findMatches(of: next, among: narrows ? matches : visible, selectingFrom: origin)
    }

    /// Finds the matches again, after the visible events changed.
    mutating func findMatches() {
        findMatches(of: pattern, among: visible, selectingFrom: nil)
    }

    /// Starts a search; through many events it goes on in later turns (`Action.idle`).
    private mutating func findMatches(of next: SearchPattern, among candidates: [Int], selectingFrom origin: Int?) {
        pattern = next
        matches = []
        pendingSearch = next.isEmpty ? nil : PendingSearch(scan: timeline.scan(candidates, for: next), origin: origin)
        continueSearch()
        if next.isEmpty, let origin { select(row: origin) }
    }

    /// Checks one more slice of a long search; the last slice moves the selection.
    mutating func continueSearch() {
        guard var pending = pendingSearch else { return }
        timeline.advance(&pending.scan, by: workSlice)
        guard let found = pending.scan.matches else {
            pendingSearch = pending
            return
        }
        matches = found
        pendingSearch = nil
        if let origin = pending.origin { selectFirstMatch(from: origin) }
    }

    /// Ends a long search now, for a key that needs all of its matches.
    mutating func finishSearch() {
        while pendingSearch != nil { continueSearch() }
    }

    mutating func startSearch() {
        mode = .searching(SearchInput(text: "", originRow: selectedRow, previous: search))
        focus = .list
    }

    mutating func typeInSearch(_ character: Character) {
        guard case .searching(var input) = mode else { return }
        input.text.append(character)
        mode = .searching(input)
        searchFor(input.text, selectingFrom: input.originRow)
    }

    mutating func eraseInSearch() {
        guard case .searching(var input) = mode else { return }
        guard !input.text.isEmpty else {
            cancelSearch()
            return
        }
        input.text.removeLast()
        mode = .searching(input)
        searchFor(input.text, selectingFrom: input.originRow)
    }

    mutating func acceptSearch() {
        guard case .searching(let input) = mode else { return }
        finishSearch()
        search = input.text
        mode = .browsing
        if !pattern.isEmpty && !(selectedEvent.map(matchesSearch) ?? false) {
            inform("No match for “\(search)”", warning: true)
        }
    }

    mutating func cancelSearch() {
        guard case .searching(let input) = mode else { return }
        search = input.previous
        mode = .browsing
        select(row: input.originRow)
        searchFor(search, selectingFrom: nil)
    }

    /// `n` and `N`: the next or previous match, wrapping around the list.
    mutating func findMatch(forward: Bool) {
        guard !pattern.isEmpty else {
            inform("No search yet: / starts one")
            return
        }
        finishSearch()
        guard let row = matchingRow(after: selectedRow, forward: forward) else {
            inform("No match for “\(search)”", warning: true)
            return
        }
        let wrapped = forward ? row <= selectedRow : row >= selectedRow
        select(row: row)
        if wrapped { inform(forward ? "Search wrapped to the top" : "Search wrapped to the bottom") }
    }

    /// Incremental search: the first match at or after `origin`, wrapping; the origin if none.
    private mutating func selectFirstMatch(from origin: Int) {
        if let event = visible.indices.contains(origin) ? visible[origin] : nil, matchesSearch(event) {
            select(row: origin)
        } else if let row = matchingRow(after: origin, forward: true) {
            select(row: row)
        } else {
            select(row: origin)
            inform("No match", warning: true)
        }
    }

    /// The row of the next (or previous) match after `row`, wrapping around.
    private func matchingRow(after row: Int, forward: Bool) -> Int? {
        guard !visible.isEmpty, !matches.isEmpty else { return nil }
        let event = visible[min(row, visible.count - 1)]
        let next: Int
        if forward {
            let index = matches.partitioningIndex { $0 > event }
            next = index < matches.count ? matches[index] : matches[0]
        } else {
            let index = matches.partitioningIndex { $0 >= event }
            next = index > 0 ? matches[index - 1] : matches[matches.count - 1]
        }
        return self.row(of: next)
    }
}
