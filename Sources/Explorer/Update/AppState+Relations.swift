import TimelineEngine

extension AppState {
    /// `r`: the relations view, counted the first time it opens; again, the list.
    mutating func toggleRelations() {
        if view == .relations {
            view = .list
            return
        }
        view = .relations
        if relations.matrix == nil, relations.counter == nil {
            relations.counter = RelationsCounter(timeline, bodies: relations.bodies)
        }
    }

    /// One slice of the relations' work: the matrix's count, or the events linked across
    /// the pair the list shows; whether any is left.
    mutating func continueRelations() -> Bool {
        if let (search, version) = relations.listing { return continueListing(search, version) }
        guard var counter = relations.counter else { return false }
        // A quarter slice: an event of the matrix costs about four of a search.
        let done = counter.advance(in: timeline, by: max(1, workSlice / 4))
        if done {
            relations.counter = nil
            relations.matrix = counter.relations(of: timeline)
            relations.row = 0
            relations.column = min(1, max(0, (relations.matrix?.organizations.count ?? 1) - 1))
        } else {
            relations.counter = counter
        }
        return !done
    }

    /// Moves the cursor through the matrix: `rows` down, `columns` right.
    mutating func moveInRelations(rows: Int, columns: Int) {
        guard let count = relations.matrix?.organizations.count, count > 1 else { return }
        relations.row = max(0, min(count - 1, relations.row + rows))
        relations.column = max(0, min(count - 1, relations.column + columns))
        if relations.row == relations.column {
            // The diagonal holds no pair: step over it the way the cursor was going.
            let step = columns != 0 ? columns.signum() : rows.signum()
            let column = relations.column + step
            relations.column = (0..<count).contains(column) ? column : relations.column - step
        }
        let rowsShown = RelationsView.matrixRows(layout: layout, organizations: count)
        if relations.row < relations.top { relations.top = relations.row }
        if relations.row >= relations.top + rowsShown { relations.top = relations.row - rowsShown + 1 }
    }

    /// Enter on a cell: the list shows the events both organizations take part in at once,
    /// and those linked across the two as they are found, between keys.
    mutating func showPair() -> Work.Search? {
        guard let matrix = relations.matrix, let (first, second) = relations.pair(in: matrix),
              let search = PairEventSearch(timeline, first, second, bodies: relations.bodies) else { return nil }
        returnView = .relations
        view = .list
        filter.set(TimelineQuery(), chosen: (search.events, Self.pairDescription(search)))
        relations.listing = (search, filter.version)
        return showFilteredEvents()
    }

    private static func pairDescription(_ search: PairEventSearch) -> String {
        "\(search.organizations.0) and \(search.organizations.1), and links across"
    }

    /// Follows one slice more of the links across a pair; once all are, the list shows
    /// every event found. A filter changed meanwhile ends the search.
    private mutating func continueListing(_ search: PairEventSearch, _ version: Int) -> Bool {
        guard filter.version == version else {
            relations.listing = nil
            return relations.counter != nil
        }
        var search = search
        guard search.advance(in: timeline, by: max(1, workSlice / 4)) else {
            relations.listing = (search, version)
            return true
        }
        relations.listing = nil
        filter.set(TimelineQuery(), chosen: (search.events, Self.pairDescription(search)))
        _ = showFilteredEvents()
        return relations.counter != nil
    }

    /// `b`: each body on its own in the matrix, or in its organization; counted again.
    mutating func toggleBodies() {
        relations.bodies.toggle()
        relations.matrix = nil
        relations.counter = RelationsCounter(timeline, bodies: relations.bodies)
        relations.top = 0
        inform(relations.bodies ? "Bodies on their own (b folds them in)" : "Bodies in their organizations (b shows them apart)")
    }

    /// Backspace in the list after Enter in the relations or the trace: back to that view.
    mutating func returnToView() -> Bool {
        guard view == .list, let target = returnView else { return false }
        returnView = nil
        view = target
        return true
    }
}
