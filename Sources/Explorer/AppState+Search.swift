import TimelineEngine

extension AppState {
    /// The words of the current search, folded for matching.
    var searchTerms: [String] {
        if case .searching(let input) = mode { return SearchKey.terms(of: input.text) }
        return SearchKey.terms(of: search)
    }

    /// Whether a visible event matches the current search.
    func matchesSearch(_ event: Int) -> Bool {
        let terms = searchTerms
        return !terms.isEmpty && timeline.matches(event, terms: terms)
    }

    /// How many visible events match the current search.
    public var matchCount: Int {
        let terms = searchTerms
        guard !terms.isEmpty else { return 0 }
        return visible.lazy.filter { timeline.matches($0, terms: terms) }.count
    }

    mutating func startSearch() {
        mode = .searching(SearchInput(text: "", originRow: selectedRow, previous: search))
        focus = .list
    }

    mutating func typeInSearch(_ character: Character) {
        guard case .searching(var input) = mode else { return }
        input.text.append(character)
        mode = .searching(input)
        selectFirstMatch(from: input.originRow)
    }

    mutating func eraseInSearch() {
        guard case .searching(var input) = mode else { return }
        guard !input.text.isEmpty else {
            cancelSearch()
            return
        }
        input.text.removeLast()
        mode = .searching(input)
        selectFirstMatch(from: input.originRow)
    }

    mutating func acceptSearch() {
        guard case .searching(let input) = mode else { return }
        search = input.text
        mode = .browsing
        if !searchTerms.isEmpty && !matchesSearch(selectedEvent ?? -1) {
            inform("No match for “\(search)”", warning: true)
        }
    }

    mutating func cancelSearch() {
        guard case .searching(let input) = mode else { return }
        search = input.previous
        mode = .browsing
        select(row: input.originRow)
    }

    /// `n` and `N`: the next or previous match, wrapping around the list.
    mutating func findMatch(forward: Bool) {
        guard !searchTerms.isEmpty else {
            inform("No search yet: / starts one")
            return
        }
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
        guard !searchTerms.isEmpty else {
            select(row: origin)
            return
        }
        if let event = visible.indices.contains(origin) ? visible[origin] : nil, matchesSearch(event) {
            select(row: origin)
        } else if let row = matchingRow(after: origin, forward: true) {
            select(row: row)
        } else {
            select(row: origin)
            inform("No match", warning: true)
        }
    }

    private func matchingRow(after row: Int, forward: Bool) -> Int? {
        guard !visible.isEmpty else { return nil }
        let terms = searchTerms
        let count = visible.count
        for step in 1...count {
            let candidate = ((row + (forward ? step : -step)) % count + count) % count
            if timeline.matches(visible[candidate], terms: terms) { return candidate }
        }
        return nil
    }
}
