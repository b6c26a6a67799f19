import TimelineEngine

/// Work a key started that goes on between keys, a slice at a time, so that the screen
/// keeps answering: a search through many events, or counting the events of a lane.
/// `reduce` returns it with the next state; `continueWork` does one more slice.
public struct Work: Sendable {
    /// A search, tagged with the generation of the search it is for.
    struct Search: Sendable {
        var scan: MatchScan
        let generation: Int
        /// The row whose first match is selected when the search ends, if any.
        let origin: VisibleRow?
    }

    var search: Search?
    var lanes: LaneCounting?
    /// The relations matrix is being counted (the count lives in the state).
    var relations = false

    var isEmpty: Bool { search == nil && lanes == nil && !relations }

    /// This work with `newer` started since: each kind of work is replaced by a newer
    /// one, except a lane count restarted for the same lane, which goes on where it was.
    public func merged(with newer: Work?) -> Work? {
        guard let newer else { return self }
        var merged = newer
        if merged.search == nil { merged.search = search }
        merged.relations = merged.relations || relations
        if let lanes, merged.lanes == nil || merged.lanes?.key == lanes.key { merged.lanes = lanes }
        return merged.isEmpty ? nil : merged
    }
}
